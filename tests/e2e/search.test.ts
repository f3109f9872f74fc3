import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFragments } from '../../scripts/build-site/search/fragments.ts';
import { readRootManifest } from '../../scripts/site/search-manifest.ts';
import { BUNDLE_CHUNK_STARTS, type RootManifest } from '../../src/search/manifest.ts';
import { firstQueryBytes } from '../../scripts/site/search-run.ts';
import { dist, openPage, startSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

const results = (page: Page) => page.locator('.result');
const resultUrls = (page: Page) => results(page).evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.url));
async function settled(page: Page) {
  await page.waitForSelector('[data-results][data-state="done"]', { state: 'attached' });
  await page.waitForLoadState('networkidle');
}

test('typing 带押过户 lists the three documents that contain it, with the phrase marked in passages', async () => {
  const { page, errors } = await openPage(site.browser);
  await page.goto(`${site.origin}/search/`);
  await settled(page);
  await page.getByRole('searchbox', { name: '检索词' }).pressSequentially('带押过户', { delay: 30 });
  await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('“带押过户”：3 篇'));
  await settled(page);
  await expect.poll(() => results(page).count()).toBe(3);
  await expect.poll(() => page.locator('.result__passage mark').first().textContent()).toBe('带押过户');
  expect(new URL(page.url()).searchParams.get('q')).toBe('带押过户');
  // The links for a browser without JavaScript are gone once search runs: they read like counts of results.
  expect(await page.locator('[data-nojs]').isVisible()).toBe(false);
  expect(errors).toEqual([]);
});

test('a reform its documents also write otherwise offers those ways: 带押过户 leads to 金昌’s 带押登记 (a site review)', async () => {
  const { page, errors } = await openPage(site.browser);
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent('带押过户')}`);
  await settled(page);
  const other = page.locator('[data-status] a', { hasText: '“带押登记”' });
  await expect.poll(() => other.count()).toBe(1);
  expect(await page.locator('[data-status] a', { hasText: '各地采用情况' }).getAttribute('href')).toMatch(/^\/reforms\/[a-z-]+\/$/);
  await other.click();
  await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.startsWith('“带押登记”'));
  await settled(page);
  expect(await resultUrls(page)).toEqual([expect.stringMatching(/^\/documents\/gansu-jinchang-/)]);
  // And back: 带押登记 offers 带押过户.
  expect(await page.locator('[data-status] a', { hasText: '“带押过户”' }).count()).toBe(1);
  expect(errors).toEqual([]);
});

test('a table row found by 带押过户 reads as a row: cells apart in its passage, its sub-result titled by number and task', async () => {
  const { page, errors } = await openPage(site.browser);
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent('带押过户')}`);
  await settled(page);
  const yinchuan = page.locator('.result', { hasText: '银川市2023年优化营商环境细化任务清单' });
  await expect.poll(() => yinchuan.locator('.result__passage').textContent()).toContain('｜42｜探索推行“带押过户”。｜市自然资源局｜');
  const titles = await yinchuan.locator('.result__sub-link').allTextContents();
  expect(titles).toContain('42 探索推行“带押过户”');
  expect(errors).toEqual([]);
});

test('opening a sub-result lands on the measure it is in, with the query marked there', async () => {
  const { page, errors } = await openPage(site.browser);
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent('带押过户')}`);
  await settled(page);
  const sub = page.locator('.result__sub-link').first();
  const href = (await sub.getAttribute('href'))!;
  const anchor = decodeURIComponent(href.split('#')[1]);
  await sub.click();
  await page.waitForURL((url) => url.hash === `#${encodeURIComponent(anchor)}` || url.hash === `#${anchor}`);
  const marked = await page.evaluate((id) => {
    const target = document.getElementById(id);
    const block = target?.closest('article.measure, tr, h2, h3, h4, h5, h6') ?? target;
    return [...(block?.querySelectorAll('mark.search-hit') ?? [])].map((m) => m.textContent);
  }, anchor);
  expect(marked).toContain('带押过户');
  expect(await page.locator('#site-search').inputValue()).toBe('带押过户');
  expect(errors).toEqual([]);
});

