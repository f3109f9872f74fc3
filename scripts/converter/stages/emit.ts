// Last stage (disk): write the content collections and the build report.
// Generated folders are replaced whole, so a document removed from the
// sources does not linger.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NORTHWEST, PROVINCES } from '../../../src/lib/places.ts';
import { countByRule, type Diagnostic } from '../diagnostics.ts';
import type { Reform, Transmission } from '../../../src/schemas/analysis.ts';
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
}

export async function emit(conversion: Conversion, outDir: string, diagnostics: Diagnostic[], derived: Derived): Promise<void> {
  for (const dir of GENERATED) await rm(path.join(outDir, dir), { recursive: true, force: true });
  await mkdir(path.join(outDir, 'documents'), { recursive: true });
  await mkdir(path.join(outDir, 'measures'), { recursive: true });
  await mkdir(path.join(outDir, 'analysis'), { recursive: true });
  await writeFile(path.join(outDir, 'analysis', 'reforms.json'), `${JSON.stringify(derived.reforms, null, 1)}\n`);
  await writeFile(path.join(outDir, 'analysis', 'transmissions.json'), `${JSON.stringify(derived.transmissions, null, 1)}\n`);

  for (const { document, measures, mdx } of conversion.documents) {
    await writeFile(path.join(outDir, 'documents', `${document.id}.mdx`), mdx);
    await writeFile(path.join(outDir, 'measures', `${document.id}.json`), `${JSON.stringify(measures, null, 1)}\n`);
  }
  await writeFile(path.join(outDir, 'provinces.json'), `${JSON.stringify(provinceRecords(conversion.provinces, conversion.documents.map((d) => d.document)), null, 2)}\n`);
  await writeFile(
    path.join(outDir, 'ingest-report.json'),
    `${JSON.stringify({ counts: Object.fromEntries(countByRule(diagnostics)), diagnostics }, null, 1)}\n`,
  );
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
