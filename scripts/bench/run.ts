// npm run bench [-- --scales 1,10,100 --seed 1 --work DIR --no-formats]
// The whole build at growing corpus sizes, phase by phase: the converter
// (throughput), Astro, Pagefind, each with wall time and the peak memory of
// its process tree; then what it made (pages, dist/ and index sizes, the
// largest page) and what a reader pays for a first search in Chromium; then
// an incremental rebuild after one source changes. Ends with the growth
// ratio of each figure between the smallest and largest corpus, against the
// goals of issue #6. Then the converter's throughput per source format
// (formats.ts: text, PDF, Word, Excel, web page; a 100-page PDF against the
// 5 s goal of issue #13). Prints figures; gates nothing (machines here are shared).
import { appendFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Progress } from '../build-site/progress.ts';
import { generateCorpus } from './generate.ts';
import { runMeasured, type RunFigures } from './process-tree.ts';
import { siteFigures } from './site-figures.ts';
import { firstSearchBytes } from './first-search.ts';
import { benchFormats, printFormats, type FormatRow } from './formats.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,10,100' },
    seed: { type: 'string', default: '1' },
    work: { type: 'string', default: path.join(os.tmpdir(), 'yingshang-bench') },
    query: { type: 'string', default: '带押过户' },
    keep: { type: 'boolean', default: false },
    formats: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const scales = values
  .scales!.split(',')
  .map(Number)
  .filter((n) => n >= 1);
const work = path.resolve(values.work!);
const node = process.execPath;
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

interface Row {
  scale: number;
  sourceMb: number;
  documents: number;
  measures: number;
  converterMs: number;
  converterMbPerS: number;
  ingest: RunFigures;
  astro: RunFigures;
  pagefind: RunFigures;
  buildMs: number;
  buildPeakMb: number | null;
  pages: number;
  distMb: number;
  indexMb: number;
  largestPage: { url: string; kb: number };
  pagesOver1Mb: number;
  firstQueryKb: number | null;
  /** The same requests as files on disk, before the host's gzip. */
  firstQueryFileKb: number | null;
  incrementalMs: number;
  incrementalReused: string;
}

