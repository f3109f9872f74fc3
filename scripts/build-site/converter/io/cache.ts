// The incremental path: a source file whose bytes, and whose converter, are
// unchanged since the last run is not converted again. Entries are keyed by a
// hash of the file's bytes, the converter's own source and the taxonomy, so
// changing any of them invalidates exactly what it affects.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import type { ConvertedDocument } from '../pipeline.ts';

export interface CacheEntry {
  documents: Omit<ConvertedDocument, 'draft'>[];
  diagnostics: Diagnostic[];
  provinces: { name: string; empty: boolean; file: string }[];
}

/** Hash of every file the conversion depends on besides the sources. */
export async function converterVersion(root: string, extra: string[]): Promise<string> {
  const hash = createHash('sha256');
  const dirs = ['scripts/build-site/converter', 'src/schemas', 'src/domain'];
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

export async function readCache(dir: string, key: string): Promise<CacheEntry | null> {
  try {
    return JSON.parse(await readFile(path.join(dir, `${key}.json`), 'utf8')) as CacheEntry;
  } catch {
    return null;
  }
}

export async function writeCache(dir: string, key: string, entry: CacheEntry): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${key}.json`), JSON.stringify(entry));
}
