// The six .astro components, rendered with Astro's container API: the whole
// figure as a page gets it (HTML snapshots), the SVG inside being exactly what
// svg.ts writes for the same props (the components are thin wrappers), the
// accessible structure, and an axe-core check in Chromium. One file for all
// six so the Vite server behind the container starts once per test run.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { layoutDatedShare } from '../../src/charts/dated-share.ts';
import { layoutDeadlineTimeline } from '../../src/charts/deadline-timeline.ts';
import type { ChartLayout } from '../../src/charts/layout.ts';
import { layoutMultiYearTargets } from '../../src/charts/multi-year-targets.ts';
import { layoutReformTimeline } from '../../src/charts/reform-timeline.ts';
import { toSvg } from '../../src/charts/svg.ts';
import { layoutTargetComparison } from '../../src/charts/target-comparison.ts';
import { layoutThemeHeatmap } from '../../src/charts/theme-heatmap.ts';
import type { ChartOptions } from '../../src/charts/types.ts';
import { launchBrowser, root } from '../e2e/harness.ts';
import { businessStartup, datedShare, deadlines, marketEntities, oneNetwork, themes } from './fixtures.ts';
import { renderChart } from './helpers/render.ts';
import { matchSnapshot } from './helpers/snapshot.ts';

interface Case {
  name: string;
  file: string;
  props: Record<string, unknown> & ChartOptions;
  /** The SVG svg.ts writes for the same input and options. */
  svg: () => string;
}

function chart<I extends object, R>(name: string, file: string, props: I & ChartOptions, layout: (input: I, options: ChartOptions) => ChartLayout<R>): Case {
  return { name, file, props: props as Record<string, unknown> & ChartOptions, svg: () => toSvg(layout(props, props)) };
}

const cases: Case[] = [
  chart('deadline-timeline', 'DeadlineTimeline.astro', { ...deadlines, id: 'deadlines' }, layoutDeadlineTimeline),
  chart('dated-share', 'DatedShare.astro', { ...datedShare, id: 'dated-share', csvHref: '/data/dated-share.csv' }, layoutDatedShare),
  chart('target-comparison', 'TargetComparison.astro', { ...businessStartup, id: 'startup', heading: 'h3' }, layoutTargetComparison),
  chart('multi-year-targets', 'MultiYearTargets.astro', { ...marketEntities, id: 'market-entities' }, layoutMultiYearTargets),
  chart('theme-heatmap', 'ThemeHeatmap.astro', { ...themes, id: 'themes' }, layoutThemeHeatmap),
  chart('reform-timeline', 'ReformTimeline.astro', { ...oneNetwork, id: 'one-network' }, layoutReformTimeline),
];

const rendered = new Map<string, string>();
beforeAll(async () => {
  for (const c of cases) rendered.set(c.name, await renderChart(c.file, c.props));
});

describe.each(cases)('$file', ({ name, props, svg }) => {
  test('HTML snapshot', () => {
    matchSnapshot(name, 'html', rendered.get(name)!);
  });

  test('the SVG is svg.ts output for the same props', () => {
    expect(rendered.get(name)).toContain(svg());
  });

  test('title, summary, accessible name and a data table', () => {
    const html = rendered.get(name)!;
    const id = props.id!;
    expect(html).toMatch(new RegExp(`<figure class="chart chart--${name}" id="${id}" aria-labelledby="${id}-title">`));
    expect(html).toMatch(
      new RegExp(
        `<figcaption><(p|h3) class="chart__title" id="${id}-title">[^<]+</(p|h3)><p class="chart__summary" id="${id}-summary">[^<]+。</p></figcaption>`,
      ),
    );
    expect(html).toContain(`aria-labelledby="${id}-title ${id}-summary"`);
    // The table's box scrolls sideways from the keyboard too: focusable, a named region.
    expect(html).toMatch(
      /<details class="chart__data"><summary>查看数据表<\/summary><section class="chart__table-wrap" tabindex="0" aria-label="[^"]+（数据表，可左右滚动）"><table><caption>[^<]+<\/caption><thead>/,
    );
  });
});

test('charts with links are groups, the others focusable images', () => {
  expect(rendered.get('target-comparison')).toMatch(/<svg[^>]*role="group"/);
  expect(rendered.get('deadline-timeline')).toMatch(/<svg[^>]*role="img"[^>]*tabindex="0"/);
});

test('options reach the markup: heading level, CSV link, notes, patterns', () => {
  expect(rendered.get('target-comparison')).toContain('<h3 class="chart__title" id="startup-title">企业开办时间目标比较</h3>');
  expect(rendered.get('dated-share')).toContain('<a href="/data/dated-share.csv" download>下载 CSV</a>');
  expect(rendered.get('reform-timeline')).toContain('<p class="chart__note-heading">未注明成文日期的文件（未画入时间轴）</p>');
  expect(rendered.get('theme-heatmap')).toContain('<pattern id="themes-no-documents"');
});

describe('accessibility', () => {
  const require = createRequire(import.meta.url);
  const browser = launchBrowser();
  afterAll(async () => (await browser).close());

  test('no axe-core violations, wide and narrow, data tables open', async () => {
    const siteCss = readFileSync(path.join(root, 'src/styles/global.css'), 'utf8');
    const figure = readFileSync(path.join(root, 'src/charts/ChartFigure.astro'), 'utf8');
    const chartCss = figure.slice(figure.indexOf('<style is:global>') + '<style is:global>'.length, figure.indexOf('</style>'));
    const body = [...rendered.values()].join('').replaceAll('<details class="chart__data">', '<details class="chart__data" open>');
    const page = await (await browser).newPage({ viewport: { width: 1000, height: 800 } });
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>图表</title><style>${siteCss}${chartCss}</style></head><body><main class="page"><h1>图表</h1><h2>示例</h2>${body}</main></body></html>`,
    );
    await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    for (const width of [1000, 360]) {
      await page.setViewportSize({ width, height: 800 });
      const violations = await page.evaluate(async () => {
        type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
        const axe = (window as unknown as { axe: { run: (context: Document) => Promise<Result> } }).axe;
        const result = await axe.run(document);
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, `at ${width}px`).toEqual([]);
    }
    await page.close();
  });
});