test('checking a province narrows the results to it and writes it to the URL', async () => {
  const { page, errors } = await openPage(site.browser);
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent('过户')}`);
  await settled(page);
  const before = await results(page).count();
  await page.getByRole('checkbox', { name: /^宁夏/ }).check();
  await settled(page);
  const after = await results(page).count();
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);
  const places = await page.locator('.result__meta').allTextContents();
  expect(places.every((text) => text.startsWith('宁夏'))).toBe(true);
  const url = new URL(page.url());
  expect(url.searchParams.get('q')).toBe('过户');
  expect(url.searchParams.getAll('province')).toEqual(['宁夏']);
  expect(errors).toEqual([]);
});

test('a shared URL restores the same query, filters and results', async () => {
  const shared = `${site.origin}/search/?q=${encodeURIComponent('过户')}&province=${encodeURIComponent('宁夏')}`;
  const first = await openPage(site.browser);
  await first.page.goto(`${site.origin}/search/?q=${encodeURIComponent('过户')}`);
  await settled(first.page);
  await first.page.getByRole('checkbox', { name: /^宁夏/ }).check();
  await settled(first.page);
  expect(first.page.url()).toBe(shared);
  const expected = await resultUrls(first.page);

  const context = await site.browser.newContext();
  const second = await context.newPage();
  await second.goto(shared);
  await settled(second);
  expect(await second.locator('#site-search').inputValue()).toBe('过户');
  expect(await second.getByRole('checkbox', { name: /^宁夏/ }).isChecked()).toBe(true);
  expect(await resultUrls(second)).toEqual(expected);
  // Only 宁夏 was searched: the status says the others' “–” means not searched, not none (a site review).
  expect(await second.locator('[data-status]').textContent()).toContain('只检索了所选省份');
  // Themes are a document's, and the filter says so beside its values (a site review read them as the passage's).
  expect(await second.locator('.facet__note').textContent()).toContain('按整份文件计');
  await context.close();
  expect(first.errors).toEqual([]);
});

test('filters alone browse documents without a query', async () => {
  const { page, errors } = await openPage(site.browser);
  site.log.requests.length = 0;
  await page.goto(`${site.origin}/search/?level=${encodeURIComponent('省级')}&year=2023`);
  await settled(page);
  while (await page.locator('[data-more]').isVisible()) await page.locator('[data-more]').click();
  const count = await results(page).count();
  expect(count).toBeGreaterThan(0);
  expect(await page.locator('[data-status]').textContent()).toBe(`符合筛选条件的文件 ${count} 篇。`);
  const metas = await page.locator('.result__meta').allTextContents();
  expect(metas.every((text) => text.includes('省级') && text.includes('2023年'))).toBe(true);
  // Browsing needs no index: only the manifest was fetched.
  expect(site.log.requests.some((r) => /\.pf_(index|meta|fragment)$/.test(r.path))).toBe(false);
  expect(site.log.requests.some((r) => r.path.endsWith('/policy-documents.json.gz'))).toBe(true);
  expect(errors).toEqual([]);
});

test('searching, filtering and paging raise no console errors or failed requests', async () => {
  const { page, errors } = await openPage(site.browser, { width: 390, height: 800 });
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent('环境')}`);
  await settled(page);
  await page.locator('.search-filters summary').click();
  await page.getByRole('checkbox', { name: /^2023/ }).check();
  await settled(page);
  await page.locator('[data-more]').click();
  await settled(page);
  await page.goBack();
  await settled(page);
  expect(errors).toEqual([]);
});

test('a query typed over another gets a history entry of its own: Back returns to the one before (a site review)', async () => {
  const { page, errors } = await openPage(site.browser);
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent('带押过户')}`);
  await settled(page);
  const box = page.getByRole('searchbox', { name: '检索词' });
  await box.fill('');
  await box.pressSequentially('一网通办', { delay: 30 });
  await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.startsWith('“一网通办”'));
  await settled(page);
  expect(new URL(page.url()).searchParams.get('q')).toBe('一网通办');
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('“带押过户”：3 篇'));
  expect(await box.inputValue()).toBe('带押过户');
  expect(new URL(page.url()).searchParams.get('q')).toBe('带押过户');
  expect(errors).toEqual([]);
});

test('results shown with 显示更多 are all shown again after a reload (a site review: Back lost them)', async () => {
  const { page, errors } = await openPage(site.browser);
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent('环境')}`);
  await settled(page);
  const first = await results(page).count();
  await page.locator('[data-more]').click();
  await expect.poll(() => results(page).count()).toBeGreaterThan(first);
  const read = await results(page).count();
  await page.reload();
  await settled(page);
  expect(await results(page).count()).toBe(read);
  expect(errors).toEqual([]);
});

