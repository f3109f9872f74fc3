// /transmissions/<id>.csv — one plan-to-plan comparison row by row, as its page
// shows it: what each upstream item became downstream, what was added, what
// changed (a review of the transmission pages found the data page promising a
// download for every comparison page and none here).
import type { APIRoute } from 'astro';
import { loadComparison } from '../../site-data/comparison.ts';
import { loadCorpus } from '../../site-data/corpus.ts';
import { downloadCsv, TRANSMISSION_COLUMNS } from '../../domain/downloads.ts';

export async function getStaticPaths() {
  const { transmissions } = await loadComparison();
  return transmissions.map((t) => ({ params: { id: t.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const measure = (await loadCorpus()).measureById;
  const t = (await loadComparison()).transmissions.find((x) => x.id === params.id)!;
  const rows = t.rows.map((row) => ({
    row,
    ...(row.upstream ? { upstream: measure.get(row.upstream) } : {}),
    ...(row.downstream ? { downstream: measure.get(row.downstream) } : {}),
  }));
  return new Response(downloadCsv(TRANSMISSION_COLUMNS, rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
