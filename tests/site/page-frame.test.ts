import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { dist, sitePages } from './dist.ts';

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

test('a theme page’s description counts the places and measures its text counts (it had counted places with targets only; a site review)', () => {
  const pages = sitePages().filter((p) => /^\/compare\/[a-z-]+\/(?:[a-z-]+\/)?$/.test(p.url));
  expect(pages.length).toBeGreaterThan(20);
  for (const page of pages) {
    const html = readFileSync(path.join(dist, page.file), 'utf8');
    const said = /<meta name="description" content="[^"]*?(\d+) 个地区的 (\d+) 项措施/.exec(html);
    if (!said) continue;
    const lede = /<p class="lede">[^<]*?(\d+) 个地区[^<]*?的 (\d+) 项措施/.exec(html);
    expect(lede, page.url).not.toBeNull();
    expect([said[1], said[2]], page.url).toEqual([lede![1], lede![2]]);
  }
});

test('a theme page says its comparable targets come first only when it has them (5 pages said so over none; a site review)', () => {
  const pages = sitePages().filter((p) => /^\/compare\/[a-z-]+\/$/.test(p.url) && p.url !== '/compare/matrix/');
  let without = 0;
  for (const page of pages) {
    const html = readFileSync(path.join(dist, page.file), 'utf8');
    const has = html.includes('id="targets-heading"');
    if (!html.includes('<p class="lede">')) continue;
    expect(html.includes('可比的量化目标列于前'), page.url).toBe(has);
    expect(/<meta name="description" content="[^"]*可比的量化目标绘成图表/.test(html), page.url).toBe(has);
    if (!has) without++;
  }
  expect(without).toBeGreaterThan(0);
});