test('a shared link with results does not shift as they arrive (cumulative layout shift < 0.1, desktop and phone)', async () => {
  for (const size of [
    { width: 1280, height: 900 },
    { width: 375, height: 740 },
  ]) {
    const { page, errors } = await openPage(site.browser, size);
    // Installed before the page's first byte: every shift from the first paint on is counted.
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number };
      w.shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) w.shifts += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('带押过户')}`);
    await settled(page);
    expect(await results(page).count()).toBe(3);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
    expect(shifts, `layout shift at ${size.width}px`).toBeLessThan(0.1);
    expect(errors).toEqual([]);
    await page.close();
  }
});

test('the search page with results has no accessibility violations (axe)', async () => {
  const { page } = await openPage(site.browser);
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent('市审批局')}`);
  await settled(page);
  // Evaluated, not added as a <script>: the Content-Security-Policy refuses inline scripts.
  await page.evaluate((await import('axe-core')).default.source);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    return (await axe.run()).violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
  expect(violations).toEqual([]);
});

test('without JavaScript the page says search needs it and links to browsing', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent('过户')}`);
  expect(await page.getByText('检索需要浏览器启用 JavaScript').isVisible()).toBe(true);
  expect(await page.getByRole('link', { name: '全部地区' }).getAttribute('href')).toBe('/provinces/');
  expect(await page.getByRole('link', { name: /宁夏/ }).first().isVisible()).toBe(true);
  expect(await page.locator('[data-results] li').count()).toBe(0);
  await context.close();
});

test('the 主题 filter keeps exactly the results whose document acts on the theme (a measure’s primary theme)', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const path = await import('node:path');
  const dir = path.join(import.meta.dirname, '../../content/measures');
  const withTheme = new Set<string>();
  for (const file of readdirSync(dir)) {
    const measures = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { documentId: string; themes: string[] }[];
    for (const m of measures) if (m.themes[0] === 'property-registration') withTheme.add(`/documents/${m.documentId}/`);
  }
  const { page, errors } = await openPage(site.browser);
  const loadAll = async (url: string) => {
    await page.goto(url);
    await settled(page);
    while (await page.locator('[data-more]').isVisible()) {
      await page.locator('[data-more]').click();
      await settled(page);
    }
    return (await resultUrls(page)) as string[];
  };
  const all = await loadAll(`${site.origin}/search/?q=${encodeURIComponent('信用')}`);
  const filtered = await loadAll(`${site.origin}/search/?q=${encodeURIComponent('信用')}&theme=${encodeURIComponent('登记财产')}`);
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.length).toBeLessThan(all.length);
  expect(new Set(filtered)).toEqual(new Set(all.filter((url) => withTheme.has(new URL(url, site.origin).pathname))));
  expect(errors).toEqual([]);
});

test('a first query in a fresh browser transfers under 150 kB, everything it downloads counted', async () => {
  const bytes = await firstQueryBytes(site.browser, site.origin, site.log, '带押过户');
  // The page, Pagefind's runtime and wasm, the manifest, index chunks and passages all came over the wire.
  expect(bytes.page).toBeGreaterThan(0);
  expect(bytes.runtime).toBeGreaterThan(0);
  expect(bytes.index).toBeGreaterThan(0);
  expect(bytes.fragments).toBeGreaterThan(0);
  expect(bytes.total).toBeLessThan(150 * 1024);
});

const readRoot = () => readRootManifest(dist);

/** Folders of Pagefind bundles the page fetched anything from. */
const bundlesFetched = () => [...new Set(site.log.requests.map((r) => /^\/pagefind\/([^/]+)\//.exec(r.path)?.[1]).filter(Boolean))].sort();

test("the search box of a province's page searches that province, loading its bundle only", async () => {
  const { page, errors } = await openPage(site.browser);
  await page.goto(`${site.origin}/provinces/ningxia/`);
  site.log.requests.length = 0;
  await page.getByRole('searchbox', { name: '在宁夏的文件中检索' }).fill('营商环境');
  await page.getByRole('searchbox', { name: '在宁夏的文件中检索' }).press('Enter');
  await settled(page);
  const url = new URL(page.url());
  expect(url.pathname).toBe('/search/');
  expect(url.searchParams.get('q')).toBe('营商环境');
  expect(url.searchParams.getAll('province')).toEqual(['宁夏']);
  expect(await results(page).count()).toBeGreaterThan(0);
  expect((await page.locator('.result__meta').allTextContents()).every((text) => text.startsWith('宁夏'))).toBe(true);
  expect(bundlesFetched()).toEqual(['ningxia']);
  // The other provinces are offered unsearched, and checking one searches its bundle.
  expect(await page.locator('.facet__count--unknown').count()).toBeGreaterThan(0);
  await page.getByRole('checkbox', { name: /^甘肃/ }).check();
  await settled(page);
  expect(bundlesFetched()).toEqual(['gansu', 'ningxia']);
  expect((await page.locator('.result__meta').allTextContents()).some((text) => text.startsWith('甘肃'))).toBe(true);
  expect(errors).toEqual([]);
});

test('a nationwide search of this corpus searches every bundle at once and is complete', async () => {
  const { page, errors } = await openPage(site.browser);
  site.log.requests.length = 0;
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent('环境')}`);
  await settled(page);
  const root = readRoot();
  expect(root.bundles.length).toBeGreaterThan(1);
  expect(bundlesFetched()).toEqual(root.bundles.map((b) => b.path.split('/')[2]).sort());
  expect(await page.locator('[data-results]').getAttribute('data-coverage')).toBe('complete');
  expect(await page.locator('[data-complete]').isVisible()).toBe(false);
  expect(errors).toEqual([]);
});

