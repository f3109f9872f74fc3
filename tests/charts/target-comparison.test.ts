import { describe, expect, test } from 'vitest';
import type { LinkMark, Mark, RectMark } from '../../src/charts/layout.ts';
import { ACCENT, NEUTRAL } from '../../src/charts/palette.ts';
import { tableToCsv } from '../../src/domain/table.ts';
import { viewTable } from '../../src/charts/table.ts';
import { layoutTargetComparison, targetTable } from '../../src/charts/target-comparison.ts';
import { toSvg } from '../../src/charts/svg.ts';
import { businessStartup } from './fixtures.ts';
import { matchSnapshot } from './helpers/snapshot.ts';

const links = (marks: Mark[]) => marks.filter((m): m is LinkMark => m.kind === 'link');
const bar = (link: LinkMark) => link.children.find((m): m is RectMark => m.kind === 'rect' && m.className !== 'chart-hit')!;

describe('targetTable', () => {
  test('lower is better: lowest first, ties keep input order, the lowest is best', () => {
    const t = targetTable(businessStartup);
    expect(t.rows.map((r) => [r.place, r.value, r.best])).toEqual([
      ['银川市', 0.5, true],
      ['石嘴山市', 1, false],
      ['西安市', 1, false],
      ['陕西省', 3, false],
    ]);
  });

  test('higher is better: highest first', () => {
    const t = targetTable({ ...businessStartup, metric: '网上可办率', unit: '%', direction: 'higher-is-better' });
    expect(t.rows[0]!.place).toBe('陕西省');
    expect(t.rows[0]!.best).toBe(true);
  });

  test('the exact phrase links to the measure in the table; the CSV keeps the link', () => {
    const view = viewTable(targetTable(businessStartup));
    expect(view.headers.map((h) => h.label)).toEqual(['地区', '目标年份', '目标值', '单位', '原文表述', '最积极']);
    expect(view.rows[0]![4]).toEqual({
      text: '“压减至0.5个工作日以内”',
      href: '/documents/ningxia-yinchuan-2023-4d5e6f/#ningxia-yinchuan-2023-4d5e6f-m1-3',
      numeric: false,
    });
    expect(tableToCsv(targetTable(businessStartup)).split('\r\n')[1]).toBe(
      '银川市,2023,0.5,个工作日,“压减至0.5个工作日以内”,true,/documents/ningxia-yinchuan-2023-4d5e6f/#ningxia-yinchuan-2023-4d5e6f-m1-3',
    );
  });

  test('a place’s phrases from two measures each link their own in the table (陇南; a review)', () => {
    const parts = [
      { text: '“压减至1个工作日”（2023年文件）', href: '/documents/a/#a-m1' },
      { text: '“压缩到1个工作日以内”（2025年目标）', href: '/documents/b/#b-m2' },
    ];
    const input = { ...businessStartup, rows: [{ ...businessStartup.rows[0]!, label: parts.map((p) => p.text).join('；'), parts }] };
    expect(viewTable(targetTable(input)).rows[0]![4]).toEqual({ text: parts.map((p) => p.text).join('；'), numeric: false, links: parts });
  });
  test('rejects values that are not numbers', () => {
    expect(() => targetTable({ ...businessStartup, rows: [{ ...businessStartup.rows[0]!, value: Number.NaN }] })).toThrow(/not a number/);
  });
});

describe('layoutTargetComparison', () => {
  const layout = layoutTargetComparison(businessStartup);

  test('one link per target, to its measure, in ranking order', () => {
    expect(links(layout.marks).map((l) => l.href)).toEqual(targetTable(businessStartup).rows.map((r) => r.href));
    expect(links(layout.marks)[0]!.label).toBe('银川市（2023年） 0.5 个工作日 · 最积极，原文“压减至0.5个工作日以内”');
  });

  test('bars from zero, proportional to the value; only the best is accented', () => {
    const bars = links(layout.marks).map(bar);
    expect(bars.map((b) => b.fill)).toEqual([ACCENT, NEUTRAL, NEUTRAL, NEUTRAL]);
    expect(new Set(bars.map((b) => b.x)).size).toBe(1);
    expect(bars[3]!.width / bars[0]!.width).toBeCloseTo(6, 1);
  });

  test('summary names the most ambitious and the least, with ties', () => {
    expect(layout.summary).toBe(
      '4 个地区的企业开办时间目标中，最积极的是银川市（0.5 个工作日，2023年），最宽松的是陕西省（3 个工作日）。各目标的年份不一（2023—2024年，部分未注明），高低不全是力度之差。',
    );
    // Targets of one year say nothing of years.
    const oneYear = layoutTargetComparison({ ...businessStartup, rows: businessStartup.rows.map((r) => ({ ...r, year: 2023 })) });
    expect(oneYear.summary).not.toMatch(/年份不一/);
    // One year beside targets with none: that they differ cannot be told, so the summary says which are unstated (a review).
    const tie = layoutTargetComparison({ ...businessStartup, rows: businessStartup.rows.slice(2) });
    expect(tie.summary).toBe('2 个地区的企业开办时间目标均为 1 个工作日。部分目标未注明年份（其余为2024年）。');
    // The same quantity in another unit is never converted, and the summary (the image's too) says who it leaves out.
    const hours = layoutTargetComparison({
      ...businessStartup,
      rows: businessStartup.rows.slice(2),
      otherUnits: [{ unit: '小时', places: ['甘孜藏族自治州（四川）'] }],
    });
    expect(hours.summary).toMatch(/。另有甘孜藏族自治州（四川）以“小时”计的同一指标目标，单位不同不作换算，未列入比较。$/);
    // Places whose target is one sentence say so: their tie is one target passed down (a review: 咸阳 copies 陕西).
    const copied = layoutTargetComparison({
      ...businessStartup,
      rows: businessStartup.rows.slice(2),
      sameWording: [{ places: ['陕西省级', '咸阳市'], words: '部门信息孤岛打通率超过80%' }],
    });
    expect(copied.summary).toContain(
      '其中陕西省级、咸阳市写定目标的分句相同（陕西省级：“部门信息孤岛打通率超过80%”；引号、标点不计），多为照录同一份上级文件，不是各自定下的力度。',
    );
  });

  test('tied targets of different years name each place’s year (开办企业: a 2020 target is not level with 2023’s; a site review)', () => {
    const rows = [
      { ...businessStartup.rows[0]!, place: '陕西省级', value: 1, year: 2023 },
      { ...businessStartup.rows[0]!, place: '咸阳市', value: 1, year: 2023 },
      { ...businessStartup.rows[0]!, place: '石嘴山市', value: 1, year: 2020 },
      { ...businessStartup.rows[0]!, place: '新疆省级', value: 3, year: 2023 },
    ];
    expect(layoutTargetComparison({ ...businessStartup, rows }).summary).toBe(
      '4 个地区的企业开办时间目标中，最积极的是 1 个工作日：陕西省级、咸阳市（2023年），石嘴山市（2020年）；最宽松的是新疆省级（3 个工作日，2023年）。各目标的年份不一（2020—2023年），高低不全是力度之差。',
    );
  });

  test('numbers are rounded to 2 decimals', () => {
    expect(JSON.stringify(layout.marks)).not.toMatch(/\d\.\d{3,}/);
  });
});

test('SVG snapshot', () => {
  matchSnapshot('target-comparison', 'svg', toSvg(layoutTargetComparison(businessStartup, { id: 'startup' })));
});
