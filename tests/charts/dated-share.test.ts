import { describe, expect, test } from 'vitest';
import { datedShareTable, layoutDatedShare } from '../../src/charts/dated-share.ts';
import { toSvg } from '../../src/charts/svg.ts';
import type { Mark, RectMark, TextMark } from '../../src/charts/layout.ts';
import { ACCENT } from '../../src/charts/palette.ts';
import { tableToCsv } from '../../src/domain/table.ts';
import { viewTable } from '../../src/charts/table.ts';
import { datedShare } from './fixtures.ts';
import { matchSnapshot } from './helpers/snapshot.ts';

const rects = (marks: Mark[]) => marks.filter((m): m is RectMark => m.kind === 'rect');
const texts = (marks: Mark[]) => marks.filter((m): m is TextMark => m.kind === 'text');

describe('datedShareTable', () => {
  test('share to 4 decimals; no measures is null, not 0', () => {
    const t = datedShareTable(datedShare);
    expect(t.rows.map((r) => r.share)).toEqual([0.62, 0.3171, 0.125, null]);
    expect(viewTable(t).rows[3]!.map((c) => c.text)).toEqual(['陕西省', '0', '0', '无措施']);
    expect(tableToCsv(t, { header: 'key' })).toBe(
      '\ufeffplace,dated,total,share\r\n银川市,31,50,0.62\r\n石嘴山市,13,41,0.3171\r\n西安市,11,88,0.125\r\n陕西省,0,0,\r\n',
    );
  });

  test('rejects dated > total and repeated places', () => {
    expect(() => datedShareTable({ rows: [{ place: '银川市', dated: 5, total: 4 }] })).toThrow(/dated ≤ total/);
    expect(() =>
      datedShareTable({
        rows: [
          { place: '银川市', dated: 1, total: 4 },
          { place: '银川市', dated: 1, total: 4 },
        ],
      }),
    ).toThrow(/twice/);
  });
});

describe('layoutDatedShare', () => {
  const layout = layoutDatedShare(datedShare);

  test('bar length is the share of the full track', () => {
    const tracks = rects(layout.marks).filter((r) => r.fill !== ACCENT && r.title);
    const bars = rects(layout.marks).filter((r) => r.fill === ACCENT);
    expect(bars).toHaveLength(3);
    expect(bars[0]!.width / tracks[0]!.width).toBeCloseTo(0.62, 2);
    expect(bars[2]!.width / tracks[2]!.width).toBeCloseTo(0.125, 2);
  });

  test('a place without measures has a dashed empty track and the words 无措施', () => {
    const empty = rects(layout.marks).find((r) => r.title === '陕西省：无措施');
    expect(empty?.strokeDasharray).toBeDefined();
    expect(texts(layout.marks).map((t) => t.text)).toContain('无措施');
    expect(texts(layout.marks).map((t) => t.text)).toContain('62%（31/50）');
  });

  test('summary names the extremes and the total, and leaves out places with no measures', () => {
    expect(layout.summary).toBe(
      '各地标有明确完成时限的措施占比从西安市的 12.5% 到银川市的 62% 不等；合计 179 项措施中有 55 项（30.7%）。陕西省暂无措施，未计入。',
    );
    expect(layoutDatedShare({ rows: [{ place: '银川市', dated: 31, total: 50 }] }).summary).toBe('银川市的 50 项措施中，有 31 项（62%）标有明确完成时限。');
    // Places tied at an end are all named (陕西: 西安、铜川、延安 at 0%; a review read 西安 as uniquely lowest).
    const tied = layoutDatedShare({
      rows: [
        { place: '陕西省级', dated: 47, total: 156 },
        { place: '西安市', dated: 0, total: 24 },
        { place: '铜川市', dated: 0, total: 66 },
        { place: '延安市', dated: 0, total: 39 },
      ],
    });
    expect(tied.summary).toMatch(/^各地标有明确完成时限的措施占比从西安市、铜川市、延安市的 0% 到陕西省级的 30\.1% 不等/);
  });

  test('numbers are rounded to 2 decimals', () => {
    expect(JSON.stringify(layout.marks)).not.toMatch(/\d\.\d{3,}/);
  });
});

test('SVG snapshot', () => {
  matchSnapshot('dated-share', 'svg', toSvg(layoutDatedShare(datedShare, { id: 'dated-share' })));
});

test('rows that are a city’s documents are named as such, not as 各地', () => {
  const rows = [
    { place: '银政办发〔2023〕17号', dated: 0, total: 4 },
    { place: '银川市2023年优化营商环境细化任务清单', dated: 260, total: 260 },
  ];
  expect(layoutDatedShare({ rows, who: '银川市各文件' }).summary).toMatch(/^银川市各文件标有明确完成时限的措施占比从/);
  expect(layoutDatedShare({ rows }).summary).toMatch(/^各地/);
});
