// Every chart of the built site as an SVG and a PNG file beside its page
// (`<page>/<chart id>.svg|.png`, the addresses ChartFigure.astro links to),
// written after Astro has written the pages, as a step of its own
// (write-downloads.ts, run by `npm run build` between `astro build` and the
// search index). Not inside Astro's process, as it was first: at 100× that
// process still holds the 5.5 GB it rendered 24,000 pages with, and the
// drawing added 1.2 GB on top of it. Each file depends on its chart alone, so
// two builds write the same bytes whichever thread drew it.
//
// The SVGs are written here; the PNGs are drawn in worker threads, a batch of
// charts per worker, one worker per core at a time. Not for speed alone:
// resvg-js keeps the memory of every image it draws until its thread ends
// (RSS grew 20 MB per render of the largest chart, with or without garbage
// collection), so a worker draws images up to a budget of pixels and ends,
// which bounds what the build holds whatever the size of the site. A worker
// costs its start (modules, the font, glyph outlines decoded afresh), so the
// budget is as large as memory allows rather than a few charts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { CHART_SOURCE, exportSvg } from '../../../src/charts/export.ts';
import { pagesUnder } from '../../site/pages.ts';
import { canonicalOf, FIGURE_START, pageCharts } from './extract.ts';
import { type ChartFonts, loadChartFonts } from './fonts.ts';
import { chartPng, PNG_SCALE } from './png.ts';

/** A PNG to draw: its standalone SVG, already written (inside dist/), and where the PNG goes. */
export interface PngJob {
  svgFile: string;
  file: string;
  /** Bytes of the image resvg holds while drawing it (width × height × 4 at the PNG's scale). */
  pixelBytes: number;
}

/** What a batch of PNGs came to: bytes written, and charts whose text the font cannot draw. */
export interface PngBatch {
  bytes: number;
  problems: string[];
}

/**
 * Image memory a worker may gather before it ends and hands it back. A
 * worker costs about 0.12 s to start; at 100× (12,900 charts, most 1.9
 * megapixels) 200 MB meant some 500 workers, a minute of CPU.
 */
const WORKER_PIXEL_BYTES = 400 * 1024 * 1024;

/** Draws and writes these PNGs (in a worker: see downloads-worker.ts). */
export async function drawPngs(dist: string, jobs: PngJob[], fonts: ChartFonts): Promise<PngBatch> {
  const batch: PngBatch = { bytes: 0, problems: [] };
  for (const job of jobs) {
    const { png, missing } = await chartPng(readFileSync(path.join(dist, job.svgFile), 'utf8'), fonts);
    const lacks = missing.map((c) => `“${c}” (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`);
    if (lacks.length) batch.problems.push(`${job.file}: ${fonts.files[0]} has no glyph for ${lacks.join(', ')}`);
    writeFileSync(path.join(dist, job.file), png);
    batch.bytes += png.length;
  }
  return batch;
}

function inWorker(dist: string, jobs: PngJob[]): Promise<PngBatch> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./downloads-worker.ts', import.meta.url), { workerData: { dist, jobs } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`chart worker exited with code ${code}`)));
  });
}

/** Jobs cut into batches of at most a worker's pixel budget, as they come. */
async function* batchesOf(jobs: Iterable<PngJob>): AsyncGenerator<PngJob[]> {
  let batch: PngJob[] = [];
  let held = 0;
  for (const job of jobs) {
    if (batch.length && held + job.pixelBytes > WORKER_PIXEL_BYTES) {
      yield batch;
      batch = [];
      held = 0;
    }
    batch.push(job);
    held += job.pixelBytes;
  }
  if (batch.length) yield batch;
}

/**
 * Runs the batches, `threads` at a time, taking each as soon as the scan of
 * the pages has filled it: at 100× reading the 24,000 pages takes some 20 s,
 * which the workers spend drawing instead of waiting.
 */
async function drawAll(dist: string, jobs: Iterable<PngJob>, threads: number): Promise<PngBatch[]> {
  const batches = batchesOf(jobs);
  const results: PngBatch[] = [];
  let taken = 0;
  const lane = async () => {
    // An async generator serves one next() at a time: lanes never take the same batch.
    for (let next = await batches.next(); !next.done; next = await batches.next()) {
      const i = taken++;
      results[i] = await inWorker(dist, next.value);
    }
  };
  await Promise.all(Array.from({ length: threads }, lane));
  return results;
}

export interface DownloadsSummary {
  pages: number;
  charts: number;
  bytes: number;
  ms: number;
  threads: number;
}

/** Every chart of the site: its SVG written at once, its PNG drawn by the workers. */
export async function writeChartDownloads(dist: string, threads = os.availableParallelism()): Promise<DownloadsSummary> {
  const started = performance.now();
  const summary = { pages: 0, charts: 0, bytes: 0 };
  // Pages are read as the workers ask for charts to draw; each SVG is written
  // at once and read back by its worker, so no chart's text is held.
  function* jobs(): Generator<PngJob> {
    for (const file of pagesUnder(dist)) {
      const html = readFileSync(path.join(dist, file), 'utf8');
      if (!html.includes(FIGURE_START)) continue;
      const canonical = canonicalOf(html);
      if (!canonical) throw new Error(`${file}: a page with charts has no <link rel="canonical"> (Base.astro writes one)`);
      summary.pages += 1;
      const dir = path.dirname(file);
      mkdirSync(path.join(dist, dir), { recursive: true });
      for (const chart of pageCharts(html, new URL(canonical).origin)) {
        const svg = exportSvg({ ...chart, source: `${CHART_SOURCE} · ${canonical}` });
        const svgFile = path.join(dir, `${chart.id}.svg`);
        writeFileSync(path.join(dist, svgFile), svg);
        summary.bytes += Buffer.byteLength(svg);
        summary.charts += 1;
        const [width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!.slice(1).map(Number) as [number, number];
        yield { svgFile, file: path.join(dir, `${chart.id}.png`), pixelBytes: width * height * 4 * PNG_SCALE ** 2 };
      }
    }
  }
  const drawn = await drawAll(dist, jobs(), threads);
  const problems = drawn.flatMap((b) => b.problems);
  if (problems.length) {
    throw new Error(
      `chart PNGs would show empty boxes where the font lacks a character:\n  ${problems.join('\n  ')}\n` +
        'Set POLICY_CJK_FONT to a font that covers them (Debian: fonts-noto-cjk).',
    );
  }
  const bytes = summary.bytes + drawn.reduce((n, b) => n + b.bytes, 0);
  return { pages: summary.pages, charts: summary.charts, bytes, ms: performance.now() - started, threads };
}

/**
 * Fails `astro build` in its first second on a machine without the chart
 * font, not after it has rendered every page and handed them to the chart step.
 */
export function chartFontCheck(): AstroIntegration {
  return {
    name: 'chart-font-check',
    hooks: {
      'astro:build:start': () => {
        loadChartFonts();
      },
    },
  };
}
