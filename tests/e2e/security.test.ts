// The Content-Security-Policy of public/_headers, which the test server sends
// with every response: the pages that use each kind of resource (charts,
// place picker, search with Pagefind's WebAssembly and worker, a document
// page) work under it with no violation reported by the browser.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { dist, openPage, startSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const firstDir = (dir: string) => readdirSync(path.join(dist, dir), { withFileTypes: true }).find((d) => d.isDirectory())!.name;

test('every response carries the policy, which allows no inline script or style', async () => {
  const response = await fetch(`${site.origin}/`);
  const policy = response.headers.get('content-security-policy') ?? '';
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).toContain("style-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
});

test('pages of every kind run under the policy without a violation', async () => {
  const { page, errors } = await openPage(site.browser);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const paths = [
    '/',
    `/documents/${firstDir('documents')}/`,
    `/compare/${firstDir('compare')}/`,
    `/reforms/${firstDir('reforms')}/`,
    `/search/?q=${encodeURIComponent('带押过户')}`,
  ];
  for (const p of paths) {
    await page.goto(`${site.origin}${p}`);
    if (p.startsWith('/search/')) {
      // Results on screen prove Pagefind's WebAssembly ran under the policy.
      await page.waitForSelector('[data-results][data-state="done"]');
      expect(await page.locator('.result').count(), p).toBeGreaterThan(0);
    }
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), p).toEqual([]);
  }
  expect(errors).toEqual([]);
});
