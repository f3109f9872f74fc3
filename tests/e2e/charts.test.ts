// The charts as a reader meets them in the built site, checked against the
// built content (content/, written by `npm run build`) rather than against
// ids that may change: the marks drawn must match the data behind them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { deadlineHorizon, targetComparison } from '../../src/charts/inputs.ts';
import { placeLabel } from '../../src/domain/titles.ts';
import { placesOf } from '../../src/domain/compare.ts';
import { quantitySlug, quantityTables } from '../../src/domain/quantities.ts';
import type { Metric, Reform } from '../../src/schemas/analysis.ts';
import type { PolicyDocument } from '../../src/schemas/document.ts';
import type { Measure } from '../../src/schemas/measure.ts';
import { axeViolations, dist, root, startSite, visit, type Site } from './harness.ts';

const content = path.join(root, 'content');
const json = <T>(file: string): T => JSON.parse(readFileSync(path.join(content, file), 'utf8')) as T;
const documents: PolicyDocument[] = readdirSync(path.join(content, 'documents')).map(
  (f) => parse(readFileSync(path.join(content, 'documents', f), 'utf8').split(/^---$/m)[1]!) as PolicyDocument,
);
const measures: Measure[] = readdirSync(path.join(content, 'measures')).flatMap((f) => json<Measure[]>(path.join('measures', f)));
const metrics = json<{ metrics: Metric[] }>('metrics.json').metrics;
const places = placesOf(json<{ name: string; slug: string }[]>('provinces.json'), documents);
const themes = [...new Set(metrics.map((m) => m.theme))].sort();
let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

const numbers = (texts: string[]) => texts.map((t) => Number(t.replace(/,/g, '')));

