import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPage, startSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

test('browsing goes home → province → city → document → measure anchor', async () => {
  const { page, errors } = await openPage(site.browser);
  await page.goto(`${site.origin}/`);
  await page.getByRole('link', { name: '宁夏', exact: true }).first().click();
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('宁夏回族自治区');
  await page.getByRole('link', { name: '银川市' }).first().click();
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('银川市');
  await page.getByRole('link', { name: /银川市2023年优化营商环境细化任务清单/ }).click();
  const anchor = page.locator('a.measure-ref').first();
  const id = await anchor.getAttribute('id');
  await anchor.click();
  expect(page.url()).toContain(`#${id}`);
  expect(errors).toEqual([]);
});

test('青海 shows that no document is held yet, not a 404', async () => {
  const { page, errors } = await openPage(site.browser);
  const response = await page.goto(`${site.origin}/provinces/qinghai/`);
  expect(response?.status()).toBe(200);
  expect(await page.getByRole('status').textContent()).toContain('暂无收录文件');
  expect(errors).toEqual([]);
});
