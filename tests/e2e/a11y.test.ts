import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, firstDocumentPath, startSite, visit, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

// One page of each kind; /search/ is tested as whatever it is at the time.
const pages: [string, string | (() => Promise<string>)][] = [
  ['the home page', '/'],
  ['a province page', '/provinces/ningxia/'],
  ['an empty province page', '/provinces/qinghai/'],
  ['a city page', '/provinces/ningxia/yinchuan/'],
  ['a document page', () => firstDocumentPath(site)],
  ['a task-table document page', async () => {
    const { page } = await visit(site, '/provinces/ningxia/yinchuan/');
    const href = await page.getByRole('link', { name: /细化任务清单/ }).first().getAttribute('href');
    await page.close();
    return href ?? '/';
  }],
  ['the search page', '/search/'],
];

for (const [name, where] of pages) {
  test(`${name} has no serious or critical axe-core violations`, { timeout: 60_000 }, async () => {
    const urlPath = typeof where === 'string' ? where : await where();
    const { page, errors } = await visit(site, urlPath);
    const found = await axeViolations(page);
    expect(found.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.slice(0, 3).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
  });
}
