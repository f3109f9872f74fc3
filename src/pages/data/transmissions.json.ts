// /data/transmissions.json — plan-to-plan pairs, aligned measure by measure.
import type { APIRoute } from 'astro';
import { loadComparison } from '../../site-data/comparison.ts';

export const GET: APIRoute = async () => {
  const { transmissions } = await loadComparison();
  return new Response(JSON.stringify(transmissions, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
