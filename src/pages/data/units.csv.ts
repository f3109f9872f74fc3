// /data/units.csv — responsible bodies with their task counts.
import type { APIRoute } from 'astro';
import { loadComparison } from '../../site-data/comparison.ts';
import { toCsv, UNIT_COLUMNS } from '../../domain/downloads.ts';

export const GET: APIRoute = async () => {
  const { units } = await loadComparison();
  return new Response(toCsv(units, UNIT_COLUMNS), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
