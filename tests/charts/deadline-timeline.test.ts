import { describe, expect, test } from 'vitest';
import { deadlineTable, layoutDeadlineTimeline } from '../../src/charts/deadline-timeline.ts';
import { toSvg } from '../../src/charts/svg.ts';
import type { Mark, RectMark, TextMark } from '../../src/charts/layout.ts';
import { ACCENT, NEUTRAL, PANEL, WHITE } from '../../src/charts/palette.ts';
import { tableToCsv } from '../../src/domain/table.ts';
import { deadlines } from './fixtures.ts';
import { matchSnapshot } from './helpers/snapshot.ts';

const rects = (marks: Mark[]) => marks.filter((m): m is RectMark => m.kind === 'rect');
const texts = (marks: Mark[]) => marks.filter((m): m is TextMark => m.kind === 'text');

describe('deadlineTable', () => {
  test('adds up rows with the same place, month and status, keeping place order', () => {
    const t = deadlineTable({ asOf: '2023-09-15', rows: [...deadlines.rows, { place: '银川市', month: '2023-12', count: 1, pastDue: false }] });
    expect([...new Set(t.rows.map((r) => r.place))]).toEqual(['银川市', '石嘴山市', '西安市', '陕西省']);
    expect(t.rows.find((r) => r.place === '银川市' && r.month === '2023-12')?.count).toBe(13);
    // The month holding asOf keeps both parts, past first.
    expect(t.rows.filter((r) => r.place === '银川市' && r.month === '2023-09').map((r) => r.pastDue)).toEqual([true, false]);
  });

  test('lanes that are one place’s documents are named so: the column says 文件 and the summary names the place (银川’s two documents; a site review)', () => {
    const input = {
      asOf: '2023-09-15',
      rows: deadlines.rows.slice(0, 4).map((r, i) => ({ ...r, place: i % 2 ? '任务清单' : '实施方案' })),
      laneNoun: '文件',
      subject: '银川市',
    };
    const t = deadlineTable(input);
    expect(t.columns[0]!.label).toBe('文件');
    expect(t.caption).toMatch(/^银川市每月到期的措施数/);
    expect(layoutDeadlineTimeline(input).summary).toMatch(/^截至[^，]+，银川市共有/);
    expect(deadlineTable({ asOf: '2023-09-15', rows: deadlines.rows }).columns[0]!.label).toBe('地区');
  });
  test('rejects malformed months, dates and counts', () => {
    expect(() => deadlineTable({ asOf: '2023-09-15', rows: [{ place: '银川市', month: '2023-9', count: 1, pastDue: false }] })).toThrow(/YYYY-MM/);
    expect(() => deadlineTable({ asOf: '2023-02-30', rows: [] })).toThrow(/asOf/);
    expect(() => deadlineTable({ asOf: '2023-09-15', rows: [{ place: '银川市', month: '2023-09', count: -1, pastDue: false }] })).toThrow(/count/);
  });

  test('feeds the CSV: BOM, Chinese headers, raw values', () => {
    const csv = tableToCsv(deadlineTable(deadlines));
    expect(csv.startsWith('\ufeff地区,完成月份,状态,措施数,时限类别\r\n银川市,2023-03,true,4,false\r\n')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(1 + 13);
  });
});

describe('layoutDeadlineTimeline', () => {
  const layout = layoutDeadlineTimeline(deadlines);

  test('a staged measure’s earlier stages are hollow segments on top, told apart in the table and summary, not counted as measures (陕西 掌上办 2023/2024/2025; a deadlines review)', () => {
    const staged = layoutDeadlineTimeline({
      asOf: '2024-06-15',
      rows: [
        { place: '陕西省', month: '2023-12', count: 2, pastDue: true, stage: true },
        { place: '陕西省', month: '2024-12', count: 1, pastDue: false, stage: true },
        { place: '陕西省', month: '2024-12', count: 3, pastDue: false },
        { place: '陕西省', month: '2025-12', count: 2, pastDue: false },
      ],
    });
    expect(staged.summary).toContain('共有 5 项措施标有完成月份');
    expect(staged.summary).toContain('另有 3 个时限');
    const noted = layoutDeadlineTimeline({
      asOf: '2024-06-15',
      rows: [{ place: '宁夏', month: '2024-12', count: 2, pastDue: false }],
      countNote: '一项任务点名同类的几个单位的，在每个单位各计一次',
    });
    expect(noted.summary).toContain('共有 2 项措施标有完成月份（一项任务点名同类的几个单位的，在每个单位各计一次）');
    const hollow = staged.marks.filter((m) => m.kind === 'rect' && m.fill === WHITE && m.title);
    expect(hollow.map((m) => (m as { title: string }).title)).toEqual([
      '陕西省 · 2023年12月：阶段时限（已过期限）2 个',
      '陕西省 · 2024年12月：阶段时限（未到期限）1 个',
    ]);
    // On top of the month's measures: the hollow segment's bottom is the filled segment's top.
    const filled = staged.marks.find((m) => m.kind === 'rect' && m.fill === ACCENT && m.title?.startsWith('陕西省 · 2024年12月'))!;
    const onTop = hollow[1] as { y: number; height: number };
    expect(Math.abs(onTop.y + onTop.height + 0.5 - (filled as { y: number }).y)).toBeLessThanOrEqual(1);
    expect(staged.table.rows.filter((r) => r.stage).map((r) => r.month)).toEqual(['2023-12', '2024-12']);
    expect(staged.legend.map((l) => l.label)).toContain('阶段时限（空心）');
    // Without stages, no such key.
    expect(layout.legend.map((l) => l.label)).not.toContain('阶段时限（空心）');
  });

  test('one labelled row per place, months from the first deadline to the last', () => {
    const labels = texts(layout.marks).map((t) => t.text);
    for (const place of ['银川市', '石嘴山市', '西安市', '陕西省']) expect(labels).toContain(place);
    expect(labels.filter((l) => /^\d{4}年$/.test(l))).toEqual(['2023年', '2024年']);
  });

  test('past deadlines are grey under open ones, bars share one scale', () => {
    const sept = rects(layout.marks).filter((r) => r.title?.startsWith('银川市 · 2023年9月'));
    expect(sept.map((r) => r.fill)).toEqual([NEUTRAL, ACCENT]);
    const [past, open] = sept as [RectMark, RectMark];
    expect(open.y + open.height).toBeCloseTo(past.y, 1);
    const tallest = rects(layout.marks).filter((r) => r.fill === ACCENT || r.fill === NEUTRAL);
    const dec = tallest.filter((r) => r.title?.includes('2023年12月'));
    // 12 measures in 银川市 vs 6 in 西安市: twice the height.
    const h = (place: string) => dec.find((r) => r.title!.startsWith(place))!.height;
    expect(h('银川市') / h('西安市')).toBeCloseTo(2, 1);
  });

  test('one measure beside three hundred still shows (the home page: 甘肃 beside 宁夏)', () => {
    const few = layoutDeadlineTimeline({
      asOf: '2023-09-15',
      rows: [
        { place: '宁夏', month: '2023-12', count: 300, pastDue: false },
        { place: '甘肃', month: '2023-12', count: 1, pastDue: false },
        { place: '甘肃', month: '2023-03', count: 1, pastDue: true },
      ],
    });
    const bars = rects(few.marks).filter((r) => r.title?.startsWith('甘肃'));
    expect(bars).toHaveLength(2);
    for (const bar of bars) expect(bar.height).toBeGreaterThanOrEqual(2);
    // Still far below the one with 300: the floor shows presence, not size.
    const tall = rects(few.marks).find((r) => r.title?.startsWith('宁夏'))!;
    expect(tall.height).toBeGreaterThan(10 * bars[0]!.height);
  });

  test('months before asOf are shaded, the as-of rule sits inside September', () => {
    const shade = rects(layout.marks).find((r) => r.fill === PANEL)!;
    const rule = layout.marks.find((m) => m.className === 'chart-asof');
    expect(rule?.kind).toBe('line');
    if (rule?.kind !== 'line') return;
    expect(rule.x1).toBeGreaterThan(shade.x + shade.width);
    expect(texts(layout.marks).some((t) => t.text === '截至2023年9月15日')).toBe(true);
  });

  test('numbers are rounded to 2 decimals', () => {
    const json = JSON.stringify(layout.marks);
    expect(json).not.toMatch(/\d\.\d{3,}/);
  });

  test('summary is computed from the rows', () => {
    expect(layout.summary).toBe('截至2023年9月15日，4 个地区共有 65 项措施标有完成月份，其中 22 项（33.8%）已过期限。到期最集中的是2023年12月（35 项）。');
  });

  test('no rows: a message, no bars', () => {
    const empty = layoutDeadlineTimeline({ asOf: '2023-09-15', rows: [] });
    expect(empty.summary).toBe('截至2023年9月15日，暂无标有完成月份的措施。');
    expect(rects(empty.marks)).toHaveLength(1);
  });

  test('a horizon keeps far deadlines in the table and the summary, lists them under the chart, and draws months only up to it', () => {
    const far = { asOf: '2023-09-15', horizon: '2024-03', rows: [...deadlines.rows, { place: '宁夏', month: '2035-12', count: 2, pastDue: false }] };
    const cut = layoutDeadlineTimeline(far);
    expect(cut.table.rows).toHaveLength(14);
    expect(cut.summary).toContain('共有 67 项措施');
    // Of the total, not besides it: a site review read “另有” as more.
    expect(cut.summary).toContain('这 67 项中有 5 项的时限较远，不在图中，列于图下。');
    expect(cut.notes).toEqual([
      { heading: '晚于2024年3月的完成时限（未画入时间轴）', items: [{ text: '西安市：2024年6月 3 项' }, { text: '宁夏：2035年12月 2 项' }] },
    ]);
    const labels = texts(cut.marks).map((t) => t.text);
    expect(labels).not.toContain('宁夏');
    expect(labels.filter((l) => /^\d{4}年$/.test(l))).toEqual(['2023年', '2024年']);
    expect(rects(cut.marks).some((r) => r.title?.includes('2024年6月'))).toBe(false);
    expect(() => layoutDeadlineTimeline({ ...far, horizon: '2024-3' })).toThrow(/horizon/);
  });

  test('everything beyond the horizon: the empty frame says so, the note lists them', () => {
    const cut = layoutDeadlineTimeline({ asOf: '2023-09-15', horizon: '2023-12', rows: [{ place: '宁夏', month: '2035-12', count: 1, pastDue: false }] });
    expect(texts(cut.marks).map((t) => t.text)).toEqual(['2023年12月以前暂无到期的措施']);
    expect(cut.notes[0]!.items).toEqual([{ text: '宁夏：2035年12月 1 项' }]);
  });

  test('the first month always has its tick, month and year, and no year label overprints the next (平凉’s only bar, 2023年12月, had none; a review)', () => {
    const one = layoutDeadlineTimeline({ asOf: '2026-12-07', rows: [{ place: '平凉', month: '2023-12', count: 2, pastDue: true }] });
    expect(texts(one.marks).map((t) => t.text)).toEqual(expect.arrayContaining(['12月', '2023年']));
    const long = layoutDeadlineTimeline({
      asOf: '2025-06-04',
      rows: [
        { place: '宁夏', month: '2020-11', count: 1, pastDue: true },
        { place: '宁夏', month: '2035-12', count: 1, pastDue: false },
      ],
    });
    const years = texts(long.marks).filter((t) => /^\d{4}年$/.test(t.text));
    expect(years[0]!.text).toBe('2020年');
    for (let i = 1; i < years.length; i++) expect(years[i]!.x - years[i - 1]!.x).toBeGreaterThan(30);
  });
});

test('SVG snapshot', () => {
  matchSnapshot('deadline-timeline', 'svg', toSvg(layoutDeadlineTimeline(deadlines, { id: 'deadlines' })));
});
