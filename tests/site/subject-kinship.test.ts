// What two measures are about, read from their subject lines: src/domain/subject-kinship.ts,
// on texts cut from the sources (银川 000:10, 陕西 002:964, 铜川 002:3715).
import { expect, test } from 'vitest';
import { openingWords } from '../../src/domain/counterparts.ts';
import { sameReformSubject as linked } from '../../src/domain/subject-kinship.ts';

type Measure = Parameters<typeof openingWords>[0] & { id: string; reforms?: string[] };
/** The pairs as rows read them: each measure's subject line is its opening words. */
const sameReformSubject = (measures: Measure[], names: Map<string, string>) => {
  const byId = new Map(measures.map((m) => [m.id, m]));
  return linked(measures, (id) => openingWords(byId.get(id)!), names);
};

const reformName = new Map([
  ['yi-ye-yi-zheng', '一业一证'],
  ['yi-jian-shi', '一件事'],
  ['ge-zhuan-qi', '个转企'],
]);

// 陕西 002:964 and 银川 000:10, written anew under one reform: few characters alike.
const shaanxi = {
  id: 'shaanxi-5',
  title: '试点推行市场监管领域“一业一证”改革',
  label: '5.',
  text: '5.试点推行市场监管领域“一业一证”改革。探索在食品、特种设备、重要工业产品等领域，推行市场监管部门各类许可业务“一套材料、并联审批、一次发证”。',
  reforms: ['yi-ye-yi-zheng'],
};
const yinchuan = {
  id: 'yinchuan-2',
  title: null,
  label: '2',
  text: '不断优化宁夏政务服务网银川站“一业一证”模块功能，实现准营事项覆盖率达80%。',
  reforms: ['yi-ye-yi-zheng'],
};

test('two measures whose titles or opening clauses name one tracked reform are linked', () => {
  expect(sameReformSubject([shaanxi, yinchuan], reformName)).toEqual([['shaanxi-5', 'yinchuan-2']]);
});

test('a reform named past the opening clause, in a head listing many reforms, or without the reforms’ names, links nothing', () => {
  const inPassing = { ...yinchuan, id: 'in-passing', text: '优化准营服务，推进“一业一证”模块功能。' };
  expect(sameReformSubject([shaanxi, inPassing], reformName)).toEqual([]);
  const listing = { ...shaanxi, id: 'listing', title: '推进“一业一证”“个转企”“一件事一次办”', reforms: ['yi-ye-yi-zheng', 'ge-zhuan-qi', 'yi-jian-shi'] };
  expect(sameReformSubject([listing, yinchuan], reformName)).toEqual([]);
  expect(sameReformSubject([shaanxi, yinchuan], new Map())).toEqual([]);
});

test('a way of serving applied to different matters is no shared subject (rows-7: 用工登记 beside graduates’ services)', () => {
  const registration = { id: 'yinchuan-jobs', title: null, text: '推动企业用工登记、社保登记“一件事一次办”。', reforms: ['yi-jian-shi'] };
  const graduates = {
    id: 'tongchuan-2',
    title: null,
    label: '2.',
    text: '2.加快实施高校毕业生就业公共服务“一件事一次办”改革，用好动态精准就业服务系统。',
    reforms: ['yi-jian-shi'],
  };
  expect(sameReformSubject([registration, graduates], reformName)).toEqual([]);
});

test('a reform seven measures of a page are about says nothing of which two belong together', () => {
  const many = Array.from({ length: 7 }, (_, i) => ({ ...yinchuan, id: `m${i}` }));
  expect(sameReformSubject(many, reformName)).toEqual([]);
  expect(sameReformSubject(many.slice(0, 6), reformName)).toHaveLength(15);
});
