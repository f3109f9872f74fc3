// Disk, after the pipeline: write the content collections and the build report.
// Generated folders are replaced whole, so a document removed from the
// sources does not linger.
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NORTHWEST, PROVINCES } from '../../../../src/domain/places.ts';
import { countByRule, type Diagnostic } from '../diagnostics.ts';
import type { Reform, Transmission } from '../../../../src/schemas/analysis.ts';
import type { Body } from '../../../../src/schemas/body.ts';
import { sourceTextName } from '../../../../src/domain/source-text.ts';

export const GENERATED = ['documents', 'measures', 'analysis'];

export interface ProvinceRecord {
  name: string;
  fullName: string;
  slug: string;
  /** The sources list the province but hold no document for it (青海（暂无）). */
  listedEmpty: boolean;
  documentCount: number;
}

export interface Derived {
  reforms: Reform[];
  transmissions: Transmission[];
  bodies: Body[];
}

/** What a run writes: every document it (re)wrote, and what the whole corpus derives. */
export interface EmitPlan {
  /** Every document of the corpus: files of any other are removed. */
  ids: Set<string>;
  derived: Derived;
  provinces: ProvinceRecord[];
  diagnostics: Diagnostic[];
}

/** A document's measures file, as every run writes it: compact, one array per document (a third smaller than indented at 100×). */
export function measuresJson(measures: unknown[]): string {
  return `${JSON.stringify(measures)}\n`;
}

/** Documents of the corpus whose files are missing from the output folder (deleted by hand, or never written there). */
export async function missingDocuments(outDir: string, ids: Iterable<string>): Promise<Set<string>> {
  const present = async (dir: string, ext: string) => {
    try {
      return new Set((await readdir(path.join(outDir, dir))).filter((n) => n.endsWith(ext)).map((n) => n.slice(0, -ext.length)));
    } catch {
      return new Set<string>();
    }
  };
  const [mdx, json] = await Promise.all([present('documents', '.mdx'), present('measures', '.json')]);
  return new Set([...ids].filter((id) => !mdx.has(id) || !json.has(id)));
}

/**
 * Writes documents (MDX and measures), a batch at a time: at 100× the whole
 * corpus as strings would be gigabytes. A file is rewritten only when its
 * content changes, so Astro's content layer sees only what a change touched.
 */
export async function writeDocuments(outDir: string, documents: { id: string; mdx: string; measures: string }[]): Promise<void> {
  await Promise.all(['documents', 'measures'].map((dir) => mkdir(path.join(outDir, dir), { recursive: true })));
  await inBatches(documents, 16, async ({ id, mdx, measures }) => {
    await writeIfChanged(path.join(outDir, 'documents', `${id}.mdx`), mdx);
    await writeIfChanged(path.join(outDir, 'measures', `${id}.json`), measures);
  });
}

/** The corpus-wide files, and stale documents removed (a document removed from the sources does not linger). */
export async function emit(plan: EmitPlan, outDir: string): Promise<void> {
  const wanted = new Map<string, string>();
  wanted.set(path.join('analysis', 'reforms.json'), `${JSON.stringify(plan.derived.reforms, null, 1)}\n`);
  wanted.set(path.join('analysis', 'transmissions.json'), `${JSON.stringify(plan.derived.transmissions, null, 1)}\n`);
  wanted.set(path.join('analysis', 'bodies.json'), `${JSON.stringify(plan.derived.bodies, null, 1)}\n`);
  const keep = (dir: string, name: string) =>
    wanted.has(path.join(dir, name)) ||
    (dir === 'documents' && plan.ids.has(name.replace(/\.mdx$/, ''))) ||
    (dir === 'measures' && plan.ids.has(name.replace(/\.json$/, '')));
  for (const dir of GENERATED) {
    await mkdir(path.join(outDir, dir), { recursive: true });
    for (const name of await readdir(path.join(outDir, dir))) {
      if (!keep(dir, name)) await rm(path.join(outDir, dir, name), { recursive: true, force: true });
    }
  }
  await inBatches([...wanted], 32, ([file, content]) => writeIfChanged(path.join(outDir, file), content));
  await writeIfChanged(path.join(outDir, 'provinces.json'), `${JSON.stringify(plan.provinces, null, 2)}\n`);
  await writeIfChanged(
    path.join(outDir, 'ingest-report.json'),
    `${JSON.stringify({ counts: Object.fromEntries(countByRule(plan.diagnostics)), diagnostics: plan.diagnostics }, null, 1)}\n`,
  );
}

/** Where the source texts go (src/domain/source-text.ts). */
const SOURCES = 'sources';

/** Source files whose text (content/sources/) is missing: an incremental run that reuses them still owes their text. */
export async function missingSourceTexts(outDir: string, files: string[]): Promise<Set<string>> {
  const present = new Set(await readdir(path.join(outDir, SOURCES)).catch(() => [] as string[]));
  return new Set(files.filter((file) => !present.has(sourceTextName(file))));
}

/**
 * Writes each source's text as its line numbers count it, and removes the texts of files no longer in the
 * sources: `texts` holds those a run read (all of them from nothing, the changed and missing ones after).
 */
export async function writeSourceTexts(outDir: string, texts: { file: string; text: string }[], files: string[]): Promise<void> {
  const dir = path.join(outDir, SOURCES);
  await mkdir(dir, { recursive: true });
  const wanted = new Set(files.map(sourceTextName));
  for (const name of await readdir(dir)) if (!wanted.has(name)) await rm(path.join(dir, name), { force: true });
  await inBatches(texts, 8, ({ file, text }) => writeIfChanged(path.join(dir, sourceTextName(file)), text));
}

/** Many small files: a few dozen in flight at once instead of one by one. */
async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

/**
 * Compared as bytes, and read only when the size matches: at 100× the
 * corpus-wide files are 38 MB, and decoding the old ones to compare strings
 * was a second of an incremental run.
 */
async function writeIfChanged(file: string, content: string): Promise<void> {
  const bytes = Buffer.from(content);
  const old = await stat(file).catch(() => null);
  if (old?.size === bytes.length && (await readFile(file)).equals(bytes)) return;
  await writeFile(file, bytes);
}

/** Every province a source lists or a document is placed in, in the compilation's order. */
export function provinceRecords(listed: { name: string; empty: boolean }[], documents: { province: string }[]): ProvinceRecord[] {
  const names = new Set<string>([...listed.map((p) => p.name), ...documents.map((d) => d.province)]);
  const order = (name: string) => {
    const i = NORTHWEST.indexOf(name);
    return i >= 0 ? i : NORTHWEST.length + PROVINCES.findIndex((p) => p.name === name);
  };
  return [...names]
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b, 'zh'))
    .map((name) => {
      const known = PROVINCES.find((p) => p.name === name);
      return {
        name,
        fullName: known?.fullName ?? name,
        slug: known?.slug ?? `p-${[...name].map((c) => c.charCodeAt(0).toString(36)).join('')}`,
        listedEmpty: listed.some((p) => p.name === name && p.empty),
        documentCount: documents.filter((d) => d.province === name).length,
      };
    });
}
