// /provinces/deadlines.csv — every place's dated and past-due measures, as the table on /provinces/.
import type { APIRoute } from 'astro';
import { tableToCsv } from '../../domain/table.ts';
import { loadPlaceDeadlines } from '../../site-data/place-deadlines.ts';

export const GET: APIRoute = async () =>
  new Response(tableToCsv((await loadPlaceDeadlines()).table, { header: 'key' }), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
