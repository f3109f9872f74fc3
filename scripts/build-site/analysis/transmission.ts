// Policy transmission: a city plan that implements a provincial one (or a
// task list that implements a plan of the same city). Pairs are found by
// citation (the downstream names the upstream's 文号 or title) or by overlap
// (a large share of upstream measures have a close counterpart downstream).
// Each pair is then aligned measure by measure: kept, changed (targets or
// deadline differ), dropped, added.
import type { Transmission, TransmissionRow } from '../../../src/schemas/analysis.ts';
import type { Measure } from '../../../src/schemas/measure.ts';

/** The fields of a document that decide whether it may implement another, and whether it cites it. */
export interface TransmissionDocument {
  id: string;
  title: string;
  docNumber: string | null;
  date: string | null;
  province: string;
  city: string | null;
  level: 'province' | 'city';
}

/** What aligning reads of a measure: which it is, and the fields a change is told by. */
export type TransmissionMeasure = Pick<Measure, 'id' | 'deadline'> & { targets: Pick<Measure['targets'][number], 'text'>[] };

/**
 * What aligning reads of a document besides its fields: its measures as
 * above and its text (citations). An incremental run at 100× aligns a
 * thousand plans; reading this much of each instead of the whole converted
 * document (bodies, themes, MDX) is what keeps it within seconds.
 */
export interface TransmissionView {
  measures: TransmissionMeasure[];
  /** The document's full text, to find citations. */
  text: string;
}

export interface TransmissionInput extends TransmissionView {
  document: TransmissionDocument;
}

/** A converted document's view (the cache keeps one beside each document). */
export function transmissionView(d: { measures: Measure[]; text: string }): TransmissionView {
  return {
    measures: d.measures.map((m) => ({ id: m.id, deadline: m.deadline, targets: m.targets.map((t) => ({ text: t.text })) })),
    text: d.text,
  };
}

const MIN_MATCH = 0.35;
const MIN_COVERAGE = 0.25;
const MIN_MATCHED = 5;

/**
 * Could `down` implement `up`? A city plan implementing its province's (same
 * province, dated no earlier), or a task list of the same city implementing
 * its plan. Read from the documents' own fields only, so the pairs worth
 * aligning are known without their measures.
 */
export function mayImplement(up: TransmissionInput['document'], down: TransmissionInput['document']): boolean {
  if (up.id === down.id || up.province !== down.province) return false;
  const provincial = up.level === 'province' && down.level === 'city';
  const sameCityList = up.city !== null && up.city === down.city && /清单|台账|分工/.test(down.title) && !/清单|台账|分工/.test(up.title);
  if (!provincial && !sameCityList) return false;
  return !(up.date && down.date && down.date < up.date);
}

/**
 * The transmission from `up` to `down`, or null when too few of its measures
 * carry over. `similarity` scores a pair of measures; `candidates` proposes,
 * for an upstream measure, the downstream measures worth scoring (its nearest
 * neighbours), so aligning two plans does not compare every measure with
 * every other. `flatDown` is the downstream text with whitespace removed.
 */
export function transmissionBetween(
  up: TransmissionInput,
  down: TransmissionInput,
  flatDown: string,
  similarity: (a: TransmissionMeasure, b: TransmissionMeasure) => number,
  candidates?: (u: TransmissionMeasure, downstream: TransmissionMeasure[]) => number[],
): Transmission | null {
  if (up.measures.length === 0 || down.measures.length === 0 || !mayImplement(up.document, down.document)) return null;
  const cited = cites(flatDown, up.document);
  const rows = align(up.measures, down.measures, similarity, candidates);
  const taken = rows.filter((r) => r.kind === 'kept' || r.kind === 'changed').length;
  const coverage = taken / up.measures.length;
  // A citation alone is not implementation: some measures must carry over.
  if (cited ? taken < 3 : coverage < MIN_COVERAGE || taken < MIN_MATCHED) return null;
  return {
    id: `${up.document.id}--${down.document.id}`,
    upstreamId: up.document.id,
    downstreamId: down.document.id,
    basis: cited ? 'citation' : 'similarity',
    coverage: Math.round(coverage * 1000) / 1000,
    rows,
  };
}

/** The widest transmissions first; equal coverage in id order, so the order never depends on the input's. */
export function sortTransmissions(list: Transmission[]): Transmission[] {
  return list.sort((a, b) => b.coverage - a.coverage || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Does a text (whitespace removed) name a document by its 文号 or its plan title (《…》)? */
function cites(flat: string, doc: TransmissionInput['document']): boolean {
  if (doc.docNumber && flat.includes(doc.docNumber.replace(/〔|〕/g, (b) => b))) return true;
  const plan = /《([^《》]{6,})》/.exec(doc.title)?.[1] ?? doc.title.replace(/^.*?关于(印发)?/, '').replace(/的通知$/, '');
  return plan.length >= 8 && flat.includes(plan);
}

/** Greedy one-to-one alignment, best pairs first. */
export function align(
  upstream: TransmissionMeasure[],
  downstream: TransmissionMeasure[],
  similarity: (a: TransmissionMeasure, b: TransmissionMeasure) => number,
  candidates?: (u: TransmissionMeasure, downstream: TransmissionMeasure[]) => number[],
): TransmissionRow[] {
  const pairs: { u: number; d: number; score: number }[] = [];
  upstream.forEach((u, i) => {
    const proposed = candidates ? candidates(u, downstream) : downstream.map((_, j) => j);
    for (const j of proposed) {
      const score = similarity(u, downstream[j]);
      if (score >= MIN_MATCH) pairs.push({ u: i, d: j, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score);
  const usedU = new Set<number>();
  const usedD = new Set<number>();
  const matched: { u: number; d: number; score: number }[] = [];
  for (const p of pairs) {
    if (usedU.has(p.u) || usedD.has(p.d)) continue;
    usedU.add(p.u);
    usedD.add(p.d);
    matched.push(p);
  }
  const rows: TransmissionRow[] = [];
  const matchOf = new Map(matched.map((p) => [p.u, p]));
  upstream.forEach((u, i) => {
    const m = matchOf.get(i);
    if (!m) {
      rows.push({ kind: 'dropped', upstream: u.id, downstream: null, score: null, changes: [] });
      return;
    }
    const d = downstream[m.d];
    const changes = differences(u, d);
    rows.push({ kind: changes.length ? 'changed' : 'kept', upstream: u.id, downstream: d.id, score: Math.round(m.score * 1000) / 1000, changes });
  });
  downstream.forEach((d, j) => {
    if (!usedD.has(j)) rows.push({ kind: 'added', upstream: null, downstream: d.id, score: null, changes: [] });
  });
  return rows;
}

function differences(u: TransmissionMeasure, d: TransmissionMeasure): TransmissionRow['changes'] {
  const changes: TransmissionRow['changes'] = [];
  const targets = (m: TransmissionMeasure) => m.targets.map((t) => t.text).join('；') || null;
  if (targets(u) !== targets(d) && (targets(u) || targets(d))) changes.push({ field: 'target', upstream: targets(u), downstream: targets(d) });
  const deadline = (m: TransmissionMeasure) => m.deadline?.date ?? m.deadline?.raw ?? null;
  if (deadline(u) !== deadline(d) && (deadline(u) || deadline(d))) changes.push({ field: 'deadline', upstream: deadline(u), downstream: deadline(d) });
  return changes;
}
