// npm run bench [-- --scales 1,10,100 --seed 1 --work DIR --queries FILE --province NAME --no-formats --keep]
// The whole build at growing corpus sizes (generate.ts: copies that differ as
// real cities' plans do), phase by phase: the converter (throughput), Astro,
// the search index, each with wall time and the peak memory of its whole
// process tree; then what it made (pages, dist/, the search bundle by kind of
// file, the largest page, pages over 1 MB); then what a reader pays for a
// first search in Chromium — every query of the list, nationwide and scoped
// to one province, bytes by kind of file as median, p90 and max; then an
// incremental ingest after one source file changes. Ends with the growth of
// each figure between the smallest and the largest corpus and the goals of
// issue 14, then the converter's throughput per source format (formats.ts).
// Prints figures and writes them to <work>/results.json; gates nothing
// (machines here are shared).
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { QUERY_FILE, readQueries } from '../site/search-run.ts';
import { searchBytes, type SearchBytes, type Stats } from './first-search.ts';
import { benchFormats, printFormats, type FormatRow } from './formats.ts';
import { Progress } from '../build-site/progress.ts';
import { generateCorpus } from './generate.ts';
import { runMeasured, type RunFigures } from '../build-site/process-tree.ts';
import { siteFigures, type SiteFigures } from './site-figures.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,10,100' },
    seed: { type: 'string', default: '1' },
    work: { type: 'string', default: path.join(os.tmpdir(), 'yingshang-bench') },
    queries: { type: 'string', default: QUERY_FILE },
    // Province of the scoped first searches; by default each corpus's largest (the worst case).
    province: { type: 'string' },
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
/**
 * As `npm run build` runs astro build (package.json): the bundler's allocator
 * hands freed memory back at once, and the heap is held to 2 GB (README, “Scale”).
 */
const ASTRO_ENV = { MIMALLOC_PURGE_DELAY: '0' };
const ASTRO_NODE_ARGS = [`--max-old-space-size=${process.env.POLICY_ASTRO_HEAP_MB ?? '2048'}`];
const queries = readQueries(values.queries);

/** Issue 14's goals at 100×. */
const GOALS = {
  buildMs: 600_000,
  buildPeakMb: 4096,
  indexPeakMb: 2048,
  nationwideP90: 300 * 1024,
  provinceP90: 150 * 1024,
  incrementalMs: 10_000,
  pagesOver1Mb: 0,
};

type Phase = Pick<RunFigures, 'ms' | 'peakMb'>;

interface Row {
  scale: number;
  sourceBytes: number;
  files: number;
  documents: number;
  measures: number;
  converterMs: number;
  ingest: Phase;
  astro: Phase;
  /** The chart downloads (SVG and PNG of every chart), a step of its own after astro build. */
  charts: Phase;
  /** The measure downloads (/data/measures.json, .csv), streamed after astro build. */
  openData: Phase;
  searchIndex: Phase;
  /** The three steps above run side by side (page-steps.ts): their wall time together and the peak of all three trees at once. */
  pageSteps: Phase;
  build: { ms: number; peakMb: number | null };
  site: SiteFigures;
  firstQuery: SearchBytes | null;
  /** One line appended to a web page (its measures unchanged). */
  incremental: Incremental;
  /** One measure reworded in a compilation copy: its similarity group, and the transmissions and pages it touches, recomputed. */
  reworded: Incremental;
}

type Incremental = Phase & {
  convertedFiles: number;
  files: number;
  convertMs: number;
  analysisMs: number;
  analysis: Record<string, number>;
  work: { groupsRescored: number; pairsAligned: number };
  documentsWritten: number;
  emitMs: number;
  stateMs: number;
};

