// A document page holds the document's text, a line of facts under each
// measure and, under each, links to the closest measures elsewhere (up to
// five). Text and facts are bounded by the document itself; the similar
// measures are five more lines a measure, and in a long plan (330 measures in
// a synthetic 10× corpus) they pushed the page past the 1 MB budget. Past
// the listing budget they move to a page of their own beside the document
// (/documents/<id>/similar/), and each measure links there. Pure functions
// over numbers, tested on literals (tests/site/paging.test.ts).
import { LISTING_BUDGET_BYTES, PAGE_BUDGET_BYTES } from './budget.ts';

/**
 * Estimated HTML of one measure besides its text and its similar measures:
 * the facts line, theme basis, permalink, citation and markup. Measured on
 * the real corpus's document pages: 1.4–2.6 kB (银川's plan, whose measures
 * quote the sentence each date binds, 2.61 kB a measure once 年内 dated three).
 */
export const MEASURE_BYTES = 2_650;
/** One similar measure's line (place, short title, score, link): 275 B measured. */
export const SIMILAR_LINE_BYTES = 300;
/**
 * A card's line naming the entries that restate it, or the item it restates (MeasureRestatements), besides its
 * links: 150 B measured with the other document's title (银川's plan), 100 B without (石嘴山's annex).
 */
export const RESTATEMENT_LINE_BYTES = 160;
/** One link of such a line, an entry's run (37–42) or an item with its headline: 95–105 B measured. */
export const RESTATEMENT_LINK_BYTES = 110;
/** Header, document facts, outline and footer. */
export const DOCUMENT_FRAME_BYTES = 40_000;

export interface MeasureSize {
  text: string;
  similar: readonly unknown[];
  /** Its restatement lines (restatementLinks): the runs of entries breaking it down, the items it breaks down. */
  restatements?: { down: readonly unknown[]; up: readonly unknown[] };
}

const restatementBytes = (r: MeasureSize['restatements']): number =>
  r ? [r.down, r.up].reduce((sum, links) => sum + (links.length ? RESTATEMENT_LINE_BYTES + links.length * RESTATEMENT_LINK_BYTES : 0), 0) : 0;

const encoder = new TextEncoder();

/** Estimated HTML of a document page with every measure's similar measures on it. */
export function documentPageBytes(measures: readonly MeasureSize[]): number {
  let bytes = DOCUMENT_FRAME_BYTES;
  for (const m of measures) bytes += MEASURE_BYTES + encoder.encode(m.text).length + m.similar.length * SIMILAR_LINE_BYTES + restatementBytes(m.restatements);
  return bytes;
}

/** Estimated HTML of the similar measures alone (the page they move to). */
export function similarPageBytes(measures: readonly MeasureSize[]): number {
  return DOCUMENT_FRAME_BYTES + measures.reduce((sum, m) => sum + (m.similar.length ? 400 + m.similar.length * SIMILAR_LINE_BYTES : 0), 0);
}

/**
 * Whether a document's similar measures go on a page of their own. The
 * threshold sits between the listing budget and the page budget: the real
 * corpus's longest plan (227 measures, 579 kB as built) keeps them inline.
 */
export function similarApart(measures: readonly MeasureSize[], threshold = (LISTING_BUDGET_BYTES + PAGE_BUDGET_BYTES) / 2): boolean {
  return documentPageBytes(measures) > threshold;
}
