import { expect, test } from 'vitest';
import { parseQuery } from '../../src/search/query.ts';
import { documentHits, phraseStarts } from '../../src/search/verify.ts';
import { positionsOf } from '../helpers/index-words.ts';

/** A record of this text as Pagefind would answer the query's lookups. */
const positions = (text: string, query: string) => positionsOf(text, parseQuery(query).terms);
const starts = (query: string, text: string) => phraseStarts(parseQuery(query).phrases[0].lookups, positions(text, query));

test('a phrase is found where its characters stand side by side', () => {
  expect(starts('带押过户', '推行带押过户，带押过户')).toEqual([2, 7]);
});

test('characters that all occur but apart are not a match', () => {
  expect(starts('市审批局', '市行政审批服务局')).toEqual([]);
  expect(starts('过户', '户过')).toEqual([]);
});

test('a phrase inside a longer word matches (动产 in 不动产)', () => {
  expect(starts('动产', '不动产登记')).toEqual([1]);
});

test('a number matches inside a longer number, as a substring does', () => {
  expect(starts('1个工作日', '压缩至21个工作日')).toEqual([4]);
});

test('punctuation in a phrase accepts any character at its place', () => {
  expect(starts('双随机、一公开', '推行双随机、一公开监管')).toEqual([2]);
  expect(starts('双随机、一公开', '双随机，一公开')).toEqual([0]);
  expect(starts('双随机、一公开', '双随机一公开')).toEqual([]);
});

test('an odd phrase needs its overlapping last pair', () => {
  expect(starts('市场监管局', '市场监管总局，市场监管局')).toEqual([7]);
  expect(starts('双随机', '双随意，随机')).toEqual([]);
});

test('one character is found wherever it stands, before punctuation and at the end too', () => {
  expect(starts('局', '局长、市局。局')).toEqual([0, 4, 6]);
  expect(starts('A', 'a、Ab')).toEqual([0, 2]);
});

test('a pair does not run across punctuation', () => {
  expect(starts('机一', '机、一')).toEqual([]);
});

test('a missing character means no match', () => {
  expect(starts('一照多址', '一照多')).toEqual([]);
});

test('a document is a result only when every phrase occurs, in any of its records', () => {
  const query = parseQuery('银川 带押过户');
  const records = new Map([
    ['r1', positions('银川市人民政府', '银川 带押过户')],
    ['r2', positions('推行带押过户', '银川 带押过户')],
    ['r3', positions('推行带押过户', '银川 带押过户')],
  ]);
  const owner: Record<string, number> = { r1: 0, r2: 0, r3: 1 };
  const hits = documentHits(query.phrases, records, (id) => owner[id]);
  expect(hits.map((h) => h.document)).toEqual([0]);
  expect(hits[0].perPhrase).toEqual([1, 1]);
  expect(hits[0].occurrences).toBe(2);
});

test('records of a result are ordered by their number of hits', () => {
  const query = parseQuery('过户');
  const records = new Map([
    ['a', positions('过户', '过户')],
    ['b', positions('过户过户过户', '过户')],
  ]);
  const [hit] = documentHits(query.phrases, records, () => 0);
  expect(hit.records.map((r) => r.record)).toEqual(['b', 'a']);
  expect(hit.records[0].hits).toEqual([0, 2, 4].map((start) => ({ phrase: 0, start, length: 2 })));
});

test('records the manifest does not know are ignored', () => {
  expect(documentHits(parseQuery('过户').phrases, new Map([['x', positions('过户', '过户')]]), () => undefined)).toEqual([]);
});