function check(run: RunFigures, what: string): Phase {
  if (run.status !== 0) {
    console.error(run.stdout.slice(-4000));
    console.error(run.stderr.slice(-4000));
    throw new Error(`${what} failed with exit status ${run.status} after ${seconds(run.ms)} at peak ${mb(run.peakMb)}`);
  }
  return { ms: run.ms, peakMb: run.peakMb };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (n: number | null) => (n === null ? 'n/a' : `${n} MB`);
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Phases of one scale, as `phase` announces them; each costs about its scale in work, which is what the time left assumes. */
const PHASES = [
  'generating corpus',
  'converting',
  'astro build',
  'chart downloads',
  'open data',
  'search index',
  'first search in Chromium',
  'incremental ingest',
  'incremental ingest',
];
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
  const ingestArgs = ['--max-semi-space-size=64', 'scripts/build-site/ingest.ts', '--sources', corpus, '--out', content, '--timings', timings, '--quiet'];
  const env = { POLICY_CONTENT_DIR: content, POLICY_CACHE_DIR: path.join(dir, 'astro-cache') };
  phase(scale, 'converting');
  const ingest = check(await runMeasured(node, ingestArgs, { cwd: root }), 'ingest');
  const figures = JSON.parse(await readFile(timings, 'utf8'));
  phase(scale, 'astro build');
  const site = check(
    await runMeasured(node, [...ASTRO_NODE_ARGS, astro, 'build', '--outDir', dist], { cwd: root, env: { ...env, ...ASTRO_ENV } }),
    'astro build',
  );
  phase(scale, 'chart downloads, open data and search index, side by side');
  // As `npm run build` runs them (page-steps.ts): one phase for the build's
  // time and peak, each step's own figures from the file it writes.
  const stepFile = path.join(dir, 'page-steps.json');
  const pageSteps = check(
    await runMeasured(node, ['scripts/build-site/page-steps.ts', '--site', dist, '--content', content, '--figures', stepFile], { cwd: root, env }),
    'page steps',
  );
  const steps = JSON.parse(await readFile(stepFile, 'utf8')) as Record<'charts' | 'open-data' | 'search', Phase>;
  const [charts, openData, index] = [steps.charts, steps['open-data'], steps.search];
  const made = siteFigures(dist);

  const provinces = JSON.parse(await readFile(path.join(content, 'provinces.json'), 'utf8')) as { name: string; documentCount: number }[];
  const province = values.province ?? [...provinces].sort((a, b) => b.documentCount - a.documentCount)[0]?.name ?? null;
  phase(scale, `first search in Chromium: ${queries.length} queries, nationwide and in ${province}`);
  const firstQuery = await searchBytes(dist, queries, province, (done) => {
    if (done % 20 === 0) progress!.log(`[bench ×${scale}]   ${done}/${queries.length}`, progressDone);
  }).catch((error: Error) => {
    console.error(`[bench ×${scale}] first search not measured: ${error.message}`);
    return null;
  });

  // Incremental: one source file changes, the rest reuse the cache. First a
  // line appended to a web page, then one measure reworded in the PDF text.
  const manifest = JSON.parse(await readFile(path.join(corpus, 'manifest.json'), 'utf8')) as { files: { file: string; layout: string }[] };
  const incremental = async (file: string, change: (text: string) => string, what: string): Promise<Incremental> => {
    const source = path.join(corpus, file);
    await writeFile(source, change(await readFile(source, 'utf8')));
    phase(scale, `incremental ingest (${what} in ${file})`);
    const run = check(await runMeasured(node, ingestArgs, { cwd: root }), 'incremental ingest');
    const t = JSON.parse(await readFile(timings, 'utf8'));
    return {
      ...run,
      convertedFiles: t.convertedFiles,
      files: t.files,
      convertMs: t.convertMs,
      analysisMs: t.analysisMs,
      analysis: t.analysis,
      work: t.analysisWork,
      documentsWritten: t.documentsWritten,
      emitMs: t.emitMs,
      stateMs: t.stateMs,
    };
  };
  const notice = manifest.files.findLast((f) => f.layout === 'web-notice') ?? manifest.files[0];
  const appended = await incremental(notice.file, (text) => `${text}\n附件：基准测试追加的一行。\n`, 'a line appended');
  const compilation = manifest.files.findLast((f) => f.layout === 'compilation') ?? manifest.files[0];
  const reworded = await incremental(compilation.file, rewordOneMeasure, 'a measure reworded');

  const peaks = [ingest.peakMb, site.peakMb, pageSteps.peakMb];
  const row: Row = {
    scale,
    sourceBytes: figures.bytes,
    files: figures.files,
    documents: figures.documents,
    measures: figures.measures,
    converterMs: figures.convertMs,
    ingest,
    astro: site,
    searchIndex: index,
    charts,
    openData,
    pageSteps,
    // Ingest, Astro and the page steps run one after another, so the build's peak is the largest phase's.
    build: { ms: ingest.ms + site.ms + pageSteps.ms, peakMb: peaks.every((n) => n !== null) ? Math.max(...(peaks as number[])) : null },
    site: made,
    firstQuery,
    incremental: appended,
    reworded,
  };
  if (!values.keep) await rm(dist, { recursive: true, force: true });
  phase(scale, 'done');
  return row;
}

