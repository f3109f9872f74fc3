// A theme's comparison page as a reader meets it at 1280×900: places side by
// side within two screen heights, only measures acting on the theme in the
// columns, those only touching it listed apart, and no console error.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { placesOf } from '../../src/domain/compare.ts';
import { restatedMeasures } from '../../src/domain/restatements.ts';
import type { Transmission } from '../../src/schemas/analysis.ts';
import type { PolicyDocument } from '../../src/schemas/document.ts';
import type { Measure } from '../../src/schemas/measure.ts';
import { parse as parseYaml } from 'yaml';
import { root, startSite, visit, type Site } from './harness.ts';

const content = path.join(root, 'content');
const measures: Measure[] = readdirSync(path.join(content, 'measures')).flatMap(
  (f) => JSON.parse(readFileSync(path.join(content, 'measures', f), 'utf8')) as Measure[],
);
const byUrl = new Map(measures.map((m) => [m.url, m]));
const json = <T>(file: string): T => JSON.parse(readFileSync(path.join(content, file), 'utf8')) as T;
const documents = readdirSync(path.join(content, 'documents')).map(
  (f) => parseYaml(readFileSync(path.join(content, 'documents', f), 'utf8').split(/^---$/m)[1]!) as PolicyDocument,
);
/** Plan items the same place's task list restates: listed apart, counted once as their tasks. */
const restated = restatedMeasures(json<Transmission[]>('analysis/transmissions.json'), placesOf(json('provinces.json'), documents), measures);
/** What an intellectual-property measure is about: none belongs under 登记财产 (the codebook sends it to 知识产权). */
const INTELLECTUAL_PROPERTY = /知识产权|专利|商标/;
const THEME = 'property-registration';
const SCREENS = 2 * 900;

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

