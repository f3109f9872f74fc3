// The synthetic corpus: copies that still read as the five layouts, with
// the shares of measures with bodies, deadlines and targets the real corpus
// has, and that differ from it as other cities' plans would — not copies a
// compressor or Pagefind folds away.
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate.ts';
import { hanRuns } from '../../scripts/build-site/analysis/tokens.ts';
import { readSources } from '../../scripts/build-site/converter/io/read.ts';
import { convert, type Conversion } from '../../scripts/build-site/converter/pipeline.ts';
import { bodies, themes } from '../../scripts/eval/corpus.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = path.join(root, 'tmp', 'generate-test');
const SCALE = 3;
let real: Conversion;
let synthetic: Conversion;

async function convertFolder(dir: string): Promise<Conversion> {
  const read = await readSources(dir, dir);
  return convert(read.sources, read.manifest, { themes, bodies });
}

beforeAll(async () => {
  await mkdir(work, { recursive: true });
  await generateCorpus({ scale: SCALE, seed: 7, sources: path.join(root, 'sources'), out: path.join(work, 'a') });
  real = await convertFolder(path.join(root, 'sources'));
  synthetic = await convertFolder(path.join(work, 'a'));
}, 120_000);

afterAll(() => rm(work, { recursive: true, force: true }));

const measuresOf = (c: Conversion) => c.documents.flatMap((d) => d.measures);
const copyOf = (file: string) => /-(\d{3})\.\w+$/.exec(file)?.[1] ?? '000';

describe('the generated corpus converts as the real one does', () => {
  test('with no error', () => {
    expect(synthetic.diagnostics.filter((d) => d.fatal)).toEqual([]);
  });

  test('every copy holds the documents of every layout', () => {
    const byCopy = Map.groupBy(synthetic.documents, (d) => copyOf(d.document.source.file));
    expect(byCopy.size).toBe(SCALE);
    for (const [copy, docs] of byCopy) expect(docs.length, `copy ${copy}`).toBe(real.documents.length);
  });

  test('measures per copy, and shares with bodies, deadlines and targets, stay near the real corpus', () => {
    const share = (c: Conversion, has: (m: ReturnType<typeof measuresOf>[number]) => boolean) => measuresOf(c).filter(has).length / measuresOf(c).length;
    const checks: [string, (m: ReturnType<typeof measuresOf>[number]) => boolean][] = [
      ['lead body', (m) => m.bodies.some((b) => b.role === 'lead')],
      ['any body', (m) => m.bodies.length > 0],
      ['deadline', (m) => m.deadline !== null],
      ['dated deadline', (m) => Boolean(m.deadline?.date)],
      ['target', (m) => m.targets.length > 0],
    ];
    for (const [name, has] of checks) expect(Math.abs(share(synthetic, has) - share(real, has)), name).toBeLessThan(0.05);
    const perCopy = measuresOf(synthetic).length / SCALE / measuresOf(real).length;
    expect(perCopy).toBeGreaterThan(0.8);
    expect(perCopy).toBeLessThan(1.2);
  });

  test('copies are placed across the country, not only in the Northwest', () => {
    const provinces = new Set(synthetic.documents.filter((d) => copyOf(d.document.source.file) !== '000').map((d) => d.document.province));
    expect([...provinces].filter((p) => !['陕西', '宁夏', '甘肃', '青海', '新疆', '四川'].includes(p)).length).toBeGreaterThanOrEqual(4);
  });
});

describe('copies differ as other cities’ plans do', () => {
  test('most copied measures read differently from every real one', () => {
    const key = (text: string) => hanRuns(text).join('|');
    const realTexts = new Set(measuresOf(real).map((m) => key(m.text)));
    const copies = measuresOf(synthetic).filter((m) => copyOf(m.source.file) !== '000');
    const unchanged = copies.filter((m) => realTexts.has(key(m.text))).length / copies.length;
    expect(unchanged).toBeLessThan(0.35);
  });

  test('a compressor that sees the whole corpus cannot fold the copies away', async () => {
    // Brotli with a 16 MB window sees every copy beside the original: copied
    // text costs it next to nothing, new text costs what text costs.
    const compressed = (data: Buffer) =>
      brotliCompressSync(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_LARGE_WINDOW]: 1 },
      }).length;
    const texts = async (dir: string) =>
      Promise.all(
        (await readdir(dir))
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => readFile(path.join(dir, f))),
      );
    const original = Buffer.concat(await texts(path.join(root, 'sources')));
    const generated = Buffer.concat(await texts(path.join(work, 'a')));
    const verbatim = Buffer.concat(Array.from({ length: SCALE }, () => original));
    // What each copy adds, as a share of the original's compressed size.
    const added = (data: Buffer) => (compressed(data) / compressed(original) - 1) / (SCALE - 1);
    expect(added(verbatim)).toBeLessThan(0.02);
    expect(added(generated)).toBeGreaterThan(0.15);
  });
});

describe('the generator is deterministic', () => {
  test('the same seed gives the same bytes, another seed other bytes', async () => {
    await generateCorpus({ scale: 2, seed: 7, sources: path.join(root, 'sources'), out: path.join(work, 'b') });
    await generateCorpus({ scale: 2, seed: 8, sources: path.join(root, 'sources'), out: path.join(work, 'c') });
    const file = '002_041f23564040a89e-001.txt';
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((dir) => readFile(path.join(work, dir, file), 'utf8')));
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });
});
