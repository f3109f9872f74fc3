// The incremental ingest writes what a run from nothing writes. A generated
// corpus is ingested once; then, change after change (a line appended, a
// measure reworded, a file removed, a file added), the incremental run's
// content folder is compared, file by file and byte for byte, with a fresh
// ingest of the same sources without any cache. Each incremental run must
// also have converted only the file that changed.
import { execFileSync } from 'node:child_process';
import { appendFile, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = path.join(root, 'tmp', 'incremental-test');
const sources = path.join(work, 'sources');
const incremental = path.join(work, 'incremental');

function ingest(out: string, ...args: string[]): { convertedFiles: number; documentsWritten: number; analysisWork: { full: boolean } } {
  const timings = path.join(work, `timings-${path.basename(out)}.json`);
  execFileSync(process.execPath, ['scripts/build-site/ingest.ts', '--sources', sources, '--out', out, '--timings', timings, '--quiet', ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return JSON.parse(execFileSync('cat', [timings], { encoding: 'utf8' }));
}

async function files(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && !path.relative(dir, path.join(e.parentPath, e.name)).startsWith('.cache'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Every file of two content folders (less the cache), listed where they differ. */
async function differences(a: string, b: string): Promise<string[]> {
  const [left, right] = [await files(a), await files(b)];
  const out = [
    ...left.filter((f) => !right.includes(f)).map((f) => `only in incremental: ${f}`),
    ...right.filter((f) => !left.includes(f)).map((f) => `only in fresh: ${f}`),
  ];
  for (const f of left.filter((x) => right.includes(x))) {
    if (!(await readFile(path.join(a, f))).equals(await readFile(path.join(b, f)))) out.push(`differs: ${f}`);
  }
  return out;
}

async function compareWithFresh(name: string): Promise<string[]> {
  const fresh = path.join(work, `fresh-${name}`);
  await rm(fresh, { recursive: true, force: true });
  ingest(fresh, '--no-cache');
  return differences(incremental, fresh);
}

beforeAll(async () => {
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  await generateCorpus({ scale: 2, seed: 3, sources: path.join(root, 'sources'), out: sources });
  ingest(incremental);
}, 120_000);

afterAll(() => rm(work, { recursive: true, force: true }));

describe('one changed file', () => {
  test('a line appended to a web page: only that file converted, content as a fresh run', async () => {
    await appendFile(path.join(sources, '001_af6200b503a588cd-001.txt'), '\n附件：增加的一行。\n');
    const run = ingest(incremental);
    expect(run.convertedFiles).toBe(1);
    expect(run.analysisWork.full).toBe(false);
    expect(await compareWithFresh('appended')).toEqual([]);
  }, 120_000);

  test('a measure reworded in the compilation', async () => {
    const file = path.join(sources, '002_041f23564040a89e-001.txt');
    const text = await readFile(file, 'utf8');
    const at = text.indexOf('营商环境', text.length / 2);
    await writeFile(file, `${text.slice(0, at)}发展环境${text.slice(at + 4)}`);
    const run = ingest(incremental);
    expect(run.convertedFiles).toBe(1);
    // A reworded measure moves similar lists and reform mentions elsewhere, but not the whole corpus:
    // fewer than half of the 84 generated documents (40 since stop 39's 具体举措 tasks became measures).
    expect(run.documentsWritten).toBeLessThan(42);
    expect(await compareWithFresh('reworded')).toEqual([]);
  }, 120_000);

  test('a file removed', async () => {
    await rm(path.join(sources, '004_0dfc650ab11cea2d-001.txt'));
    const run = ingest(incremental);
    expect(run.convertedFiles).toBe(0);
    expect(await compareWithFresh('removed')).toEqual([]);
  }, 120_000);

  test('a file added: another city’s plan', async () => {
    const manifestFile = path.join(sources, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
    const original = manifest.files.find((f: { file: string }) => f.file === '003_4811e9eeda5fc394.txt');
    manifest.files.push({ ...original, file: '003_4811e9eeda5fc394-new.txt', city: '吴忠市' });
    await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    const text = (await readFile(path.join(sources, original.file), 'utf8')).replaceAll('中卫', '吴忠');
    await writeFile(path.join(sources, '003_4811e9eeda5fc394-new.txt'), text);
    const run = ingest(incremental);
    expect(run.convertedFiles).toBe(1);
    expect(await compareWithFresh('added')).toEqual([]);
  }, 120_000);

  test('a file that duplicates a document of a later file: the copies numbered in file order, as one run numbers them', async () => {
    const manifestFile = path.join(sources, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
    const original = manifest.files.find((f: { file: string }) => f.file === '003_4811e9eeda5fc394.txt');
    // Sorts before the original: in one run it takes the plain id, and the original becomes …-2.
    manifest.files.push({ ...original, file: '003_0duplicate.txt' });
    await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    await cp(path.join(sources, original.file), path.join(sources, '003_0duplicate.txt'));
    ingest(incremental);
    expect(await compareWithFresh('duplicate')).toEqual([]);
    // …and removed again: the original, unchanged, takes its plain id back.
    await rm(path.join(sources, '003_0duplicate.txt'));
    ingest(incremental);
    expect(await compareWithFresh('duplicate-removed')).toEqual([]);
  }, 120_000);

  test('a cache copied from elsewhere and a state from an older corpus still give a fresh run’s content', async () => {
    // The state describes the corpus before the last change; the files it names are another folder's.
    const elsewhere = path.join(work, 'elsewhere');
    await cp(incremental, elsewhere, { recursive: true });
    await appendFile(path.join(sources, '000_1faee75da8939baa-001.txt'), '\n');
    ingest(elsewhere);
    const fresh = path.join(work, 'fresh-elsewhere');
    ingest(fresh, '--no-cache');
    expect(await differences(elsewhere, fresh)).toEqual([]);
  }, 120_000);
});
