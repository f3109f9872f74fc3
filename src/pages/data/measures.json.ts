// /data/measures.json — every measure record, in document order.
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../site-data/corpus.ts';

export const GET: APIRoute = async () => {
  const { documents, measuresByDocument } = await loadCorpus();
  const rows = documents.flatMap((d) => measuresByDocument.get(d.id) ?? []);
  return new Response(JSON.stringify(rows), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
