// Chart inputs from small literal records: what each page hands its charts.
import { describe, expect, test } from 'vitest';
import { layoutDeadlineTimeline } from '../../src/charts/deadline-timeline.ts';
import {
  datedShareRows,
  deadlineHorizon,
  deadlineRows,
  deadlinesOnce,
  documentPlaces,
  anyDated,
  multiYearTargets,
  reformAdoptions,
  targetComparison,
  themeHeatmapInput,
  type ChartPlace,
} from '../../src/charts/inputs.ts';
import type { MatrixCell, Place } from '../../src/domain/compare.ts';
import type { MetricRow, QuantityTable } from '../../src/domain/quantities.ts';
import { placeLabel } from '../../src/domain/titles.ts';
import type { Metric } from '../../src/schemas/analysis.ts';
import type { Deadline } from '../../src/schemas/measure.ts';
import { isPastDue } from '../../src/domain/dates.ts';

const due = (documentId: string, date: string | null, kind: Deadline['kind'] = date ? 'date' : 'ongoing') => ({
  documentId,
  deadline: { raw: date ?? '长期', date, kind, dates: date ? [date] : [], origin: 'column' as const, yearInferred: false },
});

const places: ChartPlace[] = [
  { name: '宁夏省级', documentIds: ['nx-a'] },
  { name: '银川市', documentIds: ['yc-a', 'yc-b'] },
  { name: '中卫市', documentIds: ['zw-a'] },
];
const measures = [
  due('yc-a', '2023-12-31'),
  due('yc-a', '2023-06-30'),
  due('yc-b', '2023-06-15'),
  due('yc-b', '2023-06-10'),
  due('yc-b', null),
  { documentId: 'yc-b', deadline: null },
  due('nx-a', '2023-09-30', 'multiple'),
  due('nx-a', '2023-10-31'),
  due('nx-a', null, 'unreadable'),
  due('other', '2023-01-31'),
];

