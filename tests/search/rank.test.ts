import { expect, test } from 'vitest';
import { byDateThenTitle, byRelevance, titleHits } from '../../src/search/rank.ts';

const doc = (title: string, date: string, titleHitsN: number, occurrences: number) => ({ title, date, titleHits: titleHitsN, occurrences });

test('a document with the query in its title ranks before one that only mentions it more often', () => {
  const inTitle = doc('关于推行带押过户的通知', '2022-01-01', 1, 1);
  const mentions = doc('优化营商环境方案', '2023-05-01', 0, 9);
  expect([mentions, inTitle].sort(byRelevance)).toEqual([inTitle, mentions]);
});

test('among equals, more occurrences rank first, then newer documents', () => {
  const a = doc('甲', '2023-01-01', 0, 2);
  const b = doc('乙', '2023-06-01', 0, 2);
  const c = doc('丙', '2021-01-01', 0, 5);
  expect([a, b, c].sort(byRelevance)).toEqual([c, b, a]);
});

test('browsing lists newest first and undated documents last', () => {
  const list = [doc('乙', '', 0, 0), doc('甲', '2023-02-01', 0, 0), doc('丙', '2023-03-01', 0, 0)].sort(byDateThenTitle);
  expect(list.map((d) => d.title)).toEqual(['丙', '甲', '乙']);
});

test('title hits count the phrases the title holds, ignoring case', () => {
  expect(titleHits('关于RCEP和带押过户', [{ text: 'rcep' }, { text: '带押过户' }, { text: '银川' }])).toBe(2);
});
