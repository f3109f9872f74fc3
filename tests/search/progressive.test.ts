import { expect, test } from 'vitest';
import type { SearchBundle } from '../../src/search/manifest.ts';
import { COMPLETION_BUDGET, completionCost, nextBundles, PAGE_SIZE, type Progress } from '../../src/search/progressive.ts';

const bundle = (name: string, records: number, kB: number, chunkKB = 0): SearchBundle => ({
  path: `/pagefind/${name}/`,
  provinces: [name],
  documents: records,
  records,
  bytes: kB * 1024,
  chunkBytes: chunkKB * 1024,
});
const small = ['a', 'b', 'c', 'd', 'e'].map((name) => bundle(name, 30, 2));
const large = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((name) => bundle(name, 400, 40));
const progress = (over: Partial<Progress>): Progress => ({
  scope: large,
  searched: [],
  shown: 0,
  positions: [],
  bytesPerPosition: 1.5,
  complete: false,
  ...over,
});

test('a small corpus is searched whole at once', () => {
  expect(nextBundles(progress({ scope: small }))).toEqual(small);
});

test('a large one is searched one bundle first, then as many again as searched, until a page is found', () => {
  expect(nextBundles(progress({}))).toEqual(large.slice(0, 1));
  expect(nextBundles(progress({ searched: large.slice(0, 1), shown: 3 }))).toEqual(large.slice(1, 2));
  expect(nextBundles(progress({ searched: large.slice(0, 2), shown: 7 }))).toEqual(large.slice(2, 4));
  expect(nextBundles(progress({ searched: large.slice(0, 2), shown: PAGE_SIZE }))).toEqual([]);
});

test('once the rest is cheap, or the reader asks, every bundle left is searched', () => {
  // Six bundles searched: the two left cost 80 kB of metadata, under the budget.
  expect(nextBundles(progress({ searched: large.slice(0, 6), shown: PAGE_SIZE }))).toEqual(large.slice(6));
  expect(nextBundles(progress({ searched: large.slice(0, 1), shown: PAGE_SIZE, complete: true }))).toEqual(large.slice(1));
  expect(nextBundles(progress({ searched: large, shown: 0, complete: true }))).toEqual([]);
});

test('a frequent character makes the rest costly, a rare one does not', () => {
  // Seven searched, one left (40 kB of metadata): 1,000 positions of a rare character so far add ~0.2 kB; 500,000 of two frequent ones ~107 kB.
  const seven = large.slice(0, 7);
  expect(completionCost(large.slice(7), seven, [1000], 1.5)).toBeCloseTo(40 * 1024 + (1000 * 1.5) / 7, 0);
  expect(nextBundles(progress({ searched: seven, shown: PAGE_SIZE, positions: [1000] }))).toEqual(large.slice(7));
  expect(completionCost(large.slice(7), seven, [300_000, 200_000], 1.5)).toBeGreaterThan(COMPLETION_BUDGET);
  expect(nextBundles(progress({ searched: seven, shown: PAGE_SIZE, positions: [300_000, 200_000] }))).toEqual([]);
});

test('bundles searched outside the scope count for the estimate but not as searched in it', () => {
  const scope = large.slice(4);
  expect(nextBundles(progress({ scope, searched: large.slice(0, 4), shown: 0 }))).toEqual(large.slice(4, 5));
});

test('each word looked up costs at least one index chunk in every bundle left, however few its positions', () => {
  // Four searched, four left with 5 kB of metadata and 4 kB chunks: two pairs of 100 positions so far cost 2 × 16 kB of chunks.
  const chunked = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((name) => bundle(name, 400, 5, 4));
  expect(completionCost(chunked.slice(4), chunked.slice(0, 4), [100, 100], 1.5)).toBe((20 + 2 * 16) * 1024);
  const pairs = { scope: chunked, searched: chunked.slice(0, 4), shown: PAGE_SIZE, positions: [100, 100, 100] };
  expect(nextBundles(progress({ ...pairs, positions: [100] }))).toEqual(chunked.slice(4));
  expect(nextBundles(progress({ ...pairs, scope: [...chunked, ...chunked.map((b) => ({ ...b, path: `${b.path}2/` }))] }))).toEqual([]);
});