describe('deadline rows', () => {
  const rows = deadlineRows(places, measures, '2023-06-15');

  test('count dated measures by month, split at asOf; a deadline on asOf is still open', () => {
    expect(rows).toEqual([
      { place: '宁夏省级', month: '2023-09', count: 1, pastDue: false },
      { place: '宁夏省级', month: '2023-10', count: 1, pastDue: false },
      { place: '银川市', month: '2023-06', count: 1, pastDue: true },
      { place: '银川市', month: '2023-06', count: 2, pastDue: false },
      { place: '银川市', month: '2023-12', count: 1, pastDue: false },
    ]);
  });

  test('a staged measure counts once, in its last stage’s month; its earlier stages are rows of their own (陕西 掌上办; a deadlines review found no 2024 bar)', () => {
    const staged = { documentId: 'zw-a', deadline: { ...due('zw-a', '2025-12-31', 'multiple').deadline, dates: ['2023-12-31', '2024-12-31', '2025-12-31'] } };
    expect(deadlineRows(places, [staged], '2024-06-15')).toEqual([
      { place: '中卫市', month: '2023-12', count: 1, pastDue: true, stage: true },
      { place: '中卫市', month: '2024-12', count: 1, pastDue: false, stage: true },
      { place: '中卫市', month: '2025-12', count: 1, pastDue: false },
    ]);
    // A step the text dates under a column's deadline is one too (哈密: 完成时限 2023年12月30日; 2023年3月底前，配合自治区…; a review).
    const column = { documentId: 'zw-a', deadline: { ...due('zw-a', '2023-12-30').deadline, textSteps: [{ raw: '2023年3月底前', date: '2023-03-31' }] } };
    expect(deadlineRows(places, [column], '2024-06-15').map((r) => [r.month, r.stage ?? false])).toEqual([
      ['2023-03', true],
      ['2023-12', false],
    ]);
  });

  test('undated measures and measures of other places are never placed on the axis', () => {
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(6);
    expect(rows.some((r) => r.place === '中卫市')).toBe(false);
  });

  test('a task kept up after its dated stage (…并长期坚持) is never past due, and drawn only as its stage (克拉玛依; site reviews: once drawn as due, then on no timeline)', () => {
    const kept = {
      documentId: 'zw-a',
      deadline: { ...due('zw-a', '2023-06-30').deadline, raw: '2023年6月底前并长期坚持', kind: 'multiple' as const, continues: true as const },
    };
    expect(isPastDue(kept.deadline, '2024-01-01')).toBe(false);
    expect(deadlineRows(places, [...measures, kept], '2024-01-01').filter((r) => r.place === '中卫市')).toEqual([
      { place: '中卫市', month: '2023-06', count: 1, pastDue: true, stage: true },
    ]);
  });

  test('a plan item restated row by row counts as its rows, and another place’s practice not at all, as the comparisons count (石嘴山 正文 and 附件; a site review found both drawn)', () => {
    const item = (id: string, date: string | null, practiceFrom?: string) => ({ id, ...due('sz-a', date), ...(practiceFrom ? { practiceFrom } : {}) });
    const measures = [item('m2-13-5', '2020-12-31'), item('m13-5-1', '2020-12-31'), item('r1', '2023-06-30', '北京市')];
    const restated = new Map([['m2-13-5', { by: 'm13-5-1', all: ['m13-5-1'] }]]);
    expect(deadlinesOnce(measures, restated).map((m) => m.id)).toEqual(['m13-5-1']);
  });
  test('moving asOf past every deadline makes all of them past due', () => {
    const later = deadlineRows(places, measures, '2024-01-01');
    expect(later.every((r) => r.pastDue)).toBe(true);
    expect(later.filter((r) => r.place === '银川市' && r.month === '2023-06')).toEqual([{ place: '银川市', month: '2023-06', count: 3, pastDue: true }]);
  });

  test('the rows lay out as the chart expects (the summary counts them)', () => {
    expect(layoutDeadlineTimeline({ rows, asOf: '2023-06-15' }).summary).toContain('2 个地区共有 6 项措施标有完成月份，其中 1 项');
  });
});

test('the horizon is a year after asOf, across year ends', () => {
  expect(deadlineHorizon('2025-06-04')).toBe('2026-06');
  expect(deadlineHorizon('2023-12-31')).toBe('2024-12');
  expect(deadlineHorizon('2023-01-01', 11)).toBe('2023-12');
});

describe('dated share', () => {
  test('counts dated out of all measures; a place with no measures has total 0', () => {
    expect(datedShareRows(places, measures)).toEqual([
      { place: '宁夏省级', dated: 2, total: 3 },
      { place: '银川市', dated: 4, total: 6 },
      { place: '中卫市', dated: 0, total: 0 },
    ]);
  });
  test('a chart without a single dated measure is not worth drawing', () => {
    expect(anyDated(datedShareRows([places[2]!], measures))).toBe(false);
    expect(anyDated(datedShareRows([places[2]!], [...measures, due('zw-a', null)]))).toBe(false);
    expect(anyDated(datedShareRows(places, measures))).toBe(true);
  });
});

test('document labels: 文号 when stated, else a short title without the city, cut in the middle so it keeps what the document is (任务清单), distinct', () => {
  const labels = documentPlaces('银川市', [
    { id: 'a', title: '银川市人民政府办公室关于印发银川市持续优化营商环境的实施方案的通知', docNumber: '银政办发〔2023〕17号' },
    { id: 'b', title: '银川市2023年优化营商环境细化任务清单', docNumber: null },
    { id: 'c', title: '银川市2023年优化营商环境细化任务清单', docNumber: null },
    { id: 'd', title: '关于印发《银川市营商环境工作要点》的通知', docNumber: null },
  ]).map((p) => p.name);
  expect(labels).toEqual(['银政办发〔2023〕17号', '2023年优化…细化任务清单', '2023年优化…细化任务清单（2）', '营商环境工作要点']);
});

