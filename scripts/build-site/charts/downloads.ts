// Every chart of the built site as an SVG and a PNG file beside its page
// (`<page>/<chart id>.svg|.png`, the addresses ChartFigure.astro links to),
// written after Astro has written the pages: an integration in
// astro.config.mjs, so every `astro build` — the benchmark's and the
// reproducibility test's too — has them. Pages are read in name order, so
// two builds write the same bytes.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
  ms: number;
}

export function writeChartDownloads(dist: string, fonts: ChartFonts = loadChartFonts()): DownloadsSummary {
  const started = performance.now();
  const problems: string[] = [];
  const summary = { pages: 0, charts: 0, bytes: 0, ms: 0 };
  for (const file of filesUnder(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(path.join(dist, file), 'utf8');
    if (!html.includes(FIGURE_START)) continue;
    const canonical = canonicalOf(html);
    if (!canonical) throw new Error(`${file}: a page with charts has no <link rel="canonical"> (Base.astro writes one)`);
    const origin = new URL(canonical).origin;
    summary.pages += 1;
    const dir = path.join(dist, path.dirname(file));
    mkdirSync(dir, { recursive: true });
    for (const chart of pageCharts(html, origin)) {
      const svg = exportSvg({ ...chart, source: `${CHART_SOURCE} · ${canonical}` });
      const { png, missing } = chartPng(svg, fonts);
      if (missing.length)
        problems.push(
          `${file} #${chart.id}: ${fonts.files[0]} has no glyph for ${missing.map((c) => `“${c}” (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`).join(', ')}`,
        );
      writeFileSync(path.join(dir, `${chart.id}.svg`), svg);
      writeFileSync(path.join(dir, `${chart.id}.png`), png);
      summary.charts += 1;
      summary.bytes += statSync(path.join(dir, `${chart.id}.png`)).size + Buffer.byteLength(svg);
    }
  }
  if (problems.length) {
    throw new Error(
      `chart PNGs would show empty boxes where the font lacks a character:\n  ${problems.join('\n  ')}\n` +
        'Set POLICY_CJK_FONT to a font that covers them (Debian: fonts-noto-cjk).',
    );
  }
  summary.ms = performance.now() - started;
  return summary;
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
      'astro:build:done': ({ dir, logger }) => {
        const s = writeChartDownloads(fileURLToPath(dir), fonts);
        logger.info(`${s.charts} charts on ${s.pages} pages → SVG and PNG (${(s.bytes / 1048576).toFixed(1)} MB) in ${(s.ms / 1000).toFixed(1)} s`);
      },
    },
  };
}
