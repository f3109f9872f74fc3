// /units/ as a reader meets it: the busiest bodies are bodies, not groups
// named alike in every place (各县区, 有关部门), and a group says its place.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { dist } from './dist.ts';

const html = readFileSync(path.join(dist, 'units', 'index.html'), 'utf8');
const names = (table: string) => [...table.matchAll(/<td[^>]*><a href="\/units\/[^"]+"[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]!);

test('the busiest bodies leave out groups of bodies', () => {
  const busiest = /任务最多的单位[\s\S]*?<\/table>/.exec(html)?.[0];
  if (!busiest) return; // one table while the bodies fit a page: nothing is ranked apart
  expect(names(busiest).length).toBeGreaterThan(5);
  expect(names(busiest).filter((n) => /^(各|有关|相关)/.test(n))).toEqual([]);
});

test('a group in the listing names its place', () => {
  const listed = names(html).filter((n) => /^各/.test(n));
  expect(listed.length).toBeGreaterThan(0);
  for (const n of listed) expect(n, n).toMatch(/（[^）]+）$/);
});
