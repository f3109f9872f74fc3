// The measure store (src/site-data/measures.ts) and what Astro's data store
// keeps: measures are read from content/measures at render time, validated by
// the measure schema, and neither they nor the documents' MDX bodies are held
// in the content layer (README, “Scale”).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readMeasures } from '../../src/site-data/measures.ts';
import type { Measure } from '../../src/schemas/measure.ts';

const root = path.resolve(import.meta.dirname, '../..');
const store = path.join(root, 'content', 'measures');
const work = mkdtempSync(path.join(tmpdir(), 'measure-store-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const realFile = () => readdirSync(store).find((name) => name.endsWith('.json'))!;
const realMeasures = (name = realFile()) => JSON.parse(readFileSync(path.join(store, name), 'utf8')) as Measure[];

function storeWith(name: string, files: Record<string, unknown>): string {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(path.join(dir, file), JSON.stringify(content));
  return dir;
}

test('reads every measure the converter wrote, each once', async () => {
  const measures = await readMeasures(store);
  const files = readdirSync(store).filter((name) => name.endsWith('.json'));
  const written = files.flatMap((name) => realMeasures(name).map((m) => m.id));
  expect(measures.length).toBe(written.length);
  expect(new Set(measures.map((m) => m.id))).toEqual(new Set(written));
});

test('a measure that breaks the schema fails the build, naming its file and field', async () => {
  const [first, ...rest] = realMeasures();
  const dir = storeWith('broken', { 'broken-doc.json': [{ ...first, ordinal: 0 }, ...rest] });
  await expect(readMeasures(dir)).rejects.toThrow(/broken-doc\.json: measure 0\.ordinal: /);
});

test('an id written twice fails the build', async () => {
  const measures = realMeasures();
  const dir = storeWith('twice', { 'a.json': measures, 'b.json': measures.slice(0, 1) });
  await expect(readMeasures(dir)).rejects.toThrow(`b.json: measure id ${measures[0].id} occurs twice`);
});

test('a missing store says to run the converter', async () => {
  await expect(readMeasures(path.join(work, 'absent'))).rejects.toThrow(/npm run ingest/);
});

test("Astro's data store holds no measure and no document body", () => {
  // Written by the `astro build` of `npm run build` (Astro's cacheDir).
  const dataStore = readFileSync(path.join(root, 'node_modules', '.astro', 'data-store.json'), 'utf8');
  const documents = readdirSync(path.join(root, 'content', 'documents')).filter((name) => name.endsWith('.mdx'));
  expect(documents.length).toBeGreaterThan(0);
  for (const name of documents.slice(0, 5)) {
    const id = name.replace(/\.mdx$/, '');
    expect(dataStore).toContain(id);
    // The body's longest line: policy text, in no front-matter field.
    const body = readFileSync(path.join(root, 'content', 'documents', name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const line = body.split('\n').sort((a, b) => b.length - a.length)[0];
    expect(line.length).toBeGreaterThan(40);
    expect(dataStore).not.toContain(JSON.stringify(line).slice(1, -1));
  }
  const long = realMeasures()
    .filter((m) => m.text.length > 60)
    .slice(0, 5);
  expect(long.length).toBeGreaterThan(0);
  for (const measure of long) expect(dataStore).not.toContain(JSON.stringify(measure.text).slice(1, -1));
});