const incrementalCell = (i: Incremental) =>
  `${seconds(i.ms)} · ${mb(i.peakMb)} (${i.convertedFiles}/${i.files} files converted: ${seconds(i.convertMs)}; analysis ${seconds(i.analysisMs)}: ${i.work.groupsRescored} similarity groups, ${i.work.pairsAligned} plan pairs; ${i.documentsWritten} documents emitted: ${seconds(i.emitMs)}; state ${seconds(i.stateMs)})`;

/** A Han character changed in a numbered item (15.深化…) past the middle of a PDF text: a measure's wording, nothing of the layout. */
function rewordOneMeasure(text: string): string {
  const lines = text.split('\n');
  for (let i = Math.floor(lines.length / 2); i < lines.length; i++) {
    const match = /^\d{1,2}\.\s*[\u4e00-\u9fff]{4}/.exec(lines[i]);
    if (!match) continue;
    const at = match[0].length - 1;
    lines[i] = `${lines[i].slice(0, at)}${lines[i][at] === '改' ? '变' : '改'}${lines[i].slice(at + 1)}`;
    return lines.join('\n');
  }
  throw new Error('no numbered item in the second half of the compilation copy');
}

const statCell = (s: Stats | undefined) => (s ? `${kB(s.median)} / ${kB(s.p90)} / ${kB(s.max)}` : 'n/a');

function printTable(rows: Row[]) {
  const q = (r: Row, scoped: boolean) => (scoped ? r.firstQuery?.scoped : r.firstQuery?.nationwide);
  const byKind = (scoped: boolean) => (r: Row) => {
    const s = q(r, scoped);
    if (!s) return 'n/a';
    return `runtime ${kB(s.runtime.p90)} · metadata ${kB(s.metadata.p90)} · manifest ${kB(s.manifest.p90)} · chunks ${kB(s.index.p90)} · fragments ${kB(s.fragments.p90)} · page ${kB(s.page.p90)}`;
  };
  const lines: [string, (r: Row) => string][] = [
    ['sources · files', (r) => `${MB(r.sourceBytes)} · ${r.files}`],
    ['documents · measures', (r) => `${r.documents} · ${r.measures}`],
    ['converter', (r) => `${seconds(r.converterMs)} (${(r.sourceBytes / 1e6 / (r.converterMs / 1000)).toFixed(2)} MB/s)`],
    ['ingest (convert+analyse+emit)', (r) => `${seconds(r.ingest.ms)} · ${mb(r.ingest.peakMb)}`],
    ['astro build', (r) => `${seconds(r.astro.ms)} · ${mb(r.astro.peakMb)}`],
    ['chart downloads (SVG, PNG)', (r) => `${seconds(r.charts.ms)} · ${mb(r.charts.peakMb)}`],
    ['open data (measures.json, .csv)', (r) => `${seconds(r.openData.ms)} · ${mb(r.openData.peakMb)}`],
    ['search indexing', (r) => `${seconds(r.searchIndex.ms)} · ${mb(r.searchIndex.peakMb)}`],
    ['the three side by side (page-steps)', (r) => `${seconds(r.pageSteps.ms)} · ${mb(r.pageSteps.peakMb)}`],
    ['full build (whole process tree)', (r) => `${seconds(r.build.ms)} · peak ${mb(r.build.peakMb)}`],
    ['pages (HTML) · dist/', (r) => `${r.site.pages} · ${MB(r.site.distBytes)}`],
    [
      'search bundle (files)',
      (r) => `${MB(r.site.indexBytes)}: chunks ${MB(r.site.search.index)} · fragments ${MB(r.site.search.fragments)} · metadata ${kB(r.site.search.metadata)}`,
    ],
    ['largest page · pages over 1 MB', (r) => `${kB(r.site.largest.bytes)} ${r.site.largest.url} · ${r.site.over1Mb}`],
    ['first query, nationwide (median / p90 / max)', (r) => statCell(q(r, false)?.total)],
    ['  p90 by kind', byKind(false)],
    [
      'first query, one province (median / p90 / max)',
      (r) => (r.firstQuery?.scoped ? `${statCell(r.firstQuery.scoped.total)} in ${r.firstQuery.province}` : 'n/a'),
    ],
    ['  p90 by kind', byKind(true)],
    ['incremental ingest, a line appended', (r) => incrementalCell(r.incremental)],
    ['incremental ingest, a measure reworded', (r) => incrementalCell(r.reworded)],
  ];
  const width = Math.max(...lines.map(([l]) => l.length));
  console.log('');
  for (const r of rows) {
    console.log(`×${r.scale}`);
    for (const [label, cell] of lines) console.log(`  ${label.padEnd(width)}  ${cell(r)}`);
  }
}

