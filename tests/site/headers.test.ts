import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/site/headers.ts';

test('public/_headers parses and gives every path its policy', () => {
  const rules = parseHeaders(readFileSync(path.join(import.meta.dirname, '../../public/_headers'), 'utf8'));
  for (const url of ['/', '/documents/x/', '/pagefind/pagefind.js']) {
    expect(headersFor(rules, url).map(([name]) => name)).toContain('Content-Security-Policy');
  }
  expect(headersFor(rules, '/data/measures.csv')).toContainEqual(['Access-Control-Allow-Origin', '*']);
  expect(headersFor(rules, '/documents/x/').map(([name]) => name)).not.toContain('Access-Control-Allow-Origin');
});

test('patterns match by wildcard only, and a stray line is reported with its line number', () => {
  const rules = parseHeaders('/data/*\n  Access-Control-Allow-Origin: *\n/exact.html\n  X-A: 1\n');
  expect(headersFor(rules, '/data/measures.csv')).toEqual([['Access-Control-Allow-Origin', '*']]);
  expect(headersFor(rules, '/exactxhtml')).toEqual([]);
  expect(() => parseHeaders('  X-A: 1\n', 'h')).toThrow('h:1:');
});