function check(run: RunFigures, what: string): RunFigures {
  if (run.status !== 0) {
    console.error(run.stdout.slice(-4000));
    console.error(run.stderr.slice(-4000));
    throw new Error(`${what} failed with exit status ${run.status} after ${seconds(run.ms)} at peak ${mb(run.peakMb)}`);
  }
  return run;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (n: number | null) => (n === null ? 'n/a' : `${n} MB`);

/** Phases of one scale, as `phase` announces them; each costs about its scale in work, which is what the time left assumes. */
const PHASES = ['generating corpus', 'converting', 'astro build', 'search index', 'first search in Chromium', 'incremental ingest'];
let progress: Progress | undefined;
let progressDone = 0;
let phasesDone = 0;
let current: { scale: number } | undefined;

/** Announces a phase (ends the one before), on the live progress line at a terminal, as a plain line elsewhere. */
function phase(scale: number, name: string) {
  if (current) {
    progressDone += current.scale;
    phasesDone += 1;
  }
  current = name === 'done' ? undefined : { scale };
  if (name !== 'done') progress!.log(`[bench ×${scale}] ${name}`, progressDone);
  else progress!.update(progressDone);
}

async function benchScale(scale: number): Promise<Row> {
  const dir = path.join(work, `x${scale}`);
  const corpus = path.join(dir, 'sources');
  const content = path.join(dir, 'content');
  const dist = path.join(dir, 'dist');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  phase(scale, 'generating corpus');
  // 1× is the real corpus itself; larger ones are generated (not timed).
  if (scale === 1) await cp(path.join(root, 'sources'), corpus, { recursive: true });
  else await generateCorpus({ scale, seed: Number(values.seed), sources: path.join(root, 'sources'), out: corpus });

  const timings = path.join(dir, 'ingest-timings.json');
  const env = { POLICY_CONTENT_DIR: content, POLICY_CACHE_DIR: path.join(dir, 'astro-cache') };
  phase(scale, 'converting');
  const ingest = check(
    await runMeasured(
      node,
      ['--max-semi-space-size=64', 'scripts/build-site/ingest.ts', '--sources', corpus, '--out', content, '--timings', timings, '--quiet'],
      {
        cwd: root,
      },
    ),
    'ingest',
  );
  const figures = JSON.parse(await readFile(timings, 'utf8'));
  phase(scale, 'astro build');
  const site = check(await runMeasured(node, [astro, 'build', '--outDir', dist], { cwd: root, env }), 'astro build');
  phase(scale, 'search index');
  const pagefind = check(await runMeasured(node, ['scripts/build-site/search/build-index.ts', '--site', dist], { cwd: root }), 'search index');
  const made = siteFigures(dist);
  phase(scale, 'first search in Chromium');
  const firstQuery = await firstSearchBytes(dist, values.query!).catch((error: Error) => {
    console.error(`[bench ×${scale}] first search not measured: ${error.message}`);
    return null;
  });

  // Incremental: one source file changes (a line appended), the rest reuse the cache.
  phase(scale, 'incremental ingest');
  const manifest = JSON.parse(await readFile(path.join(corpus, 'manifest.json'), 'utf8')) as { files: { file: string; layout: string }[] };
  const changed = manifest.files.find((f) => f.layout === 'web-notice') ?? manifest.files[0];
  await appendFile(path.join(corpus, changed.file), '\n附件：基准测试追加的一行。\n');
  const incremental = check(
    await runMeasured(
      node,
      ['--max-semi-space-size=64', 'scripts/build-site/ingest.ts', '--sources', corpus, '--out', content, '--timings', timings, '--quiet'],
      {
        cwd: root,
      },
    ),
    'incremental ingest',
  );
  const again = JSON.parse(await readFile(timings, 'utf8'));

  const row: Row = {
    scale,
    sourceMb: figures.bytes / 1e6,
    documents: figures.documents,
    measures: figures.measures,
    converterMs: figures.convertMs,
    converterMbPerS: figures.bytes / 1e6 / (figures.convertMs / 1000),
    ingest,
    astro: site,
    pagefind,
    buildMs: ingest.ms + site.ms + pagefind.ms,
    buildPeakMb: [ingest.peakMb, site.peakMb, pagefind.peakMb].every((n) => n !== null) ? Math.max(ingest.peakMb!, site.peakMb!, pagefind.peakMb!) : null,
    pages: made.pages,
    distMb: made.distBytes / 1e6,
    indexMb: made.indexBytes / 1e6,
    largestPage: { url: made.largest.url, kb: made.largest.bytes / 1024 },
    pagesOver1Mb: made.over1Mb,
    firstQueryKb: firstQuery === null ? null : firstQuery.total / 1024,
    firstQueryFileKb: firstQuery === null ? null : firstQuery.fileTotal / 1024,
    incrementalMs: incremental.ms,
    incrementalReused: `${again.files - again.convertedFiles}/${again.files}`,
  };
  if (!values.keep) await rm(path.join(dir, 'dist'), { recursive: true, force: true });
  phase(scale, 'done');
  return row;
}

function printTable(rows: Row[]) {
  const lines: [string, (r: Row) => string][] = [
    ['sources', (r) => `${r.sourceMb.toFixed(1)} MB`],
    ['documents · measures', (r) => `${r.documents} · ${r.measures}`],
    ['converter', (r) => `${seconds(r.converterMs)} (${r.converterMbPerS.toFixed(2)} MB/s)`],
    ['ingest (convert+analyse+emit)', (r) => `${seconds(r.ingest.ms)} · ${mb(r.ingest.peakMb)}`],
    ['astro build', (r) => `${seconds(r.astro.ms)} · ${mb(r.astro.peakMb)}`],
    ['search index', (r) => `${seconds(r.pagefind.ms)} · ${mb(r.pagefind.peakMb)}`],
    ['full build', (r) => `${seconds(r.buildMs)} · peak ${mb(r.buildPeakMb)}`],
    ['pages (HTML)', (r) => String(r.pages)],
    ['dist/', (r) => `${r.distMb.toFixed(1)} MB`],
    ['search index (dist/pagefind)', (r) => `${r.indexMb.toFixed(1)} MB`],
    ['largest page', (r) => `${r.largestPage.kb.toFixed(0)} kB ${r.largestPage.url}`],
    ['pages over 1 MB', (r) => String(r.pagesOver1Mb)],
    ['first query (gzip · files)', (r) => (r.firstQueryKb === null ? 'n/a' : `${r.firstQueryKb.toFixed(1)} kB · ${r.firstQueryFileKb!.toFixed(1)} kB`)],
    ['incremental ingest (1 file changed)', (r) => `${seconds(r.incrementalMs)} (${r.incrementalReused} files reused)`],
  ];
  const width = Math.max(...lines.map(([l]) => l.length));
  // Each column as wide as its longest cell (page URLs grow with the corpus).
  const columns = rows.map((r) => Math.max(...lines.map(([, cell]) => cell(r).length)) + 2);
  console.log(`\n${''.padEnd(width)}  ${rows.map((r, i) => `×${r.scale}`.padEnd(columns[i])).join('')}`);
  for (const [label, cell] of lines) console.log(`${label.padEnd(width)}  ${rows.map((r, i) => cell(r).padEnd(columns[i])).join('')}`);
}

function printRatios(rows: Row[]) {
  if (rows.length < 2) return;
  const [a, b] = [rows[0], rows.at(-1)!];
  const corpus = b.sourceMb / a.sourceMb;
  const ratio = (x: number | null, y: number | null) => (x && y ? (y / x).toFixed(1) : 'n/a');
  console.log(`\ngrowth ×${b.scale}/×${a.scale} (corpus grew ${corpus.toFixed(1)}×)`);
  const items: [string, number | null, number | null, string][] = [
    ['converter time', a.converterMs, b.converterMs, ''],
    [
      'full build time',
      a.buildMs,
      b.buildMs,
      `goal ≤ ${corpus.toFixed(0)} and ≤ 600 s: ${b.buildMs <= 600_000 && b.buildMs / a.buildMs <= corpus ? 'held' : 'MISSED'}`,
    ],
    [
      'peak memory',
      a.buildPeakMb,
      b.buildPeakMb,
      `goal ≤ ${corpus.toFixed(0)} and ≤ 4096 MB: ${b.buildPeakMb !== null && b.buildPeakMb <= 4096 ? 'held' : 'MISSED'}`,
    ],
    ['pages', a.pages, b.pages, ''],
    ['dist/ size', a.distMb, b.distMb, ''],
    ['index size', a.indexMb, b.indexMb, ''],
    ['first query bytes', a.firstQueryKb, b.firstQueryKb, `goal < 150 kB: ${b.firstQueryKb !== null && b.firstQueryKb < 150 ? 'held' : 'MISSED'}`],
    ['incremental ingest', a.incrementalMs, b.incrementalMs, ''],
  ];
  for (const [label, x, y, goal] of items) console.log(`  ${label.padEnd(20)} ${ratio(x, y).padStart(7)}×  ${goal}`);
  console.log(`  converter throughput at ×${b.scale}: ${b.converterMbPerS.toFixed(2)} MB/s (goal ≥ 20 MB/s: ${b.converterMbPerS >= 20 ? 'held' : 'MISSED'})`);
  console.log(`  pages over 1 MB at ×${b.scale}: ${b.pagesOver1Mb} (goal 0: ${b.pagesOver1Mb === 0 ? 'held' : 'MISSED'})`);
}

await mkdir(work, { recursive: true });
console.log(
  `[bench] scales ${scales.map((s) => `×${s}`).join(', ')} · seed ${values.seed} · work ${work} · ${os.cpus().length} CPUs · Node ${process.version}`,
);
const totalWork = scales.reduce((n, s) => n + s, 0) * PHASES.length;
progress = new Progress({ label: '[bench]', total: totalWork, count: () => `${phasesDone}/${scales.length * PHASES.length} phases` });
const rows: Row[] = [];
// A scale that fails (out of memory, say) is reported with what it cost, and
// the scales that finished still get their table and ratios.
let failed = false;
for (const scale of scales) {
  try {
    rows.push(await benchScale(scale));
  } catch (error) {
    console.error(`[bench ×${scale}] ${(error as Error).message}`);
    failed = true;
    break;
  }
  progress.finish();
  printTable(rows);
}
printRatios(rows);
let formats: FormatRow[] = [];
if (values.formats) {
  console.log('[bench] converter by format');
  try {
    formats = await benchFormats(work);
    printFormats(formats);
  } catch (error) {
    console.error(`[bench] formats not measured: ${(error as Error).message}`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
const resultsFile = path.join(work, 'results.json');
const scaleFigures = rows.map(({ ingest, astro: a, pagefind, ...r }) => ({
  ...r,
  ingest: { ms: ingest.ms, peakMb: ingest.peakMb },
  astro: { ms: a.ms, peakMb: a.peakMb },
  pagefind: { ms: pagefind.ms, peakMb: pagefind.peakMb },
}));
await writeFile(resultsFile, `${JSON.stringify({ scales: scaleFigures, formats }, null, 2)}\n`);
console.log(`\n[bench] figures written to ${resultsFile}${existsSync(work) ? '' : ''}`);