describe('a theme comparison page', () => {
  // The theme whose metrics give the most bars: the fullest comparison the data holds.
  const charted = themes
    .map((theme) => ({
      theme,
      charts: quantityTables(theme, metrics, places, measures)
        .map((t) => ({ t, c: targetComparison(t, (id) => placeLabel(places.find((p) => p.id === id)!)) }))
        .filter((x) => x.c),
    }))
    .sort((a, b) => b.charts.reduce((n, x) => n + x.c!.input.rows.length, 0) - a.charts.reduce((n, x) => n + x.c!.input.rows.length, 0))[0]!;

  test('draws one bar per target of its data table, lengths in proportion, the most ambitious marked', { timeout: 120_000 }, async () => {
    expect(charted.charts.length).toBeGreaterThan(0);
    const { page, errors } = await visit(site, `/compare/${charted.theme}/`);
    const figures = page.locator('figure.chart--target-comparison');
    expect(await figures.count()).toBe(charted.charts.length);
    for (const { t, c } of charted.charts) {
      const figure = page.locator(`#chart-target-${quantitySlug(t)}`);
      const bars = figure.locator('svg a');
      const rows = figure.locator('table tbody tr');
      expect(await bars.count()).toBe(c!.input.rows.length);
      expect(await rows.count()).toBe(c!.input.rows.length);
      // Bars and table rows in the same order, each bar linking where its row does.
      expect(await bars.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
        await rows.locator('td a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
      );
      const values = numbers(await rows.locator('td:nth-child(3)').allTextContents());
      const widths = await bars.locator('rect:not(.chart-hit)').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('width'))));
      // Bars start at zero: width is value times one scale (up to the layout's rounding to 0.01).
      const longest = widths.indexOf(Math.max(...widths));
      const scale = widths[longest]! / values[longest]!;
      for (let i = 0; i < values.length; i++) expect(Math.abs(widths[i]! - values[i]! * scale)).toBeLessThan(0.1);
      const lower = t.direction === 'lower-is-better';
      const best = lower ? Math.min(...values) : Math.max(...values);
      const marked = await rows.evaluateAll((trs) => trs.map((tr) => tr.textContent!.includes('最积极')));
      expect(marked).toEqual(values.map((v) => v === best));
      expect(await figure.locator('.chart__frame > svg').getAttribute('role')).toBe('group');
    }
    // A bar leads to the measure that states the target.
    const bar = page.locator(`#chart-target-${quantitySlug(charted.charts[0]!.t)} svg a`).first();
    const first = { href: (await bar.getAttribute('href'))! };
    expect(charted.charts[0]!.c!.input.rows.map((r) => r.href)).toContain(first.href);
    await bar.click();
    await page.waitForURL((u) => u.pathname === first.href.split('#')[0]);
    expect(await page.locator(`[id="${first.href.split('#')[1]}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test('has no serious or critical axe-core violations', { timeout: 60_000 }, async () => {
    const { page } = await visit(site, `/compare/${charted.theme}/`);
    expect((await axeViolations(page)).map((v) => `${v.id}: ${v.targets.slice(0, 3).join(', ')}`)).toEqual([]);
  });
});

describe('a reform page', () => {
  // The reform adopted most often among those with an undated adoption, so both paths are seen.
  const reform = json<Reform[]>('analysis/reforms.json')
    .filter((r) => r.adoptions.some((a) => !documents.find((d) => d.id === a.documentId)?.date))
    .sort((a, b) => b.adoptions.length - a.adoptions.length)[0]!;
  const dateOf = (a: Reform['adoptions'][number]) => documents.find((d) => d.id === a.documentId)!.date;

  test('draws one dot per dated adoption, in date order, and lists the undated ones under the chart', async () => {
    const dated = reform.adoptions.filter(dateOf).length;
    expect(dated).toBeGreaterThan(1);
    const { page, errors } = await visit(site, `/reforms/${reform.id}/`);
    const figure = page.locator('figure.chart--reform-timeline');
    expect(await figure.count()).toBe(1);
    expect(await figure.locator('.chart__frame svg circle').count()).toBe(dated);
    expect(await figure.locator('.chart__note li').count()).toBe(reform.adoptions.length - dated);
    expect(await figure.locator('table tbody tr').count()).toBe(reform.adoptions.length);
    // Left to right is earliest to latest: each dot's x follows the date its link names.
    const dots = await figure
      .locator('svg a')
      .evaluateAll((as) => as.map((a) => ({ label: a.getAttribute('aria-label')!, x: Number(a.querySelector('circle')!.getAttribute('cx')) })));
    const iso = (label: string) =>
      label
        .match(/(\d{4})年(\d+)月(\d+)日/)!
        .slice(1)
        .map((n) => n.padStart(2, '0'))
        .join('-');
    const sorted = dots.map((d) => ({ date: iso(d.label), x: d.x })).sort((a, b) => a.date.localeCompare(b.date) || a.x - b.x);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.x).toBeGreaterThanOrEqual(sorted[i - 1]!.x);
    expect(sorted.at(-1)!.x).toBeGreaterThan(sorted[0]!.x);
    const earliest = reform.adoptions
      .map(dateOf)
      .filter((d): d is string => Boolean(d))
      .sort()[0]!;
    expect(await figure.locator('.chart__summary').textContent()).toContain(earliest.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日'));
    expect(errors).toEqual([]);
  });

  test('has no serious or critical axe-core violations', { timeout: 60_000 }, async () => {
    const { page } = await visit(site, `/reforms/${reform.id}/`);
    expect((await axeViolations(page)).map((v) => `${v.id}: ${v.targets.slice(0, 3).join(', ')}`)).toEqual([]);
  });
});

describe('a chart’s image downloads', () => {
  test('save the PNG and the SVG under the chart’s title, as files of the right type', async () => {
    const { page, errors } = await visit(site, '/compare/');
    const title = (await page.locator('figure.chart .chart__title').first().textContent())!.trim();
    for (const format of ['PNG', 'SVG']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.chart__downloads a', { hasText: format }).first().click()]);
      expect(download.suggestedFilename()).toBe(`${title.replace(/[\\/:*?"<>|\s]+/g, '_')}.${format.toLowerCase()}`);
      const response = await page.request.get(download.url());
      expect(response.headers()['content-type']).toBe(format === 'PNG' ? 'image/png' : 'image/svg+xml');
    }
    expect(errors).toEqual([]);
  });
});

describe('the home page', () => {
  // Due by a date: a dated stage kept up after (…并长期坚持) is not, as 长期 is not.
  // A goal statement's year (二、发展目标: 到2025年) is not due, as a stage kept up after is not.
  const isDated = (m: Measure | undefined) => Boolean(m?.deadline?.date && !m.deadline.continues && !m.deadline.goal);
  const datedCount = measures.filter(isDated).length;
  // The charts count as the comparisons do: not an item restated row by row (the open data's restatedBy), nor another place's practice.
  const byId = new Map(measures.map((m) => [m.id, m]));
  const published: { id: string; restatedBy: string | null; practiceFrom?: string }[] = JSON.parse(
    readFileSync(path.join(dist, 'data', 'measures.json'), 'utf8'),
  );
  const once = published.filter((m) => !m.restatedBy && !m.practiceFrom).map((m) => byId.get(m.id)!);
  const datedOnce = once.filter(isDated).length;

  test('shows the deadline timeline: every dated promise counted once, split at the as-of date', async () => {
    const { page, errors } = await visit(site, '/');
    // Status is judged on the build day, which the footer states.
    const asOf = (await page.locator('footer time[data-status-date]').getAttribute('datetime'))!;
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const figure = page.locator('figure.chart--deadline-timeline');
    expect(await figure.count()).toBe(1);
    const rows = figure.locator('table tbody tr');
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    // A staged measure counts in its last stage's month; its earlier stages are rows of their own.
    const counts = numbers(cells.filter((c) => c[4] !== '阶段时限').map((c) => c[3]!));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(datedOnce);
    const stages = numbers(cells.filter((c) => c[4] === '阶段时限').map((c) => c[3]!)).reduce((a, b) => a + b, 0);
    const steps = (m: Measure) => [...m.deadline!.dates, ...(m.deadline!.textSteps ?? []).map((s) => s.date)];
    const earlier = once.filter(isDated).reduce((n, m) => n + new Set(steps(m).filter((d) => d < m.deadline!.date!)).size, 0);
    // A task kept up after its dated stage (…并长期坚持) has its stage drawn too, and is no measure due.
    const kept = once.filter((m) => m.deadline?.continues && !m.deadline.goal).reduce((n, m) => n + new Set(m.deadline!.dates).size, 0);
    expect(kept).toBeGreaterThan(0);
    expect(stages).toBe(earlier + kept);
    expect(stages).toBeGreaterThan(0);
    // The figures count measures as the library holds them; the caption says how many the charts count once.
    expect(await page.getByRole('list', { name: '收录概况' }).textContent()).toContain(`${datedCount}项有明确时限`);
    expect(await page.locator('.deadline-charts .lede').textContent()).toContain(`${measures.length - once.length} 项`);
    const month = (text: string) => text.replace(/^(\d+)年(\d+)月$/, (_, y, m) => `${y}-${m.padStart(2, '0')}`);
    for (const [, m, status] of cells) {
      if (month(m!) < asOf.slice(0, 7)) expect(status).toBe('已过期限');
      if (month(m!) > asOf.slice(0, 7)) expect(status).toBe('未到期限');
    }
    // One bar segment per row up to the horizon; rows beyond it are the note's items.
    const horizon = deadlineHorizon(asOf);
    const drawn = cells.filter(([, m]) => month(m!) <= horizon).length;
    expect(await figure.locator('.chart__frame svg rect:has(title)').count()).toBe(drawn);
    const later = new Set(cells.filter(([, m]) => month(m!) > horizon).map(([p, m]) => `${p}|${m}`)).size;
    expect(await figure.locator('.chart__note li').count()).toBe(later);
    expect(errors).toEqual([]);
  });

  test('shows the dated share of every province, totals adding up to all measures, a promise once', async () => {
    const { page } = await visit(site, '/');
    const rows = page.locator('figure.chart--dated-share table tbody tr');
    const provinces = json<{ name: string }[]>('provinces.json').map((p) => p.name);
    expect(await rows.locator('td:first-child').allTextContents()).toEqual(provinces);
    expect(numbers(await rows.locator('td:nth-child(3)').allTextContents()).reduce((a, b) => a + b, 0)).toBe(once.length);
    expect(numbers(await rows.locator('td:nth-child(2)').allTextContents()).reduce((a, b) => a + b, 0)).toBe(datedOnce);
  });
});
