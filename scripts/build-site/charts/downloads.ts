// Every chart of the built site as an SVG and a PNG file beside its page
// (`<page>/<chart id>.svg|.png`, the addresses ChartFigure.astro links to),
// written after Astro has written the pages: an integration in
// astro.config.mjs, so every `astro build` — the benchmark's and the
// reproducibility test's too — has them. Each file depends on its chart
// alone, so two builds write the same bytes whichever thread drew it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { CHART_SOURCE, exportSvg } from '../../../src/charts/export.ts';
import { filesUnder } from '../../site/pages.ts';
import { canonicalOf, FIGURE_START, pageCharts } from './extract.ts';
import { type ChartFonts, loadChartFonts } from './fonts.ts';
import { chartPng } from './png.ts';

export interface DownloadsSummary {
  pages: number;
  charts: number;
  bytes: number;
  /** Charts whose text the font cannot draw, with the characters it lacks. */
  problems: string[];
}

/** Writes the downloads of the charts on these pages (paths inside dist/); pages without a chart are skipped. */
export function writePages(dist: string, files: string[], fonts: ChartFonts): DownloadsSummary {
  const summary: DownloadsSummary = { pages: 0, charts: 0, bytes: 0, problems: [] };
  for (const file of files) {
    const html = readFileSync(path.join(dist, file), 'utf8');
    if (!html.includes(FIGURE_START)) continue;
    const canonical = canonicalOf(html);
    if (!canonical) throw new Error(`${file}: a page with charts has no <link rel="canonical"> (Base.astro writes one)`);
    summary.pages += 1;
    const dir = path.join(dist, path.dirname(file));
    mkdirSync(dir, { recursive: true });
    for (const chart of pageCharts(html, new URL(canonical).origin)) {
      const svg = exportSvg({ ...chart, source: `${CHART_SOURCE} · ${canonical}` });
      const { png, missing } = chartPng(svg, fonts);
      const lacks = missing.map((c) => `“${c}” (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`);
      if (lacks.length) summary.problems.push(`${file} #${chart.id}: ${fonts.files[0]} has no glyph for ${lacks.join(', ')}`);
      writeFileSync(path.join(dir, `${chart.id}.svg`), svg);
      writeFileSync(path.join(dir, `${chart.id}.png`), png);
      summary.charts += 1;
      summary.bytes += png.length + Buffer.byteLength(svg);
    }
  }
  return summary;
}

/** Below this many pages, starting threads (each loads the font and the renderer) costs more than it saves. */
const MIN_PARALLEL_PAGES = 2000;

function inWorker(dist: string, files: string[]): Promise<DownloadsSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./downloads-worker.ts', import.meta.url), { workerData: { dist, files } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`chart worker exited with code ${code}`)));
  });
}

/** Every chart of the site, pages dealt in turn to a thread per core on large sites; the files are the same either way. */
export async function writeChartDownloads(
  dist: string,
  fonts: ChartFonts = loadChartFonts(),
  threadCount?: number,
): Promise<DownloadsSummary & { ms: number; threads: number }> {
  const started = performance.now();
  const files = filesUnder(dist).filter((f) => f.endsWith('.html'));
  const threads = threadCount ?? (files.length < MIN_PARALLEL_PAGES ? 1 : os.availableParallelism());
  const results =
    threads === 1
      ? [writePages(dist, files, fonts)]
      : await Promise.all(
          Array.from({ length: threads }, (_, t) =>
            inWorker(
              dist,
              files.filter((_, i) => i % threads === t),
            ),
          ),
        );
  const problems = results.flatMap((r) => r.problems).sort();
  if (problems.length) {
    throw new Error(
      `chart PNGs would show empty boxes where the font lacks a character:\n  ${problems.join('\n  ')}\n` +
        'Set POLICY_CJK_FONT to a font that covers them (Debian: fonts-noto-cjk).',
    );
  }
  const sum = (key: 'pages' | 'charts' | 'bytes') => results.reduce((n, r) => n + r[key], 0);
  return { pages: sum('pages'), charts: sum('charts'), bytes: sum('bytes'), problems, ms: performance.now() - started, threads };
}

export function chartDownloads(): AstroIntegration {
  let fonts: ChartFonts | undefined;
  return {
    name: 'chart-downloads',
    hooks: {
      // The font is looked for first, so a machine without it fails in a second, not after rendering every page.
      'astro:build:start': () => {
        fonts = loadChartFonts();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const s = await writeChartDownloads(fileURLToPath(dir), fonts);
        const threads = s.threads > 1 ? ` on ${s.threads} threads` : '';
        logger.info(`${s.charts} charts on ${s.pages} pages → SVG and PNG (${(s.bytes / 1048576).toFixed(1)} MB) in ${(s.ms / 1000).toFixed(1)} s${threads}`);
      },
    },
  };
}
