// The measure store: the converter writes one compact JSON array per document
// (content/measures/<document id>.json, scripts/build-site/converter/io/emit.ts),
// read here once per build and validated by the same schema the converter
// wrote them with. Measures stay out of Astro's content layer: its data store
// is serialized into the server bundle and held several times over while
// pages render, and at 100× two thirds of it were measures (README, “Scale”).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { bodySchema } from '../schemas/body.ts';
import { measureSchema, type Measure } from '../schemas/measure.ts';
import { contentDir } from './content-dir.ts';

const measureFileSchema = z.array(measureSchema);

/**
 * Every measure, in id order as compared by Astro's data store
 * (localeCompare), the order the content collection listed them in when
 * measures were one: pages that keep the corpus order stay as they were.
 */
export async function readMeasures(dir = path.join(contentDir, 'measures')): Promise<Measure[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch {
    throw new Error(`measure store ${dir} is missing: run \`npm run ingest\` first (or set POLICY_CONTENT_DIR)`);
  }
  const measures: Measure[] = [];
  const ids = new Set<string>();
  for (const name of names) {
    const file = path.join(dir, name);
    for (const measure of await readMeasureFile(file)) {
      if (ids.has(measure.id)) throw new Error(`${file}: measure id ${measure.id} occurs twice in the store`);
      ids.add(measure.id);
      measures.push(measure);
    }
  }
  const collator = new Intl.Collator();
  return measures.sort((a, b) => collator.compare(a.id, b.id));
}

/**
 * One name per body wherever it is listed, the registry's (content/analysis/bodies.json): a measure keeps
 * how it wrote the body in asWritten, not a name of its own (各县〈市〉区人民政府 and 各县（市）区人民政府 were
 * one body under two names in the downloads, beside the unit page's third; a review of the open data).
 */
export function nameBodies(measures: Pick<Measure, 'bodies'>[], nameOf: ReadonlyMap<string, string>): void {
  for (const m of measures) for (const b of m.bodies) b.name = nameOf.get(b.id) ?? b.name;
}

/** The registry's name of every body, by id, for nameBodies: read through the schema the site's bodies collection uses. */
export async function readBodyNames(contentDir: string): Promise<Map<string, string>> {
  const file = path.join(contentDir, 'analysis', 'bodies.json');
  const parsed = z.array(bodySchema).safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file}: body ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message} (re-run \`npm run ingest\`)`);
  return new Map(parsed.data.map((b) => [b.id, b.name]));
}

/** One document's measures, validated; an error names the file when it cannot be read or does not fit the schema. */
export async function readMeasureFile(file: string): Promise<Measure[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message} (re-run \`npm run ingest\`)`);
  }
  const parsed = measureFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: measure ${issue.path.join('.')}: ${issue.message} (${parsed.error.issues.length} problem(s); re-run \`npm run ingest\`)`);
  }
  return parsed.data;
}
