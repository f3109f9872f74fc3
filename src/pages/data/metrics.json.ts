// /data/metrics.json — the comparable quantities targets are charted on (content/metrics.json): each metric's
// definition, unit, direction and what it excludes, so a targets CSV's metricId joins to its meaning.
import type { APIRoute } from 'astro';
import { loadComparison } from '../../site-data/comparison.ts';

export const GET: APIRoute = async () => {
  const { metrics } = await loadComparison();
  return new Response(JSON.stringify(metrics, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