const place = (id: string, name: string, level: Place['level'] = 'city'): Place => ({
  id,
  name,
  province: '宁夏',
  level,
  url: `/p/${id}/`,
  documentIds: [],
  lacksAnnexes: false,
});
const row = (placeId: string, value: number, extra: Partial<MetricRow> = {}): MetricRow => ({
  place: placeId,
  placeName: placeId,
  value,
  unit: '个工作日',
  kind: 'level',
  text: `压减至${value}个工作日`,
  measureId: `${placeId}-m${value}`,
  href: `/documents/${placeId}/#${placeId}-m${value}`,
  best: false,
  ...extra,
});
const metric: Metric = {
  id: 'business-startup-time',
  name: '企业开办时间',
  theme: 'starting-business',
  units: ['个工作日', '小时'],
  direction: 'lower-is-better',
  keywords: ['企业开办'],
  definition: '全流程所需时间',
  excludes: [],
  qualifiers: [],
  defaultQualifier: '全流程',
  stock: false,
};
const table = (rows: MetricRow[], direction: QuantityTable['direction'] = 'lower-is-better'): QuantityTable => ({
  key: 'business-startup-time|全流程|个工作日|level',
  name: '企业开办时间',
  metric,
  qualifier: '全流程',
  unit: '个工作日',
  kind: 'level',
  direction,
  amount: false,
  rows,
  places: new Set(rows.map((r) => r.place)).size,
  statedLevels: [],
});
const labelOf = (id: string) => `${id}名`;

describe('target comparison', () => {
  test('one bar per place at its headline value, every value the place states in its label', () => {
    const chart = targetComparison(table([row('nx', 1), row('nx', 1, { href: '/documents/nx2/#x' }), row('yc', 0.5), row('yc', 2)]), labelOf)!;
    expect(chart.input).toMatchObject({ metric: '企业开办时间', unit: '个工作日', direction: 'lower-is-better' });
    expect(chart.input.rows).toEqual([
      { place: 'nx名', value: 1, label: '“压减至1个工作日”', href: '/documents/nx/#nx-m1' },
      {
        place: 'yc名',
        value: 0.5,
        label: '“压减至0.5个工作日”；“压减至2个工作日”',
        href: '/documents/yc/#yc-m0.5',
        // Values of two measures: each phrase links its own (陇南's 2025 target stood under its 2023 plan's link; a review).
        parts: [
          { text: '“压减至0.5个工作日”', href: '/documents/yc/#yc-m0.5' },
          { text: '“压减至2个工作日”', href: '/documents/yc/#yc-m2' },
        ],
      },
    ]);
  });
  test('a place’s latest year is its headline, whatever the direction; its words open the label the bar links from (陇南; a site review)', () => {
    const chart = targetComparison(table([row('nx', 1, { year: 2023 }), row('nx', 3, { year: 2025 }), row('yc', 2)]), labelOf)!;
    expect(chart.input.rows[0]).toMatchObject({ place: 'nx名', value: 3, year: 2025, href: '/documents/nx/#nx-m3' });
    expect(chart.input.rows[0]!.label).toBe('“压减至3个工作日”（2025年目标）；“压减至1个工作日”（2023年目标）');
  });
  test('the site’s year notes stand outside the quoted words, so 原文表述 never passes one off as the text’s (宁夏 “达50%以上（2023年文件）”; a review)', () => {
    const chart = targetComparison(
      table([row('nx', 1, { dueYear: 2023 }), row('yc', 2, { issuedYear: 2020 }), row('xa', 3, { year: 2024, text: '2024年压减至3个工作日' })]),
      labelOf,
    )!;
    expect(chart.input.rows.map((r) => r.label)).toEqual(['“压减至1个工作日”（时限 2023年）', '“压减至2个工作日”（2020年文件）', '“2024年压减至3个工作日”']);
  });
  test('one place alone is no comparison, even with several targets; without a direction nothing is ranked', () => {
    expect(targetComparison(table([row('nx', 1), row('nx', 2)]), labelOf)).toBeNull();
    expect(targetComparison(table([row('nx', 1), row('yc', 2)], null), labelOf)).toBeNull();
  });
});

