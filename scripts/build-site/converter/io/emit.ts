// Disk, after the pipeline: write the content collections and the build report.
// Generated folders are replaced whole, so a document removed from the
// sources does not linger.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NORTHWEST, PROVINCES } from '../../../../src/domain/places.ts';
import { countByRule, type Diagnostic } from '../diagnostics.ts';
import type { Reform, Transmission } from '../../../../src/schemas/analysis.ts';
import type { Body } from '../../../../src/schemas/body.ts';
import type { Conversion } from '../pipeline.ts';

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

export async function emit(conversion: Conversion, outDir: string, diagnostics: Diagnostic[], derived: Derived): Promise<void> {
  // Files are rewritten only when their content changes and stale ones are
  // removed, so Astro's content layer sees only what a change touched.
  const wanted = new Map<string, string>();
  for (const { document, measures, mdx } of conversion.documents) {
    wanted.set(path.join('documents', `${document.id}.mdx`), mdx);
    // The measure store the site reads at render time (src/site-data/measures.ts):
    // compact, one array per document, so a changed document rewrites one file.
    wanted.set(path.join('measures', `${document.id}.json`), `${JSON.stringify(measures)}\n`);
  }
  wanted.set(path.join('analysis', 'reforms.json'), `${JSON.stringify(derived.reforms, null, 1)}\n`);
  wanted.set(path.join('analysis', 'transmissions.json'), `${JSON.stringify(derived.transmissions, null, 1)}\n`);
  wanted.set(path.join('analysis', 'bodies.json'), `${JSON.stringify(derived.bodies, null, 1)}\n`);
  for (const dir of GENERATED) {
    await mkdir(path.join(outDir, dir), { recursive: true });
    for (const name of await readdir(path.join(outDir, dir))) {
      if (!wanted.has(path.join(dir, name))) await rm(path.join(outDir, dir, name), { recursive: true, force: true });
    }
  }
  await inBatches([...wanted], 32, ([file, content]) => writeIfChanged(path.join(outDir, file), content));
  await writeIfChanged(
    path.join(outDir, 'provinces.json'),
    `${JSON.stringify(
      provinceRecords(
        conversion.provinces,
        conversion.documents.map((d) => d.document),
      ),
      null,
      2,
    )}\n`,
  );
  await writeFile(
    path.join(outDir, 'ingest-report.json'),
    `${JSON.stringify({ counts: Object.fromEntries(countByRule(diagnostics)), diagnostics }, null, 1)}\n`,
  );
}

/** Many small files: a few dozen in flight at once instead of one by one. */
async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

async function writeIfChanged(file: string, content: string): Promise<void> {
  try {
    if ((await readFile(file, 'utf8')) === content) return;
  } catch {
    // absent: write it
  }
  await writeFile(file, content);
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
