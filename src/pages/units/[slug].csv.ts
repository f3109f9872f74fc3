// /units/<slug>.csv — one body's tasks.
import type { APIRoute } from 'astro';
import { loadComparison } from '../../site-data/comparison.ts';
import { loadCorpus } from '../../site-data/corpus.ts';
import { downloadCsv, MEASURE_COLUMNS, toMeasureRow } from '../../domain/downloads.ts';

export async function getStaticPaths() {
  const { units } = await loadComparison();
  return units.map((unit) => ({ params: { slug: unit.slug }, props: { unit } }));
}

export const GET: APIRoute = async ({ props }) => {
  const corpus = await loadCorpus();
  const docs = corpus.documentDataById;
  const { themeName } = await loadComparison();
  const { unit } = props as { unit: import('../../domain/units.ts').UnitEntry };
  const rows = [...unit.lead, ...unit.responsible].map((m) => toMeasureRow(m, docs.get(m.documentId)!, themeName));
  return new Response(downloadCsv(MEASURE_COLUMNS, rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
