// /compare/targets/<theme>.csv — every target the theme page compares, a row
// each, grouped by quantity as its charts and lists group them, with the year
// each is for and which is marked most ambitious: the page's charts as data.
import type { APIRoute } from 'astro';
import { loadComparison } from '../../../site-data/comparison.ts';
import { loadCorpus } from '../../../site-data/corpus.ts';
import { quantityTables } from '../../../domain/quantities.ts';
import { downloadCsv, TARGET_COLUMNS, targetRows } from '../../../domain/downloads.ts';

export async function getStaticPaths() {
  const { themes } = await loadComparison();
  return themes.map((theme) => ({ params: { theme: theme.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const corpus = await loadCorpus();
  const { places, metrics, restated } = await loadComparison();
  const tables = quantityTables(params.theme!, metrics, places, corpus.measures, corpus.yearOfDocument, restated);
  return new Response(downloadCsv(TARGET_COLUMNS, targetRows(tables)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
