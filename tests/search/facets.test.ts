import { expect, test } from 'vitest';
import { facetCounts, filterKeys, filterLabel, matches, YEAR_NOT_STATED } from '../../src/search/facets.ts';

const doc = (province: string, year: string, level: string, city?: string) => ({
  filters: { province: [province], year: [year], level: [level], ...(city ? { city: [city] } : {}) },
});
const docs = [doc('宁夏', '2023', '市级', '银川市'), doc('宁夏', '2022', '省级'), doc('甘肃', '2023', '省级'), doc('陕西', '2023', '市级', '西安市')];

test('values of one filter are alternatives and filters combine', () => {
  const selection = { province: ['宁夏', '甘肃'], year: ['2023'] };
  expect(docs.filter((d) => matches(d, selection))).toEqual([docs[0], docs[2]]);
});

test("a filter's counts ignore its own selection so other values stay reachable", () => {
  const counts = facetCounts(docs, docs, ['province', 'year'], { province: ['宁夏'] });
  expect(counts.province.map((v) => [v.value, v.count, v.selected])).toContainEqual(['甘肃', 1, false]);
  expect(counts.province.find((v) => v.value === '宁夏')).toMatchObject({ count: 2, selected: true });
  expect(counts.year.map((v) => [v.value, v.count])).toEqual([
    ['2023', 1],
    ['2022', 1],
  ]);
});

test('counts are over the results, and values no result has count zero', () => {
  const counts = facetCounts(docs, [docs[3]], ['province'], {});
  expect(counts.province.find((v) => v.value === '宁夏')?.count).toBe(0);
  expect(counts.province.find((v) => v.value === '陕西')?.count).toBe(1);
});

test('levels read 省级 before 市级 and years newest first', () => {
  const counts = facetCounts(docs, docs, ['level', 'year'], {});
  expect(counts.level.map((v) => v.value)).toEqual(['省级', '市级']);
  expect(counts.year.map((v) => v.value)).toEqual(['2023', '2022']);
  // A document that states no year is found under 未注明, after every year (a site review: 石嘴山's 台账 could not be reached).
  const undated = facetCounts([...docs, doc('宁夏', YEAR_NOT_STATED, '市级')], docs, ['year'], {});
  expect(undated.year.map((v) => v.value)).toEqual(['2023', '2022', YEAR_NOT_STATED]);
});

test('known filters come first in their order, a new key such as theme is offered too', () => {
  expect(filterKeys(['year', 'zone', 'theme', 'province'])).toEqual(['province', 'year', 'theme', 'zone']);
  expect(filterLabel('theme')).toBe('主题');
  expect(filterLabel('zone')).toBe('zone');
});

test('values whose documents were not searched are offered without a count', () => {
  const counts = facetCounts(docs.slice(0, 2), [docs[0]], ['province'], { province: ['宁夏'] }, { province: ['甘肃', '陕西', '宁夏'] });
  expect(counts.province.map((v) => [v.value, v.count, v.selected])).toEqual([
    ['甘肃', null, false],
    ['宁夏', 1, true],
    ['陕西', null, false],
  ]);
});
