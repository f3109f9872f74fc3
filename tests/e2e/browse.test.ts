import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPage, startSite, visit, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

test('browsing goes home → province → city → document → measure anchor', async () => {
  const { page, errors } = await openPage(site.browser);
  await page.goto(`${site.origin}/`);
  await page.getByRole('link', { name: '宁夏回族自治区', exact: true }).first().click();
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('宁夏回族自治区');
  await page.getByRole('link', { name: '银川市' }).first().click();
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('银川市');
  await page.getByRole('link', { name: /银川市2023年优化营商环境细化任务清单/ }).click();
  const anchor = page.locator('a.measure-ref').first();
  const id = await anchor.getAttribute('id');
  await anchor.click();
  expect(page.url()).toContain(`#${id}`);
  // The row the anchor names is the one highlighted (:target), so a shared link lands visibly.
  const highlighted = await page.locator(`tr:has(#${id})`).evaluate((row) => getComputedStyle(row).backgroundColor);
  expect(highlighted).not.toBe('rgba(0, 0, 0, 0)');
  expect(errors).toEqual([]);
});

test('青海 shows that no document is held yet, not a 404', async () => {
  const { page, errors } = await openPage(site.browser);
  const response = await page.goto(`${site.origin}/provinces/qinghai/`);
  expect(response?.status()).toBe(200);
  expect(await page.getByRole('status').textContent()).toContain('暂无收录文件');
  expect(errors).toEqual([]);
});

test('the home page states what the library holds and offers browse, search and compare', async () => {
  const { page, errors } = await visit(site, '/');
  const figures = await page.getByRole('list', { name: '收录概况' }).textContent();
  for (const unit of ['份文件', '项措施', '个省区', '个城市', '年']) expect(figures).toContain(unit);
  for (const name of ['按地区浏览', '全文检索', '对比各地措施']) {
    expect(await page.getByRole('link', { name, exact: true }).count()).toBeGreaterThan(0);
  }
  expect(errors).toEqual([]);
});

test('a city page lists every document newest first with its measure count', async () => {
  const { page, errors } = await visit(site, '/provinces/ningxia/yinchuan/');
  const items = page.locator('.doc-list > li');
  expect(await items.count()).toBeGreaterThan(1);
  const dates = await items.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
  for (const text of await items.allTextContents()) expect(text).toMatch(/\d+ 项措施/);
  // 银川's plan items restated by its task list are in both counts, and the page says so (a site review).
  expect(await page.locator('main').textContent()).toMatch(/其中 \d+ 项方案条目又由本市的任务清单、附件台账或本条所列具体举措逐条细化/);
  expect(errors).toEqual([]);
});

test('a document page shows its metadata, outline, and each measure’s units, deadline, targets and permalink', async () => {
  const { page, errors } = await visit(site, '/provinces/shaanxi/');
  await page.locator('.doc-list a.doc-title').first().click();
  const meta = await page.getByRole('region', { name: '文件信息' }).textContent();
  for (const label of ['发文机关', '文号', '成文日期', '层级', '来源']) expect(meta).toContain(label);
  expect(meta).toMatch(/sources\/\S+\.txt/);
  expect(meta).toMatch(/第 \d+–\d+ 行/);
  expect(await page.getByRole('navigation', { name: '目录' }).getByRole('link').count()).toBeGreaterThan(0);
  const measure = page.locator('article.measure').first();
  const facts = await measure.locator('.measure-meta').textContent();
  for (const label of ['牵头', '责任', '时限', '目标']) expect(facts).toContain(label);
  const id = await measure.getAttribute('id');
  expect(await measure.locator('a.permalink').getAttribute('href')).toBe(`#${id}`);
  expect(errors).toEqual([]);
});

test('an unknown address answers with the Chinese 404 page', async () => {
  const { page, errors } = await openPage(site.browser);
  const response = await page.goto(`${site.origin}/no/such/page/`);
  expect(response?.status()).toBe(404);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('页面不存在');
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  // The one console error is the browser reporting the 404 status itself.
  expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
});
