// /data/units.csv — responsible bodies with their task counts.
import type { APIRoute } from 'astro';
import { loadComparison } from '../../site-data/comparison.ts';
import { downloadCsv, UNIT_COLUMNS } from '../../domain/downloads.ts';
import { onceByRole } from '../../domain/units.ts';

export const GET: APIRoute = async () => {
  const { units, restated } = await loadComparison();
  const rows = units.map((u) => {
    const once = onceByRole(u, restated);
    return { ...u, once: { lead: once.lead.length, responsible: once.responsible.length, support: once.support.length } };
  });
  return new Response(downloadCsv(UNIT_COLUMNS, rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
