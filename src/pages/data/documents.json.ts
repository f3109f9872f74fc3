// /data/documents.json — every document record, as validated by the schema.
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../site-data/corpus.ts';

export const GET: APIRoute = async () => {
  const { documents } = await loadCorpus();
  return new Response(
    JSON.stringify(
      documents.map((d) => d.data),
      null,
      1,
    ),
    { headers: { 'content-type': 'application/json; charset=utf-8' } },
  );
};
