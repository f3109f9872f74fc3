import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { dist, firstDocumentPath, openPage, startSite, visit, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

test('no document page overflows sideways at phone width (375px)', { timeout: 120_000 }, async () => {
  const { page, errors } = await openPage(site.browser, { width: 375, height: 800 });
  const overflowing: string[] = [];
  for (const id of readdirSync(path.join(dist, 'documents'))) {
    await page.goto(`${site.origin}/documents/${id}/`);
    const excess = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (excess > 0) overflowing.push(`${id}: ${excess}px`);
  }
  expect(overflowing).toEqual([]);
  expect(errors).toEqual([]);
});

test('the comparison, transmission and theme pages do not overflow sideways, on a desktop or a phone', { timeout: 120_000 }, async () => {
  const overflowing: string[] = [];
  for (const width of [1280, 375]) {
    const { page, errors } = await openPage(site.browser, { width, height: 900 });
    for (const route of ['/compare/', '/transmissions/', '/compare/property-registration/', '/compare/starting-business/']) {
      await page.goto(`${site.origin}${route}`);
      const excess = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (excess > 0) overflowing.push(`${route} at ${width}px: ${excess}px`);
    }
    expect(errors).toEqual([]);
  }
  expect(overflowing).toEqual([]);
});

test('the print stylesheet hides navigation and keeps the text and its metadata', async () => {
  const { page, errors } = await visit(site, await firstDocumentPath(site));
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.skip-link', '.breadcrumbs', 'nav.outline', '.search-box', '.site-footer', '.permalink']) {
    const visible = await page.locator(selector).evaluateAll((nodes) => nodes.some((n) => n.checkVisibility()));
    expect(visible, `${selector} prints`).toBe(false);
  }
  expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
  expect(await page.getByRole('region', { name: '文件信息' }).isVisible()).toBe(true);
  expect(await page.locator('.doc-body').isVisible()).toBe(true);
  expect(errors).toEqual([]);
});

test('on a phone a task table reads as cards: no cell scrolls out of its region, each names its column, bodies said once (银川 任务清单)', async () => {
  const { page, errors } = await openPage(site.browser, { width: 375, height: 800 });
  await page.goto(`${site.origin}/documents/ningxia-yinchuan-2023-71c31c/`);
  const region = page.locator('.doc-body .table-scroll').first();
  expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  const deadline = region.locator('td[data-label="完成时限"]').first();
  expect(await deadline.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"完成时限："');
  // The row lists its bodies, linked, under its text: the unit columns do not say them twice.
  expect(await region.locator('td[data-label="牵头单位"]').first().isVisible()).toBe(false);
  expect(await region.locator('.measure-bodies').first().isVisible()).toBe(true);
  // The header row is read by assistive technology, not shown.
  expect(await region.locator('thead').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
  expect(errors).toEqual([]);
  // On a desktop the table stays a table.
  const desk = await openPage(site.browser, { width: 1280, height: 900 });
  await desk.page.goto(`${site.origin}/documents/ningxia-yinchuan-2023-71c31c/`);
  expect(
    await desk.page
      .locator('.doc-body .table-scroll td')
      .first()
      .evaluate((el) => getComputedStyle(el).display),
  ).toBe('table-cell');
});
