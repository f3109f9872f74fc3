import { describe, expect, test } from 'vitest';
import type { LinkMark, Mark, PathMark, TextMark } from '../../src/charts/layout.ts';
import { dodge, layoutMultiYearTargets, yearTargetTable } from '../../src/charts/multi-year-targets.ts';
import { toSvg } from '../../src/charts/svg.ts';
import { CATEGORICAL } from '../../src/charts/palette.ts';
import { viewTable } from '../../src/charts/table.ts';
import { marketEntities } from './fixtures.ts';
import { matchSnapshot } from './helpers/snapshot.ts';

const links = (marks: Mark[]) => marks.filter((m): m is LinkMark => m.kind === 'link');
const lines = (marks: Mark[]) => marks.filter((m): m is PathMark => m.kind === 'path' && m.fill === 'none');
const texts = (marks: Mark[]) => marks.filter((m): m is TextMark => m.kind === 'text');

describe('yearTargetTable', () => {
  test('one row per point, series order then year; the value links to its measure', () => {
    const t = yearTargetTable(marketEntities);
    expect(t.rows.map((r) => `${r.place}${r.year}`)).toEqual([
      '银川市2023',
      '银川市2024',
      '银川市2025',
      '石嘴山市2023',
      '石嘴山市2025',
      '西安市2022',
      '西安市2023',
      '西安市2024',
    ]);
    expect(viewTable(t).rows[0]![2]).toEqual({
      text: '23.8',
      href: '/documents/ningxia-yinchuan-2023-4d5e6f/#ningxia-yinchuan-2023-4d5e6f-m1-1',
      numeric: true,
    });
  });

  test('one place’s series is captioned as that place’s, and quotes its words where they are known (a review read 各地 over 延安 alone, with no 原文)', () => {
    const yanan = {
      metric: '民营企业',
      unit: '万户',
      series: [
        {
          place: '延安市',
          points: [2023, 2024, 2025].map((year, i) => ({ year, value: [5.6, 6, 6.5][i]!, href: '#', quote: `民营企业达到${[5.6, 6, 6.5][i]}万户` })),
        },
      ],
    };
    const t = yearTargetTable(yanan);
    expect(t.caption).toBe('延安市民营企业逐年目标（万户）');
    expect(viewTable(t).rows.at(-1)).toContainEqual(expect.objectContaining({ text: '“民营企业达到6.5万户”' }));
    expect(yearTargetTable(marketEntities).caption).toBe('各地市场主体数量逐年目标（万户）');
    expect(yearTargetTable(marketEntities).columns.map((c) => c.label)).not.toContain('原文表述');
  });

  test('rejects two values for one year and fractional years', () => {
    const twice = {
      ...marketEntities,
      series: [
        {
          place: '银川市',
          points: [
            { year: 2023, value: 1, href: '#' },
            { year: 2023, value: 2, href: '#' },
          ],
        },
      ],
    };
    expect(() => yearTargetTable(twice)).toThrow(/two values/);
    const frac = { ...marketEntities, series: [{ place: '银川市', points: [{ year: 2023.5, value: 1, href: '#' }] }] };
    expect(() => yearTargetTable(frac)).toThrow(/whole number/);
  });
});

describe('layoutMultiYearTargets', () => {
  const layout = layoutMultiYearTargets(marketEntities);

  test('no point lies above the top tick: the value axis is rounded to the ticks it draws (a review: 6.5 over a top tick of 6)', () => {
    const yanan = {
      metric: '民营企业',
      unit: '万户',
      series: [
        {
          place: '延安市',
          points: [
            { year: 2023, value: 5.6, href: '#' },
            { year: 2025, value: 6.5, href: '#' },
          ],
        },
      ],
    };
    const ticks = texts(layoutMultiYearTargets(yanan).marks)
      .map((t) => Number(t.text))
      .filter((n) => Number.isFinite(n));
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(6.5);
  });

  test('one line per series in its own colour, one linked marker per point', () => {
    expect(lines(layout.marks).map((l) => l.stroke)).toEqual(CATEGORICAL.slice(0, 3));
    expect(links(layout.marks)).toHaveLength(8);
    expect(links(layout.marks)[0]!.label).toBe('银川市 2023年目标：23.8 万户');
    // Marker shapes differ between series, so lines are told apart without colour.
    const shapes = new Set(links(layout.marks).map((l) => (l.children[0] as PathMark).d));
    expect(shapes.size).toBe(3);
  });

  test('years are a linear axis: a missing year leaves a longer segment', () => {
    const xOf = (place: string, year: number) => (links(layout.marks).find((l) => l.label.startsWith(`${place} ${year}年`))!.children[0] as PathMark).x!;
    const oneYear = xOf('银川市', 2024) - xOf('银川市', 2023);
    expect(xOf('石嘴山市', 2025) - xOf('石嘴山市', 2023)).toBeCloseTo(2 * oneYear, 1);
    expect(
      texts(layout.marks)
        .filter((t) => /^\d{4}年$/.test(t.text))
        .map((t) => t.text),
    ).toEqual(['2022年', '2023年', '2024年', '2025年']);
  });

  test('direct labels at line ends are kept apart', () => {
    const labels = texts(layout.marks).filter((t) => ['银川市', '石嘴山市', '西安市'].includes(t.text));
    expect(labels).toHaveLength(3);
    const ys = labels.map((t) => t.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(14);
  });

  test('dodge keeps order and bounds', () => {
    expect(dodge([100, 100, 101], 14, 0, 200)).toEqual([100, 114, 128]);
    expect(dodge([195, 196], 14, 0, 200)).toEqual([186, 200]);
  });

  test('summary tells each series from first to last year', () => {
    expect(layout.summary).toBe(
      '3 个地区设定了2022—2025年的市场主体数量目标。银川市由 2023年的 23.8 升至 2025年的 27 万户；石嘴山市由 2023年的 6.2 升至 2025年的 7 万户；西安市由 2022年的 150 升至 2024年的 180 万户。',
    );
  });

  test('numbers are rounded to 2 decimals', () => {
    expect(JSON.stringify(layout.marks)).not.toMatch(/\d\.\d{3,}/);
  });
});

test('SVG snapshot', () => {
  matchSnapshot('multi-year-targets', 'svg', toSvg(layoutMultiYearTargets(marketEntities, { id: 'market-entities' })));
});
