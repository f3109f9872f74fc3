// /data/themes.json — the theme taxonomy, with how many measures each holds.
import type { APIRoute } from 'astro';
import { loadComparison } from '../../site-data/comparison.ts';
import { loadCorpus } from '../../site-data/corpus.ts';

export const GET: APIRoute = async () => {
  const { themes } = await loadComparison();
  const { measures } = await loadCorpus();
  const rows = themes.map((t) => ({ ...t, measureCount: measures.filter((m) => m.themes.includes(t.id)).length }));
  return new Response(JSON.stringify(rows, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
