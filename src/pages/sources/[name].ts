// /sources/<name>: the text a source's line numbers count (src/domain/source-text.ts), as the ingest wrote it,
// so every 第 N 行 the site cites can be checked.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentDir } from '../../site-data/content-dir.ts';

const dir = path.join(contentDir, 'sources');

export const getStaticPaths = (async () => {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.map((name) => ({ params: { name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await readFile(path.join(dir, params.name!)), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
