// The incremental path: a source file whose bytes, and whose converter, are
// unchanged since the last run is not converted again. Entries are keyed by a
// hash of the file's bytes, the converter's own source and the taxonomy, so
// changing any of them invalidates exactly what it affects.
//
// An entry is a small index (`<key>.json`: the file's document ids,
// diagnostics and provinces) and one file per document (`<key>.<n>.json`),
// so a later run that needs one document — to align it with a changed one,
// or to write it again — reads that document alone. Beside each document,
// its view for aligning plans (`<key>.<n>.view.json`: measure ids, targets,
// deadlines and the text), written by the ingest for every document its
// analysis read whole (so every view was made by the analysis code of the
// state that names it: a change to that code analyses everything afresh): an
// incremental run at 100× reads a thousand views, where whole documents took
// seconds to parse.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import type { ConvertedDocument } from '../pipeline.ts';

export type CachedDocument = Omit<ConvertedDocument, 'draft'>;

export interface CacheEntry {
  documents: CachedDocument[];
  diagnostics: Diagnostic[];
  provinces: { name: string; empty: boolean; file: string }[];
}

/** An entry without its documents: what a run needs of a file it does not convert. */
export interface CacheIndex {
  ids: string[];
  diagnostics: Diagnostic[];
  provinces: CacheEntry['provinces'];
}

/** Hash of every file the conversion depends on besides the sources. */
export async function converterVersion(root: string, extra: string[], dirs = ['scripts/build-site/converter', 'src/schemas', 'src/domain']): Promise<string> {
  const hash = createHash('sha256');
  const files: string[] = [];
  for (const dir of dirs) {
    const full = path.join(root, dir);
    if (full.endsWith('.ts')) files.push(full);
    else for (const f of (await readdir(full, { recursive: true })).sort()) if (f.endsWith('.ts')) files.push(path.join(full, f));
  }
  for (const file of [...files, ...extra]) hash.update(await readFile(file));
  return hash.digest('hex').slice(0, 16);
}

/** `file` is the path the entry records (documents' source.file, diagnostics'
 * file), not the bare name: the same file read from another sources folder
 * must not reuse an entry that names the other folder. */
export function cacheKey(bytes: Uint8Array, file: string, manifestEntry: unknown, version: string): string {
  return createHash('sha256')
    .update(version)
    .update(file)
    .update(JSON.stringify(manifestEntry ?? null))
    .update(bytes)
    .digest('hex')
    .slice(0, 32);
}

async function readJson<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

export function readCacheIndex(dir: string, key: string): Promise<CacheIndex | null> {
  return readJson<CacheIndex>(path.join(dir, `${key}.json`));
}

/** A document's view (see above), or null when absent (a cache written before views were). */
export function readCachedView<T>(dir: string, key: string, index: number): Promise<T | null> {
  return readJson<T>(path.join(dir, `${key}.${index}.view.json`));
}

export async function writeCachedViews(dir: string, views: { key: string; index: number; view: unknown }[]): Promise<void> {
  for (let i = 0; i < views.length; i += 64) {
    await Promise.all(views.slice(i, i + 64).map(({ key, index, view }) => writeFile(path.join(dir, `${key}.${index}.view.json`), JSON.stringify(view))));
  }
}

export function readCachedDocument(dir: string, key: string, index: number): Promise<CachedDocument | null> {
  return readJson<CachedDocument>(path.join(dir, `${key}.${index}.json`));
}

export async function readCache(dir: string, key: string): Promise<CacheEntry | null> {
  const index = await readCacheIndex(dir, key);
  if (!index) return null;
  const documents = await Promise.all(index.ids.map((_, i) => readCachedDocument(dir, key, i)));
  if (documents.some((d) => d === null)) return null;
  return { documents: documents as CachedDocument[], diagnostics: index.diagnostics, provinces: index.provinces };
}

export async function writeCache(dir: string, key: string, entry: CacheEntry): Promise<void> {
  await mkdir(dir, { recursive: true });
  // Documents first: an index is only ever read with all its documents written.
  await Promise.all(
    entry.documents.map(({ document, measures, mdx, text }, i) =>
      writeFile(path.join(dir, `${key}.${i}.json`), JSON.stringify({ document, measures, mdx, text })),
    ),
  );
  const index: CacheIndex = { ids: entry.documents.map((d) => d.document.id), diagnostics: entry.diagnostics, provinces: entry.provinces };
  await writeFile(path.join(dir, `${key}.json`), JSON.stringify(index));
}