function printGoals(rows: Row[]) {
  const [a, b] = [rows[0], rows.at(-1)!];
  const ratio = (x: number | null | undefined, y: number | null | undefined) => (x && y ? `${(y / x).toFixed(1)}×` : 'n/a');
  const verdict = (value: number | null | undefined, goal: number, unit: (n: number) => string) =>
    value === null || value === undefined ? 'n/a' : `${unit(value)} (goal ≤ ${unit(goal)}: ${value <= goal ? 'held' : `MISSED by ${unit(value - goal)}`})`;
  console.log(
    `\ngoals of issue 14 at ×${b.scale}${rows.length > 1 ? `, and growth ×${b.scale}/×${a.scale} (corpus grew ${(b.sourceBytes / a.sourceBytes).toFixed(1)}×)` : ''}`,
  );
  const items: [string, string, string][] = [
    ['full build time', verdict(b.build.ms, GOALS.buildMs, seconds), ratio(a.build.ms, b.build.ms)],
    ['full build peak', verdict(b.build.peakMb, GOALS.buildPeakMb, (n) => `${Math.round(n)} MB`), ratio(a.build.peakMb, b.build.peakMb)],
    ['search indexing peak', verdict(b.searchIndex.peakMb, GOALS.indexPeakMb, (n) => `${Math.round(n)} MB`), ratio(a.searchIndex.peakMb, b.searchIndex.peakMb)],
    [
      'first query nationwide p90',
      verdict(b.firstQuery?.nationwide.total.p90, GOALS.nationwideP90, kB),
      ratio(a.firstQuery?.nationwide.total.p90, b.firstQuery?.nationwide.total.p90),
    ],
    [
      'first query one province p90',
      verdict(b.firstQuery?.scoped?.total.p90, GOALS.provinceP90, kB),
      ratio(a.firstQuery?.scoped?.total.p90, b.firstQuery?.scoped?.total.p90),
    ],
    ['incremental, a line appended', verdict(b.incremental.ms, GOALS.incrementalMs, seconds), ratio(a.incremental.ms, b.incremental.ms)],
    ['incremental, a measure reworded', verdict(b.reworded.ms, GOALS.incrementalMs, seconds), ratio(a.reworded.ms, b.reworded.ms)],
    [
      'pages over 1 MB',
      `${b.site.over1Mb} (goal 0: ${b.site.over1Mb === 0 ? 'held' : `MISSED: ${b.site.overBudget.map((p) => `${p.url} ${kB(p.bytes)}`).join(', ')}`})`,
      '',
    ],
    ['index chunks (files)', MB(b.site.search.index), ratio(a.site.search.index, b.site.search.index)],
  ];
  for (const [label, value, growth] of items) console.log(`  ${label.padEnd(32)} ${value}${growth ? `  · growth ${growth}` : ''}`);
}

await mkdir(work, { recursive: true });
console.log(
  `[bench] scales ${scales.map((s) => `×${s}`).join(', ')} · seed ${values.seed} · ${queries.length} queries from ${path.relative(root, values.queries!)} · work ${work} · ${os.cpus().length} CPUs · Node ${process.version}`,
);
const totalWork = scales.reduce((n, s) => n + s, 0) * PHASES.length;
progress = new Progress({ label: '[bench]', total: totalWork, count: () => `${phasesDone}/${scales.length * PHASES.length} phases` });
const rows: Row[] = [];
// A scale that fails (out of memory, say) is reported with what it cost, and
// the scales that finished still get their table and goals.
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
  printTable(rows.slice(-1));
}
if (rows.length) {
  printTable(rows);
  printGoals(rows);
}
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
await writeFile(resultsFile, `${JSON.stringify({ seed: Number(values.seed), queries: values.queries, goals: GOALS, scales: rows, formats }, null, 2)}\n`);
console.log(`\n[bench] figures written to ${resultsFile}`);
