import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/site/headers.ts';
import { urlOf } from '../../scripts/site/pages.ts';
import { siteFiles } from './dist.ts';

test('public/_headers parses and gives every path its policy', () => {
  const rules = parseHeaders(readFileSync(path.join(import.meta.dirname, '../../public/_headers'), 'utf8'));
  for (const url of ['/', '/documents/x/', '/pagefind/pagefind.js']) {
    expect(headersFor(rules, url).map(([name]) => name)).toContain('Content-Security-Policy');
  }
  expect(headersFor(rules, '/data/measures.csv')).toContainEqual(['Access-Control-Allow-Origin', '*']);
  // Every download, once: a theme's charts as data and a unit's tasks too (a site review), and never joined twice.
  for (const file of ['/data/measures.json', '/data/measures.csv', '/compare/targets/taxes.csv', '/units/x.csv'])
    expect(
      headersFor(rules, file).filter(([name]) => name === 'Access-Control-Allow-Origin'),
      file,
    ).toEqual([['Access-Control-Allow-Origin', '*']]);
  expect(headersFor(rules, '/documents/x/').map(([name]) => name)).not.toContain('Access-Control-Allow-Origin');
});

test('patterns match by wildcard only, and a stray line is reported with its line number', () => {
  const rules = parseHeaders('/data/*\n  Access-Control-Allow-Origin: *\n/exact.html\n  X-A: 1\n');
  expect(headersFor(rules, '/data/measures.csv')).toEqual([['Access-Control-Allow-Origin', '*']]);
  expect(headersFor(rules, '/exactxhtml')).toEqual([]);
  expect(() => parseHeaders('  X-A: 1\n', 'h')).toThrow('h:1:');
});

/** Files named by a hash of their content: Astro's assets and Pagefind's index, fragments, filters and metadata. */
const HASHED = /^\/(_astro\/|pagefind\/[^/]+\/(index|fragment|filter)\/|pagefind\/[^/]+\/pagefind\.[^/]+\.pf_meta$)/;

test('every file of the built site gets one Cache-Control: immutable exactly when its name is hashed, short otherwise', () => {
  const rules = parseHeaders(readFileSync(path.join(import.meta.dirname, '../../public/_headers'), 'utf8'));
  const urls = [...siteFiles()]
    .filter((f) => f !== '_headers' && f !== '_redirects')
    .flatMap((f) => (f.endsWith('index.html') ? [`/${f}`, urlOf(f)] : [`/${f}`]));
  const problems = urls.flatMap((url) => {
    const values = headersFor(rules, url)
      .filter(([name]) => name === 'Cache-Control')
      .map(([, value]) => value);
    if (values.length !== 1) return [`${url}: ${values.length} Cache-Control rules (${values.join(' | ')})`];
    const immutable = values[0]!.includes('immutable');
    if (immutable !== HASHED.test(url)) return [`${url}: ${values[0]}`];
    const maxAge = Number(/max-age=(\d+)/.exec(values[0]!)?.[1]);
    return !immutable && maxAge > 3600 ? [`${url}: ${values[0]} is not short`] : [];
  });
  expect(problems).toEqual([]);
  expect(urls.some((u) => u.startsWith('/_astro/'))).toBe(true);
  expect(urls.some((u) => /^\/pagefind\/[^/]+\/fragment\//.test(u))).toBe(true);
});
