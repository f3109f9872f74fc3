// Kin of a reform on its page: src/domain/related-reforms.ts, on measure sets cut from content/analysis/reforms.json.
import { expect, test } from 'vitest';
import { relatedReforms } from '../../src/domain/related-reforms.ts';

const reform = (id: string, ...measureIds: string[]) => ({ id, adoptions: [{ measureIds }] });
// 一业一证 names 一证准营 in two of its nine measures and 告知承诺 in five, but 告知承诺 stands in 47.
const yiYeYiZheng = reform('yi-ye-yi-zheng', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9');
const yiZhengZhunYing = reform('yi-zheng-zhun-ying', 'm1', 'm2', 'x1', 'x2');
const gaoZhiChengNuo = reform('gao-zhi-cheng-nuo', 'm3', 'm4', 'm5', 'm6', 'm7', ...Array.from({ length: 42 }, (_, i) => `g${i}`));
const once = reform('hao-cha-ping', 'm9', 'y1');

test('kin are reforms named in the same measures, the closest first, not the most common first', () => {
  const kin = relatedReforms(yiYeYiZheng, [yiYeYiZheng, gaoZhiChengNuo, yiZhengZhunYing, once]);
  expect(kin.map((k) => [k.reform.id, k.shared])).toEqual([
    ['yi-zheng-zhun-ying', 2],
    ['gao-zhi-cheng-nuo', 5],
  ]);
});

test('one shared measure is a list of reforms, not kinship; a reform is not its own kin', () => {
  const kin = relatedReforms(once, [yiYeYiZheng, once]);
  expect(kin).toEqual([]);
});

test('a reform named everywhere is no kin of one it shares two measures with (一网通办: 2 of 一业一证’s 9, in 70)', () => {
  const everywhere = reform('yi-wang-tong-ban', 'm1', 'm2', ...Array.from({ length: 68 }, (_, i) => `w${i}`));
  expect(relatedReforms(yiYeYiZheng, [yiYeYiZheng, everywhere])).toEqual([]);
});

test('a page names five kin at most', () => {
  const hub = reform('hub', 'a', 'b');
  const many = Array.from({ length: 8 }, (_, i) => reform(`r${i}`, 'a', 'b', `own${i}`));
  expect(relatedReforms(hub, [hub, ...many])).toHaveLength(5);
});
