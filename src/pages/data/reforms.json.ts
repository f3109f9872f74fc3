// /data/reforms.json — named reforms and where and when they were adopted.
import type { APIRoute } from 'astro';
import { loadComparison } from '../../site-data/comparison.ts';

export const GET: APIRoute = async () => {
  const { reforms } = await loadComparison();
  return new Response(JSON.stringify(reforms, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
