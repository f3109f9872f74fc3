// Disk, before the pipeline: read every file of a sources folder, and its
// manifest; files that are not plain text (PDF, Word, Excel, web pages) are
// read into lines by their format's reader (formats/extract.ts).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fatal, warning, type Diagnostic } from '../diagnostics.ts';
import { manifestSchema, type Manifest } from '../manifest.ts';
import type { RawSource } from '../model.ts';
import { extractFormats, type FormatLimits } from './formats/extract.ts';

export interface ReadResult {
  sources: RawSource[];
  manifest: Manifest | null;
  diagnostics: Diagnostic[];
}

/** Files in a sources folder that are documentation, not input. */
const NOT_INPUT = /^(README|manifest)\b/i;

export interface ReadOptions {
  /** Run the format readers (default); the ingest turns this off to read only the files its cache lacks. */
  extract?: boolean;
  limits?: Partial<FormatLimits>;
}

export async function readSources(dir: string, displayRoot: string, options: ReadOptions = {}): Promise<ReadResult> {
  const diagnostics: Diagnostic[] = [];
  const display = (name: string) => path.relative(displayRoot, path.join(dir, name)) || name;

  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isFile() && !NOT_INPUT.test(e.name) && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
  } catch (error) {
    diagnostics.push(fatal(dir, null, 'read/no-folder', `cannot read the sources folder: ${(error as Error).message}`));
    return { sources: [], manifest: null, diagnostics };
  }

  let manifest: Manifest | null = null;
  const manifestPath = path.join(dir, 'manifest.json');
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(await readFile(manifestPath, 'utf8')));
    if (parsed.success) manifest = parsed.data;
    else {
      for (const issue of parsed.error.issues) {
        diagnostics.push(fatal(display('manifest.json'), null, 'manifest/invalid', `${issue.path.join('.')}: ${issue.message}`));
      }
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      diagnostics.push(
        warning(display('manifest.json'), null, 'manifest/missing', 'no manifest.json: every file’s layout and metadata are read from its text'),
      );
    } else {
      diagnostics.push(fatal(display('manifest.json'), null, 'manifest/unreadable', (error as Error).message));
    }
  }

  const sources: RawSource[] = [];
  for (const name of names) {
    try {
      sources.push({ file: display(name), name, bytes: new Uint8Array(await readFile(path.join(dir, name))) });
    } catch (error) {
      diagnostics.push(fatal(display(name), null, 'read/unreadable', (error as Error).message));
    }
  }
  if (names.length === 0) {
    diagnostics.push(fatal(dir, null, 'read/empty-folder', 'the sources folder holds no files to convert'));
  }
  if (options.extract === false) return { sources, manifest, diagnostics };
  const extracted = await extractFormats(sources, options.limits);
  return { sources: extracted.sources, manifest, diagnostics: [...diagnostics, ...extracted.diagnostics] };
}
