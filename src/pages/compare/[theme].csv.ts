// /compare/<theme>.csv — the measures of one theme, by place: those whose
// primary theme it is, then those touching it as a secondary one (the page
// lists them apart; the `themes` column's first id says which is which), so
// every target the page charts has its measure here (a site review); and the
// plan items the place's later task list restates, which the page shows beside
// their restatement.
import type { APIRoute } from 'astro';
import { loadComparison } from '../../site-data/comparison.ts';
import { placingOf, themeColumns } from '../../domain/compare.ts';
import { loadCorpus } from '../../site-data/corpus.ts';
import { downloadCsv, MEASURE_COLUMNS, toMeasureRow } from '../../domain/downloads.ts';

export async function getStaticPaths() {
  const { themes } = await loadComparison();
  return themes.map((theme) => ({ params: { theme: theme.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const corpus = await loadCorpus();
  const { places, restated, themeName, metrics } = await loadComparison();
  const metricById = new Map(metrics.map((m) => [m.id, m]));
  const docs = corpus.documentDataById;
  const placing = placingOf(places, restated);
  // Each measure as written, as measures.csv has it: the page drops from a restated item the targets its restatement
  // states again (targetsOnce), and its row here had read 量化目标 blank, saying nothing why (a review of the open data).
  const rows = themeColumns(params.theme!, places, corpus.measures, restated).flatMap((c) =>
    [...c.measures, ...c.secondary, ...c.restated].map((shown) => {
      const m = corpus.measureById.get(shown.id) ?? shown;
      return toMeasureRow(m, docs.get(m.documentId)!, themeName, placing(m), metricById);
    }),
  );
  return new Response(downloadCsv(MEASURE_COLUMNS, rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
