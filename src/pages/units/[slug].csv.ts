// /units/<slug>.csv — one body's tasks, each with the body's role in it first
// (牵头, 责任 or 配合: who is responsible is what the file is for; a site review).
import type { APIRoute } from 'astro';
import { loadComparison } from '../../site-data/comparison.ts';
import { loadCorpus } from '../../site-data/corpus.ts';
import { downloadCsv, UNIT_TASK_COLUMNS, toMeasureRow } from '../../domain/downloads.ts';
import { placingOf } from '../../domain/compare.ts';
import { BODY_ROLES } from '../../schemas/body.ts';

export async function getStaticPaths() {
  const { units } = await loadComparison();
  return units.map((unit) => ({ params: { slug: unit.slug }, props: { unit } }));
}

export const GET: APIRoute = async ({ props }) => {
  const corpus = await loadCorpus();
  const docs = corpus.documentDataById;
  const { themeName, places, restated } = await loadComparison();
  const placing = placingOf(places, restated);
  const { unit } = props as { unit: import('../../domain/units.ts').UnitEntry };
  const rows = BODY_ROLES.flatMap((role) => unit[role].map((m) => ({ ...toMeasureRow(m, docs.get(m.documentId)!, themeName, placing(m)), role })));
  return new Response(downloadCsv(UNIT_TASK_COLUMNS, rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