test('an index that will not load is said to be that, never “nothing found”, and a retry searches again (a site review)', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.route('**/policy-documents.json.gz', (route) => route.abort());
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent('带押过户')}`);
  await page.waitForSelector('[data-results][data-state="error"]', { state: 'attached' });
  const said = await page.locator('[data-status]').textContent();
  expect(said).toContain('检索索引未能加载');
  expect(said).not.toMatch(/没有找到|npm/);
  await page.unroute('**/policy-documents.json.gz');
  await page.locator('[data-retry]').click();
  await page.waitForSelector('[data-results][data-state="done"]', { state: 'attached' });
  expect(await results(page).count()).toBeGreaterThan(0);
  await context.close();
});

test('where the other bundles cost too much, a nationwide search shows a first page from some provinces, then searches the rest on request', async () => {
  const query = `${site.origin}/search/?q=${encodeURIComponent('环境')}`;
  // The whole search, for comparison.
  const full = await openPage(site.browser);
  await full.page.goto(query);
  await settled(full.page);
  while (await full.page.locator('[data-more]').isVisible()) await full.page.locator('[data-more]').click();
  const everything = await resultUrls(full.page);
  expect(everything.length).toBeGreaterThan(20);

  // The same corpus as if each bundle were large: its manifest says so.
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.route('**/pagefind/policy-manifest.json.gz', async (route) => {
    const manifest = JSON.parse(gunzipSync(await (await route.fetch()).body()).toString('utf8')) as RootManifest;
    for (const bundle of manifest.bundles) bundle.bytes = 200 * 1024;
    await route.fulfill({ body: JSON.stringify(manifest), contentType: 'application/json' });
  });
  site.log.requests.length = 0;
  await page.goto(query);
  await settled(page);
  expect(await page.locator('[data-results]').getAttribute('data-coverage')).toBe('partial');
  expect(await results(page).count()).toBe(20);
  expect(bundlesFetched().length).toBeLessThan(readRoot().bundles.length);
  expect(await page.locator('[data-status]').textContent()).toMatch(/已检索 \d+ 个省份（共 \d+ 个）/);
  // Every result on the first page holds the query: it is a page of the whole search's results.
  expect((await resultUrls(page)).every((url) => everything.includes(url))).toBe(true);

  await page.locator('[data-complete]').click();
  await page.waitForSelector('[data-results][data-coverage="complete"][data-state="done"]', { state: 'attached' });
  await page.waitForLoadState('networkidle');
  while (await page.locator('[data-more]').isVisible()) {
    await page.locator('[data-more]').click();
    await settled(page);
  }
  expect(await resultUrls(page)).toEqual(everything);
  await context.close();
  expect(full.errors).toEqual([]);
});

test('a province no bundle holds finds nothing and says so, without errors', async () => {
  const { page, errors } = await openPage(site.browser);
  site.log.requests.length = 0;
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent('过户')}&province=${encodeURIComponent('火星')}`);
  await settled(page);
  expect(await results(page).count()).toBe(0);
  expect(await page.locator('[data-status]').textContent()).toBe('“过户”：筛选条件下没有结果。');
  expect(bundlesFetched()).toEqual([]);
  expect(errors).toEqual([]);
});