describe('登记财产 compared place by place', () => {
  test('five places’ columns show their measures within two screen heights of the side-by-side view', async () => {
    const { page, errors } = await visit(site, `/compare/${THEME}/`, { width: 1280, height: 900 });
    const columns = await page.locator('.side-by-side').evaluate((region, screens) => {
      const frame = region.getBoundingClientRect();
      const top = frame.top + window.scrollY;
      const right = Math.min(frame.right, document.documentElement.clientWidth);
      const inView = (r: DOMRect) => r.width > 0 && r.left >= frame.left && r.right <= right + 0.5 && r.top + window.scrollY < top + screens;
      return [...region.querySelectorAll<HTMLElement>('thead th[data-place]')].map((th) => ({
        place: th.dataset.place!,
        header: inView(th.getBoundingClientRect()),
        measures: [...region.querySelectorAll<HTMLAnchorElement>(`td[data-place="${th.dataset.place}"] a[href*="#"]`)].filter(
          (a) => a.checkVisibility() && inView(a.getBoundingClientRect()),
        ).length,
      }));
    }, SCREENS);
    const shown = columns.filter((c) => c.header && c.measures > 0);
    expect(shown.length, JSON.stringify(columns)).toBeGreaterThanOrEqual(5);
    expect(errors).toEqual([]);
  });

  test('the place names stay in view while a reader scrolls down the side-by-side view, and the row labels while they scroll across', async () => {
    const { page, errors } = await visit(site, `/compare/${THEME}/`, { width: 800, height: 900 });
    const at = await page.locator('.side-by-side').evaluate((box) => {
      box.scrollTop = 1200;
      box.scrollLeft = 400;
      const frame = box.getBoundingClientRect();
      const header = box.querySelector<HTMLElement>('thead th[data-place]')!.getBoundingClientRect();
      const label = box.querySelector<HTMLElement>('tbody th')!.getBoundingClientRect();
      return { scrolled: box.scrollTop, across: box.scrollLeft, top: Math.round(header.top - frame.top), left: Math.round(label.left - frame.left) };
    });
    expect(at.scrolled).toBeGreaterThan(0);
    expect(at.across).toBeGreaterThan(0);
    expect(at.top).toBeLessThanOrEqual(1);
    expect(at.left).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
  });

  test('on a phone each row stacks its places, every cell under its place’s name, with nothing to scroll sideways', async () => {
    const { page, errors } = await visit(site, `/compare/${THEME}/`, { width: 390, height: 844 });
    const stacked = await page.locator('.side-by-side').evaluate((box) => {
      const cells = [...box.querySelectorAll<HTMLElement>('tbody td')];
      const shown = cells.filter((td) => getComputedStyle(td).display !== 'none');
      return {
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        boxOverflow: box.scrollWidth - box.clientWidth,
        shown: shown.length,
        emptyShown: shown.filter((td) => !td.textContent!.trim()).length,
        unnamed: shown.filter((td) => getComputedStyle(td, '::before').content.replace(/"/g, '') !== td.dataset.label).length,
        widest: Math.max(...shown.map((td) => td.getBoundingClientRect().width)),
      };
    });
    expect(stacked.overflow).toBeLessThanOrEqual(0);
    expect(stacked.boxOverflow).toBeLessThanOrEqual(0);
    expect(stacked.shown).toBeGreaterThan(5);
    expect(stacked.emptyShown).toBe(0);
    expect(stacked.unnamed).toBe(0);
    expect(stacked.widest).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  });

  test('on a phone a chart scrolls in its frame rather than shrink its labels under 10px (a site review read 7–8px on 企业开办时间)', async () => {
    const { page, errors } = await visit(site, '/compare/starting-business/', { width: 390, height: 844 });
    const smallest = await page.locator('.chart__frame svg.chart__svg:not(.chart__svg--narrow)').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('viewBox')!.split(' ')[2]);
        const sizes = [...svg.querySelectorAll('[font-size]'), svg].map((e) => Number(e.getAttribute('font-size'))).filter((n) => n > 0);
        return Math.min(...sizes) * scale;
      }),
    );
    expect(smallest.length).toBeGreaterThan(0);
    for (const px of smallest) expect(px).toBeGreaterThanOrEqual(10);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  test('on a phone the table of targets one place sets reads as cards: nothing to scroll sideways, each value under its column’s name', async () => {
    const { page, errors } = await visit(site, `/compare/${THEME}/`, { width: 390, height: 844 });
    const sole = await page.locator('.sole-targets .table-scroll').evaluate((box) => ({
      overflow: box.scrollWidth - box.clientWidth,
      labelled: [...box.querySelectorAll<HTMLElement>('td[data-label]')].filter((td) => getComputedStyle(td, '::before').content.includes(td.dataset.label!))
        .length,
      cells: box.querySelectorAll('td[data-label]').length,
    }));
    expect(sole.cells).toBeGreaterThan(0);
    expect(sole.overflow).toBeLessThanOrEqual(0);
    expect(sole.labelled).toBe(sole.cells);
    expect(errors).toEqual([]);
  });

  test('the place picker names the places in the order their columns stand', async () => {
    const { page, errors } = await visit(site, `/compare/${THEME}/`, { width: 1280, height: 900 });
    const picker = await page.locator('.place-picker input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    const columns = await page.locator('.side-by-side thead th[data-place]').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.place));
    expect(columns.length).toBeGreaterThan(4);
    expect(picker.slice(0, columns.length)).toEqual(columns);
    expect(errors).toEqual([]);
  });

  test('a quantity only one place targets is a row of one table, never a table of its own', async () => {
    const { page, errors } = await visit(site, `/compare/${THEME}/`, { width: 1280, height: 900 });
    const perQuantity = await page
      .locator('.metric-table')
      .evaluateAll((tables) => tables.map((t) => new Set([...t.querySelectorAll<HTMLElement>('[data-place]')].map((r) => r.dataset.place)).size));
    expect(perQuantity.filter((places) => places < 2)).toEqual([]);
    const sole = await page.locator('.sole-targets tr[data-quantity]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.quantity));
    expect(sole.length).toBeGreaterThan(0);
    expect(await page.locator('.sole-targets table').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test('no measure about intellectual property is listed under it, in the rows of counterparts or the places’ lists', async () => {
    const { page, errors } = await visit(site, `/compare/${THEME}/`, { width: 1280, height: 900 });
    const listed = await page
      .locator('.side-by-side td a[href*="#"]')
      .evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href')!, text: a.closest('td')!.textContent ?? '' })));
    expect(listed.length).toBe(measures.filter((m) => m.themes[0] === THEME && !restated.has(m.id) && !m.practiceFrom).length);
    for (const { href, text } of listed) {
      expect(text, href).not.toMatch(INTELLECTUAL_PROPERTY);
      expect(byUrl.get(href)?.text, href).not.toMatch(INTELLECTUAL_PROPERTY);
      expect(byUrl.get(href)?.themes[0], href).toBe(THEME);
    }
    expect(errors).toEqual([]);
  });

  // Secondary themes are rare (a near tie or twice the evidence): these two read the theme that has the most.
  const mostSecondary = () => {
    const counts = new Map<string, number>();
    for (const m of measures) for (const t of m.themes.slice(1)) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  };

  test('measures touching a theme only as their secondary theme are listed apart, under their own heading, and nowhere in the columns', async () => {
    const theme = mostSecondary();
    const { page, errors } = await visit(site, `/compare/${theme}/`, { width: 1280, height: 900 });
    // A plan item a later document restates counts once, as the restating entry; a copied practice not at all.
    const secondary = measures.filter((m) => m.themes.indexOf(theme) > 0 && !restated.has(m.id) && !m.practiceFrom);
    expect(secondary.length).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { name: /^次要主题涉及本主题的措施/ }).isVisible()).resolves.toBe(true);
    const apart = await page.locator('.secondary-measures a[href*="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(apart.sort()).toEqual(secondary.map((m) => m.url).sort());
    const inColumns = await page.locator('.side-by-side a[href*="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(inColumns.filter((href) => apart.includes(href))).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a comparison of chosen places is an address: ?places= ticks them alone, and rows none of them holds are hidden (a review unticked seven boxes and still scrolled past empty rows)', async () => {
    const { page, errors } = await visit(site, `/compare/${THEME}/`, { width: 1280, height: 900 });
    const columns = await page.locator('.side-by-side thead th[data-place]').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.place!));
    await page.locator('.place-picker button[data-pick="none"]').click();
    expect(await page.locator('.side-by-side__shared:visible').count()).toBe(0);
    const chosen = columns.slice(0, 2);
    for (const place of chosen) await page.locator(`.place-picker input[value="${place}"]`).check();
    expect(new URL(page.url()).searchParams.get('places')).toBe(chosen.join(','));
    const visibleRows = await page.locator('.side-by-side__shared:visible').count();
    // The same address opened afresh shows the same choice.
    await page.goto(page.url());
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('.place-picker')!.hidden);
    const ticked = await page.locator('.place-picker input:checked').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(ticked.sort()).toEqual([...chosen].sort());
    expect(await page.locator('.side-by-side thead th[data-place]:visible').count()).toBe(2);
    expect(await page.locator('.side-by-side__shared:visible').count()).toBe(visibleRows);
    // Every row left shows something of a chosen place.
    const rowsFilled = await page
      .locator('.side-by-side__shared:visible')
      .evaluateAll((rows) =>
        rows.every((r) => [...r.querySelectorAll<HTMLElement>('td[data-place]')].some((td) => td.offsetParent !== null && td.childElementCount > 0)),
      );
    expect(rowsFilled).toBe(true);
    expect(errors).toEqual([]);
  });

  test('unticking a place in the picker hides its column and its secondary measures', async () => {
    const { page, errors } = await visit(site, `/compare/${mostSecondary()}/`, { width: 1280, height: 900 });
    const place = await page.locator('.secondary-measures li[data-place]').first().getAttribute('data-place');
    const header = page.locator(`.side-by-side th[data-place="${place}"]`);
    await page.locator(`.place-picker input[value="${place}"]`).uncheck();
    expect(await page.locator(`.secondary-measures li[data-place="${place}"]`).isVisible()).toBe(false);
    if (await header.count()) expect(await header.isVisible()).toBe(false);
    await page.locator(`.place-picker input[value="${place}"]`).check();
    expect(await page.locator(`.secondary-measures li[data-place="${place}"]`).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
