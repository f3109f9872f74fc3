// /compare/matrix.csv — the theme × place matrix, place by place: the table
// that feeds the heat map of /compare/ (themeTable), written as CSV.
import type { APIRoute } from 'astro';
import { themeHeatmapInput } from '../../charts/inputs.ts';
import { tableToCsv } from '../../domain/table.ts';
import { themeTable } from '../../charts/theme-heatmap.ts';
import { matrixPlaces, themeMatrix } from '../../domain/compare.ts';
import { loadComparison } from '../../site-data/comparison.ts';
import { loadCorpus } from '../../site-data/corpus.ts';

export const GET: APIRoute = async () => {
  const { themes, places, metrics, restated } = await loadComparison();
  const corpus = await loadCorpus();
  const shown = matrixPlaces(places);
  const table = themeTable(themeHeatmapInput(themes, shown, themeMatrix(themes, places, corpus.measures, metrics, restated), corpus.yearOfDocument));
  return new Response(tableToCsv(table, { header: 'key' }), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