test('one character is found at every place it stands, though its pairs fill several index chunks', async () => {
  // The character whose pairs fill the most chunks of the 宁夏 bundle.
  const bundle = path.join(dist, 'pagefind', 'ningxia');
  const starts = JSON.parse(gunzipSync(readFileSync(path.join(bundle, BUNDLE_CHUNK_STARTS))).toString()) as string[];
  const runs = new Map<string, number>();
  for (const word of starts) runs.set(word.slice(0, 4), (runs.get(word.slice(0, 4)) ?? 0) + 1);
  const [code, chunks] = [...runs].sort((a, b) => b[1] - a[1])[0];
  expect(chunks).toBeGreaterThan(1);
  const char = String.fromCodePoint(Number.parseInt(code, 36));
  const fragments = [...readFragments(bundle).values()];
  const documents = new Set(fragments.filter((f) => f.content.includes(char)).map((f) => f.url.replace(/#.*$/, ''))).size;
  const places = fragments.reduce((sum, f) => sum + f.content.split(char).length - 1, 0);

  const { page, errors } = await openPage(site.browser);
  site.log.requests.length = 0;
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent(char)}&province=${encodeURIComponent('宁夏')}`);
  await settled(page);
  expect(await page.locator('[data-status]').textContent()).toBe(
    `“${char}”：${documents} 篇文件，${places} 处匹配（只检索了所选省份；其他省份标“–”，表示尚未检索，勾选即检索）。`,
  );
  expect(site.log.requests.filter((r) => r.path.startsWith('/pagefind/ningxia/index/')).length).toBeGreaterThan(chunks);
  expect(errors).toEqual([]);
});

test('a province that holds no document finds nothing and links to its page, which says so (青海; a site review)', async () => {
  const { page, errors } = await openPage(site.browser);
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent('青海')}`);
  await settled(page);
  await expect.poll(() => page.locator('[data-status]').textContent()).toContain('没有找到');
  expect(await page.locator('[data-status] a').getAttribute('href')).toBe('/provinces/qinghai/');
  expect(errors).toEqual([]);
});

test('a query that finds nothing says what to try and where to browse (一網通辦 in traditional characters; a site review)', async () => {
  const { page, errors } = await openPage(site.browser);
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent('一網通辦')}`);
  await settled(page);
  await expect.poll(() => page.locator('[data-status]').textContent()).toContain('可改用简体字');
  expect(await page.locator('[data-status] a').getAttribute('href')).toBe('/provinces/');
  expect(errors).toEqual([]);
});

test('a document that states no year is reached through the 年份 filter’s 未注明 (石嘴山’s 台账; a site review)', async () => {
  const { page, errors } = await openPage(site.browser);
  await page.goto(`${site.origin}/search/?year=${encodeURIComponent('未注明')}`);
  await settled(page);
  await expect.poll(() => results(page).count()).toBeGreaterThan(0);
  expect(await resultUrls(page)).toContain('/documents/ningxia-shizuishan-nd-22dcdf/');
  expect(errors).toEqual([]);
});
