import { describe, expect, test } from 'vitest';
import type { CircleMark, LinkMark, Mark, TextMark } from '../../src/charts/layout.ts';
import { scaleUtc } from 'd3';
import { adoptionTable, axisTicks, layoutReformTimeline, timeTickLabels } from '../../src/charts/reform-timeline.ts';
import { toSvg } from '../../src/charts/svg.ts';
import { viewTable } from '../../src/charts/table.ts';
import { oneNetwork } from './fixtures.ts';
import { matchSnapshot } from './helpers/snapshot.ts';

const links = (marks: Mark[]) => marks.filter((m): m is LinkMark => m.kind === 'link');
const dot = (l: LinkMark) => l.children.find((m): m is CircleMark => m.kind === 'circle')!;
const texts = (marks: Mark[]) => marks.filter((m): m is TextMark => m.kind === 'text');

describe('adoptionTable', () => {
  test('dated by date, then undated; the earliest is marked', () => {
    const t = adoptionTable(oneNetwork);
    expect(t.rows.map((r) => [r.place, r.date, r.first])).toEqual([
      ['西安市', '2021-03-05', true],
      ['陕西省', '2022-11-18', false],
      ['西安市', '2023-02-10', false],
      ['银川市', '2023-06-30', false],
      ['石嘴山市', null, false],
    ]);
    expect(
      viewTable(t)
        .rows[4]!.slice(0, 3)
        .map((c) => c.text),
    ).toEqual(['石嘴山市', '未注明', '《石嘴山市优化营商环境重点任务清单》']);
  });

  test('rejects dates that are not ISO dates', () => {
    expect(() => adoptionTable({ ...oneNetwork, adoptions: [{ ...oneNetwork.adoptions[0]!, date: '2023年6月' }] })).toThrow(/YYYY-MM-DD/);
  });
});

