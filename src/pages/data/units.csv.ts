// /data/units.csv — responsible bodies with their task counts.
import type { APIRoute } from 'astro';
import { loadComparison } from '../../site-data/comparison.ts';
import { downloadCsv, UNIT_COLUMNS } from '../../domain/downloads.ts';

export const GET: APIRoute = async () => {
  const { units } = await loadComparison();
  return new Response(downloadCsv(UNIT_COLUMNS, units), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
