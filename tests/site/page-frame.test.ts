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