describe('layoutReformTimeline', () => {
  const layout = layoutReformTimeline(oneNetwork);

  test('every year has its tick where the years fit (a review: 2020–2025 read 2022 and 2024 alone)', () => {
    // d3's own ticks over a 350 px plot of 2020-07 to 2025-04 are 2022 and 2024.
    const x = scaleUtc()
      .domain([new Date(Date.UTC(2020, 6, 1)), new Date(Date.UTC(2025, 3, 1))])
      .range([0, 350]);
    expect(timeTickLabels(axisTicks(x, 350))).toEqual(['2021年', '2022年', '2023年', '2024年', '2025年']);
    // Too narrow for every year: d3's choice stands.
    expect(axisTicks(x, 200).length).toBeLessThan(5);
    const spread = {
      ...oneNetwork,
      adoptions: [
        { ...oneNetwork.adoptions[0]!, date: '2020-07-10' },
        { ...oneNetwork.adoptions[1]!, date: '2025-03-01' },
      ],
    };
    const labels = texts(layoutReformTimeline(spread).marks).map((t) => t.text);
    for (const year of ['2021年', '2022年', '2023年', '2024年', '2025年']) expect(labels).toContain(year);
  });

  test('only dated adoptions are drawn, in lanes ordered by first adoption', () => {
    expect(links(layout.marks)).toHaveLength(4);
    const lanes = texts(layout.marks)
      .filter((t) => t.anchor === 'end')
      .map((t) => t.text);
    expect(lanes).toEqual(['西安市', '陕西省', '银川市']);
    // 西安市 adopted twice: two dots on one lane, later to the right.
    const xian = links(layout.marks)
      .filter((l) => l.label.startsWith('西安市'))
      .map(dot);
    expect(xian[0]!.cy).toBe(xian[1]!.cy);
    expect(xian[1]!.cx).toBeGreaterThan(xian[0]!.cx);
  });

  test('a lane whose dates run together says them in one label, first in full, after its last dot (就近办: 陕西 showed only 2月13日; a site review)', () => {
    const adoption = (place: string, date: string, i: number) => ({ place, date, documentTitle: `文件${i}`, href: `/documents/${i}/` });
    const near = layoutReformTimeline({
      reform: '就近办',
      adoptions: [
        adoption('陕西省', '2023-01-14', 0),
        adoption('新疆', '2023-01-17', 1),
        adoption('陕西省', '2023-02-13', 2),
        adoption('甘肃省', '2023-03-23', 3),
        adoption('甘肃省', '2023-04-20', 4),
        adoption('白银市', '2023-06-30', 5),
      ],
    });
    // Date labels: beside the dots, inside a dot's link or standing apart, in the order drawn.
    const shown = texts(near.marks.flatMap((m) => (m.kind === 'link' ? m.children : [m]))).filter((t) => t.anchor !== 'end' && t.anchor !== 'middle');
    expect(shown.map((t) => t.text)).toEqual(['2023年1月14日、2月13日 · 最早', '2023年1月17日', '2023年3月23日、4月20日', '2023年6月30日']);
    const shaanxi = links(near.marks)
      .filter((l) => l.label.startsWith('陕西省'))
      .map(dot);
    expect(shown[0]!.x).toBeCloseTo(shaanxi[1]!.cx + 9, 1);
    // Every label ends inside the chart.
    for (const t of shown) expect(t.x + t.text.length * 12).toBeLessThanOrEqual(near.width + 12);
    // Each dot's link is still named by its own date.
    expect(links(near.marks).map((l) => l.label.split('：')[0])).toContain('陕西省 2023年2月13日');
  });

  test('undated documents are listed under the chart, not placed on the axis', () => {
    expect(layout.notes).toEqual([
      {
        heading: '未注明成文日期的文件（未画入时间轴）',
        items: [{ text: '石嘴山市：《石嘴山市优化营商环境重点任务清单》', href: '/documents/ningxia-shizuishan-2023-7a8b9c/' }],
      },
    ]);
    expect(links(layout.marks).some((l) => l.label.startsWith('石嘴山市'))).toBe(false);
  });

  test('dots sit at their dates on a UTC axis', () => {
    const xs = links(layout.marks)
      .map((l) => dot(l).cx)
      .sort((p, q) => p - q);
    const [a, b, c] = xs as [number, number, number];
    const days = (s: string) => Date.parse(`${s}T00:00:00Z`) / 864e5;
    expect((c - b) / (b - a)).toBeCloseTo((days('2023-02-10') - days('2022-11-18')) / (days('2022-11-18') - days('2021-03-05')), 2);
  });

  test('tick labels in Chinese, the year where it changes', () => {
    const d = (s: string) => new Date(`${s}T00:00:00Z`);
    expect(timeTickLabels([d('2022-01-01'), d('2023-01-01')])).toEqual(['2022年', '2023年']);
    expect(timeTickLabels([d('2022-10-01'), d('2023-01-01'), d('2023-04-01')])).toEqual(['2022年10月', '2023年1月', '4月']);
  });

  test('summary names the first and the latest and counts the undated', () => {
    expect(layout.summary).toBe(
      '4 个地区的 5 份文件提出了“企业开办‘一网通办’”：最早为西安市（2021年3月5日），最近为银川市（2023年6月30日）。另有 1 份文件未注明成文日期，列于图下，未画入时间轴。',
    );
  });

  test('with undated documents beside them, a shared date is said of the dated ones only (带押过户: one dated of three)', () => {
    const docs = (dates: (string | null)[]) =>
      dates.map((date, i) => ({ place: i === 0 ? '银川市' : '石嘴山市', date, documentTitle: `文件${i}`, href: `/documents/${i}/` }));
    expect(layoutReformTimeline({ reform: '带押过户', adoptions: docs(['2023-03-01', null, null]) }).summary).toBe(
      '2 个地区的 3 份文件提出了“带押过户”：注明日期的 1 份为银川市（2023年3月1日）。另有 2 份文件未注明成文日期，列于图下，未画入时间轴。',
    );
    expect(layoutReformTimeline({ reform: '带押过户', adoptions: docs(['2023-03-01', '2023-03-01', null]) }).summary).toBe(
      '2 个地区的 3 份文件提出了“带押过户”：注明日期的 2 份均为2023年3月1日。另有 1 份文件未注明成文日期，列于图下，未画入时间轴。',
    );
  });

  test('all undated: no axis, every document listed', () => {
    const undated = layoutReformTimeline({
      reform: '证照分离',
      adoptions: [{ place: '银川市', date: null, documentTitle: '银川市深化“证照分离”改革实施方案', href: '/documents/x/' }],
    });
    expect(undated.summary).toBe('1 个地区的 1 份文件提出了“证照分离”，均未注明成文日期，未画入时间轴。');
    expect(undated.notes[0]!.items).toHaveLength(1);
  });
});

test('SVG snapshot', () => {
  matchSnapshot('reform-timeline', 'svg', toSvg(layoutReformTimeline(oneNetwork, { id: 'one-network' })));
});