describe('multi-year targets', () => {
  test('a place with one value in each of two years makes a series, in year order', () => {
    const input = multiYearTargets(table([row('yc', 1, { year: 2024 }), row('yc', 3, { year: 2023 }), row('nx', 2, { year: 2023 }), row('zw', 5)]), labelOf)!;
    expect(input.series).toEqual([
      {
        place: 'yc名',
        points: [
          { year: 2023, value: 3, href: '/documents/yc/#yc-m3' },
          { year: 2024, value: 1, href: '/documents/yc/#yc-m1' },
        ],
      },
    ]);
  });
  test('a year with two different values is no point; without two years there is no chart', () => {
    expect(multiYearTargets(table([row('yc', 1, { year: 2020 }), row('yc', 2, { year: 2020 }), row('yc', 4, { year: 2021 })]), labelOf)).toBeNull();
  });
});

test('heat map: labels as on /compare/, links only where the theme page has the place', () => {
  const ps = [place('ningxia', '宁夏回族自治区', 'province'), place('ningxia-yinchuan', '银川市')];
  const cell = (p: string, state: MatrixCell['state'], count: number, secondaryCount = 0): MatrixCell => ({
    theme: 'taxes',
    place: p,
    state,
    count,
    secondaryCount,
    targetCount: 0,
    notes: [],
    moreNotes: 0,
    href: `/compare/taxes/#${count ? p : `secondary-${p}`}`,
  });
  const input = themeHeatmapInput([{ id: 'taxes', name: '纳税' }], ps, [
    cell('ningxia', 'none', 0, 2),
    cell('ningxia-yinchuan', 'measures', 3),
    cell('elsewhere', 'target', 2),
  ]);
  // A cell graded by a target other measures set links to them, listed apart (a review of the open data).
  expect(
    themeHeatmapInput([{ id: 'taxes', name: '纳税' }], ps, [cell('ningxia', 'target', 0, 1), cell('ningxia-yinchuan', 'measures', 3)]).cells[0],
  ).toMatchObject({
    href: '/compare/taxes/#secondary-ningxia',
  });
  expect(input.places.map((p) => p.name)).toEqual(['宁夏自治区级', '银川市']);
  // A place with only secondary measures on the theme is 未涉及, unlinked, and keeps its count apart.
  expect(input.cells).toEqual([
    { theme: 'taxes', place: 'ningxia', state: 'none', count: 0, secondaryCount: 2, targetCount: 0 },
    { theme: 'taxes', place: 'ningxia-yinchuan', state: 'measures', count: 3, secondaryCount: 0, targetCount: 0, href: '/compare/taxes/#ningxia-yinchuan' },
  ]);
  expect(placeLabel(ps[1]!)).toBe('银川市');
});

test('reform adoptions take the document’s own date, null when unstated, and link the naming measure', () => {
  const docs = new Map([
    ['a', { title: '甲', date: '2023-03-01', url: '/documents/a/' }],
    ['b', { title: '乙', date: null, url: '/documents/b/' }],
  ]);
  const adoptions = reformAdoptions(
    {
      adoptions: [
        { documentId: 'a', date: '2023-03-01', province: '宁夏', city: '银川市', measureIds: ['gone', 'a-m2'] },
        { documentId: 'b', date: null, province: '宁夏', city: null, measureIds: [] },
        { documentId: 'missing', date: '2023-01-01', province: '宁夏', city: null, measureIds: [] },
      ],
    },
    docs,
    new Map([['a-m2', '/documents/a/#a-m2']]),
  );
  expect(adoptions).toEqual([
    { place: '银川市', date: '2023-03-01', documentTitle: '甲', href: '/documents/a/#a-m2' },
    { place: '宁夏自治区级', date: null, documentTitle: '乙', href: '/documents/b/' },
  ]);
});
