// The table of every place's deadlines, as /provinces/ shows it and its CSV
// writes it: one loader, so the two cannot disagree.
import { deadlinesOnce } from '../charts/inputs.ts';
import { matrixPlaces, placeYears } from '../domain/compare.ts';
import { chineseDate, chineseMonth } from '../domain/dates.ts';
import { placeDeadlineRows, placeDeadlineTable } from '../domain/place-deadlines.ts';
import { placeLabel } from '../domain/titles.ts';
import { loadComparison } from './comparison.ts';
import { loadCorpus } from './corpus.ts';

export async function loadPlaceDeadlines() {
  const corpus = await loadCorpus();
  const { places, restated } = await loadComparison();
  const rows = placeDeadlineRows(
    matrixPlaces(places).map((p) => ({ label: placeLabel(p), href: p.url, years: placeYears(p, corpus.yearOfDocument), documentIds: p.documentIds })),
    deadlinesOnce(corpus.measures, restated),
    corpus.asOf,
  );
  return placeDeadlineTable(rows, chineseDate(corpus.asOf), chineseMonth);
}
