import { expect, test } from 'vitest';
import { sitePages } from './dist.ts';

test('every page but the home page carries breadcrumbs', () => {
  const missing = sitePages()
    .filter((p) => p.url !== '/' && !p.navLabels.includes('位置'))
    .map((p) => p.url);
  expect(missing).toEqual([]);
});

test('every page has exactly one h1', () => {
  const wrong = sitePages()
    .filter((p) => p.h1Count !== 1)
    .map((p) => `${p.url}: ${p.h1Count}`);
  expect(wrong).toEqual([]);
});

test('the reform, body and transmission indexes are linked from the home page and from /compare/', () => {
  for (const url of ['/', '/compare/']) {
    const page = sitePages().find((p) => p.url === url)!;
    const links = new Set(page.references.filter((r) => r.tag === 'a' && r.attr === 'href').map((r) => r.value));
    for (const index of ['/reforms/', '/units/', '/transmissions/']) expect(links.has(index), `${url} → ${index}`).toBe(true);
  }
});
