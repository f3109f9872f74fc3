// The two largest open-data downloads, /data/measures.json and
// /data/measures.csv: every measure in corpus order, with the columns of
// src/domain/downloads.ts. Written a document at a time to streams, after
// `astro build`, because an Astro endpoint returns its whole body at once: at
// 100× the JSON is 383 MB and the CSV 210 MB, which Astro's process held as a
// string and a buffer (0.8 GB of buffers, beside the heap, at its peak).
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { byDateDesc } from '../../../src/domain/document-order.ts';
import { MEASURE_COLUMNS, toMeasureRow } from '../../../src/domain/downloads.ts';
import { BOM, csvHeader, csvRows } from '../../../src/domain/table.ts';
import { documentSchema, type PolicyDocument } from '../../../src/schemas/document.ts';
import { nameBodies, readBodyNames, readMeasureFile } from '../../../src/site-data/measures.ts';
import { placesOf, placingOf } from '../../../src/domain/compare.ts';
import { restatedMeasures } from '../../../src/domain/restatements.ts';
import { metricSchema, transmissionSchema } from '../../../src/schemas/analysis.ts';
import { z } from 'zod';

/** A document's front matter (the MDX files the converter wrote), validated by the site's schema. */
export async function readDocuments(contentDir: string): Promise<PolicyDocument[]> {
  const dir = path.join(contentDir, 'documents');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.mdx')).sort();
  const documents: PolicyDocument[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const front = /^---\n([\s\S]*?)\n---/.exec(await readFile(file, 'utf8'));
    if (!front) throw new Error(`${file}:1: no front matter (re-run \`npm run ingest\`)`);
    const parsed = documentSchema.safeParse(parse(front[1]!));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`);
    documents.push(parsed.data);
  }
  return documents;
}

const THEMES_FILE = fileURLToPath(new URL('../../../content/themes.json', import.meta.url));
const METRICS_FILE = fileURLToPath(new URL('../../../content/metrics.json', import.meta.url));
const metricListSchema = z.array(metricSchema);

/**
 * Where comparisons count each measure (its place, the measure restating it), as the site's pages
 * do: read from the converted content, ids and headings of every measure first.
 */
async function placings(contentDir: string, documents: PolicyDocument[]): Promise<ReturnType<typeof placingOf>> {
  const provinces = z
    .array(z.object({ name: z.string(), slug: z.string() }))
    .parse(JSON.parse(await readFile(path.join(contentDir, 'provinces.json'), 'utf8')));
  const transmissions = z.array(transmissionSchema).parse(JSON.parse(await readFile(path.join(contentDir, 'analysis', 'transmissions.json'), 'utf8')));
  const places = placesOf(provinces, documents);
  const measures = [];
  // A text's opening is all restatement asks of it (an untitled item's lost title), and keeps a 10× corpus's memory flat.
  for (const d of documents)
    for (const { id, documentId, ordinal, title, path: headings, text, detailedBy } of await readMeasureFile(path.join(contentDir, 'measures', `${d.id}.json`)))
      measures.push({ id, documentId, ordinal, title, path: headings, text: text.slice(0, 80), ...(detailedBy ? { detailedBy } : {}) });
  return placingOf(places, restatedMeasures(transmissions, places, measures));
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function close(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

/** Writes both files into `<site>/data/`; returns the number of measures. */
export async function writeMeasureDownloads(contentDir: string, site: string): Promise<{ documents: number; measures: number; bytes: number }> {
  const documents = (await readDocuments(contentDir)).map((d) => ({ id: d.id, data: d })).sort(byDateDesc);
  await mkdir(path.join(site, 'data'), { recursive: true });
  const json = createWriteStream(path.join(site, 'data', 'measures.json'));
  const csv = createWriteStream(path.join(site, 'data', 'measures.csv'));
  await write(json, '[');
  await write(csv, BOM + csvHeader(MEASURE_COLUMNS, 'key'));
  // The taxonomy is the repository's, whichever folder the converted content was written to (as the site reads it).
  const taxonomy = JSON.parse(await readFile(THEMES_FILE, 'utf8')) as { themes: { id: string; name: string }[] };
  const themeName = new Map(taxonomy.themes.map((t) => [t.id, t.name]));
  const metricById = new Map(metricListSchema.parse(JSON.parse(await readFile(METRICS_FILE, 'utf8')).metrics).map((m) => [m.id, m]));
  const placing = await placings(
    contentDir,
    documents.map((d) => d.data),
  );
  // The downloads name each body as its page does.
  const bodyNames = await readBodyNames(contentDir);
  let count = 0;
  for (const { data: d } of documents) {
    const measures = (await readMeasureFile(path.join(contentDir, 'measures', `${d.id}.json`))).sort((a, b) => a.ordinal - b.ordinal);
    nameBodies(measures, bodyNames);
    // Pieces of one JSON array: the file is JSON.stringify of all the measures, byte for byte, each
    // with where the comparisons count it (as the CSV says), so an analyst of the JSON rebuilds the counts too.
    for (const m of measures) await write(json, `${count++ ? ',' : ''}${JSON.stringify({ ...m, ...placing(m) })}`);
    await write(
      csv,
      csvRows(
        MEASURE_COLUMNS,
        measures.map((m) => toMeasureRow(m, d, themeName, placing(m), metricById)),
      ),
    );
  }
  await write(json, ']');
  await Promise.all([close(json), close(csv)]);
  return { documents: documents.length, measures: count, bytes: json.bytesWritten + csv.bytesWritten };
}
