// The table of every place's deadlines, as /provinces/ shows it and its CSV
// writes it: one loader, so the two cannot disagree.
import { deadlinesOnce } from '../charts/inputs.ts';
import { matrixPlaces, placeYears } from '../domain/compare.ts';
import { chineseDate, chineseMonth } from '../domain/dates.ts';
import { placeDeadlineRows, placeDeadlineTable } from '../domain/place-deadlines.ts';
import { placeLabel } from '../domain/titles.ts';
import { loadComparison } from './comparison.ts';
import { loadCorpus } from './corpus.ts';

/** The table, and the places it leaves out: documents held by their title alone (兰州), so no measure to count. */
export async function loadPlaceDeadlines() {
  const corpus = await loadCorpus();
  const { places, restated } = await loadComparison();
  const shown = matrixPlaces(places).filter((p) => p.documentIds.length);
  const rows = placeDeadlineRows(
    // A place whose task lists the sources lack says so by its name: its 0% may be the annex's (a review: 嘉峪关, 庆阳, 甘孜).
    shown.map((p) => ({
      id: p.id,
      label: placeLabel(p),
      href: p.url,
      years: placeYears(p, corpus.yearOfDocument),
      lacksAnnexes: p.lacksAnnexes,
      documentIds: p.documentIds,
    })),
    deadlinesOnce(corpus.measures, restated),
    corpus.asOf,
  );
  const listed = new Set(rows.map((r) => r.href));
  return {
    table: placeDeadlineTable(rows, { iso: corpus.asOf, text: chineseDate(corpus.asOf) }, chineseMonth),
    unlisted: shown.filter((p) => !listed.has(p.url)).map(placeLabel),
  };
}
