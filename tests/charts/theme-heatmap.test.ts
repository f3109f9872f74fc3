import { describe, expect, test } from 'vitest';
import type { GroupMark, LinkMark, Mark, RectMark, TextMark } from '../../src/charts/layout.ts';
import { layoutThemeHeatmap, themeTable } from '../../src/charts/theme-heatmap.ts';
import { toSvg } from '../../src/charts/svg.ts';
import { tableToCsv } from '../../src/domain/table.ts';
import { viewTable } from '../../src/charts/table.ts';
import { themes } from './fixtures.ts';
import { matchSnapshot } from './helpers/snapshot.ts';

type Cell = LinkMark | GroupMark;
const cells = (marks: Mark[]) => marks.filter((m): m is Cell => m.kind === 'link' || m.kind === 'group');
const cellOf = (marks: Mark[], place: string, theme: string) => cells(marks).find((c) => c.title!.startsWith(`${place} · ${theme}：`))!;
const look = (c: Cell) => {
  const rect = c.children.find((m): m is RectMark => m.kind === 'rect')!;
  const text = c.children.find((m): m is TextMark => m.kind === 'text');
  return { fill: rect.fill, stroke: rect.stroke ?? null, text: text?.text ?? null };
};

describe('themeTable', () => {
  test('one row per theme × place in the given orders; no documents has no count', () => {
    const t = themeTable(themes);
    expect(t.rows).toHaveLength(12);
    expect(t.rows.slice(0, 4).map((r) => r.placeName)).toEqual(['银川市', '石嘴山市', '西安市', '青海省']);
    const qinghai = t.rows[3]!;
    expect(qinghai.count).toBeNull();
    expect(viewTable(t).rows[3]!.map((c) => c.text)).toEqual(['企业开办', '青海省', '未收录文件或措施正文', '—', '']);
    // Not addressed is a real zero, even where measures touch the theme as their secondary one: those are said apart.
    expect(viewTable(t).rows[5]!.map((c) => c.text)).toEqual(['工程建设项目审批', '石嘴山市', '未涉及', '0', '另有 2 项以此为次要主题']);
    expect(tableToCsv(t).split('\r\n')[4]).toBe('企业开办,青海省,no-documents,,,,,market-entry,qinghai,');
  });

  test('secondary counts are a column of their own, in the table and the CSV, never added to the count', () => {
    const t = themeTable(themes);
    const csv = tableToCsv(t, { header: 'key' }).split('\r\n');
    expect(csv[0]).toBe('\ufefftheme,place,state,count,secondaryCount,href,targetCount,themeId,placeId,placeYears');
    expect(csv[9]).toBe('纳税服务,银川市,measures,1,1,/themes/tax/yinchuan/,,tax,yinchuan,');
    expect(csv[6]).toBe('工程建设项目审批,石嘴山市,none,0,2,,,construction-permits,shizuishan,');
  });

  test('refuses to guess a missing cell, and rejects duplicates and unknown ids', () => {
    expect(() => themeTable({ ...themes, cells: themes.cells.slice(1) })).toThrow(/no cell for market-entry × yinchuan/);
    expect(() => themeTable({ ...themes, cells: [...themes.cells, themes.cells[0]!] })).toThrow(/two cells/);
    expect(() => themeTable({ ...themes, cells: [...themes.cells, { theme: 'x', place: 'yinchuan', state: 'none', count: 0 }] })).toThrow(/unknown theme/);
  });
});

describe('layoutThemeHeatmap', () => {
  const layout = layoutThemeHeatmap(themes);

  test('the four states look different, and no documents is never drawn as a number', () => {
    const target = look(cellOf(layout.marks, '银川市', '企业开办'));
    const measures = look(cellOf(layout.marks, '石嘴山市', '企业开办'));
    const none = look(cellOf(layout.marks, '石嘴山市', '工程建设项目审批'));
    const noDocs = look(cellOf(layout.marks, '青海省', '企业开办'));
    const all = [target, measures, none, noDocs].map((l) => `${l.fill}|${l.stroke}`);
    expect(new Set(all).size).toBe(4);
    expect(target.text).toBe('6');
    expect(none.text).toBe('0');
    expect(noDocs.text).toBeNull();
    expect(noDocs.fill).toBe(`url(#${layout.patterns[0]!.id})`);
  });

  test('a place addresses a theme by its primary measures: secondary ones only add to the tooltip', () => {
    const none = cellOf(layout.marks, '石嘴山市', '工程建设项目审批');
    expect(look(none)).toEqual(look(cellOf(layout.marks, '石嘴山市', '纳税服务')));
    expect(none.title).toBe('石嘴山市 · 工程建设项目审批：未涉及；另有 2 项以此为次要主题');
    expect(cellOf(layout.marks, '银川市', '纳税服务').title).toBe('银川市 · 纳税服务：1 项措施，无量化目标；另有 1 项以此为次要主题');
  });

  test('a target set by measures of another primary theme, with none of its own, is outlined with +N, never a dark cell reading “0”', () => {
    const only = layoutThemeHeatmap({
      ...themes,
      cells: themes.cells.map((c) => (c.theme === 'market-entry' && c.place === 'xian' ? { ...c, state: 'target' as const, count: 0, secondaryCount: 1 } : c)),
    });
    const cell = look(cellOf(only.marks, '西安市', '企业开办'));
    expect(cell.text).toBe('+1');
    expect(cell.fill).not.toBe(look(cellOf(only.marks, '银川市', '企业开办')).fill);
    expect(cellOf(only.marks, '西安市', '企业开办').title).toContain('无以此为主要主题的措施');
    // Its own key in the legend, only when such a cell is drawn (a site review read it as 未涉及).
    expect(only.legend[1]!.label).toBe('有量化目标，但只见于以其他主题为主要主题的措施（+N 为这类措施数）');
    expect(layout.legend.some((l) => l.label.includes('+N'))).toBe(false);
  });

  test('cells with a page link to it; the others are plain groups with a tooltip', () => {
    const c = cellOf(layout.marks, '银川市', '企业开办');
    expect(c.kind).toBe('link');
    if (c.kind === 'link') expect(c.href).toBe('/themes/market-entry/yinchuan/');
    expect(cellOf(layout.marks, '青海省', '纳税服务').kind).toBe('group');
  });

  test('a legend entry per state', () => {
    expect(layout.legend.map((l) => l.label)).toEqual([
      '有量化目标',
      '有措施，无量化目标',
      '未涉及（已收录文件，无以此为主要主题的措施）',
      '未收录文件或措施正文（无法判断，不等于零）',
    ]);
  });

  test('long place names are set vertically', () => {
    const wide = layoutThemeHeatmap({ ...themes, places: themes.places.map((p) => (p.id === 'qinghai' ? { ...p, name: '宁夏回族自治区' } : p)) });
    expect(wide.marks.some((m) => m.kind === 'text' && m.vertical)).toBe(true);
    expect(layout.marks.some((m) => m.kind === 'text' && m.vertical)).toBe(false);
  });

  test('a tie for the theme most places address names every tied theme (a site review: only the first was named)', () => {
    // 石嘴山 acts on 工程建设项目审批 too: it ties 企业开办 at three places.
    const tied = layoutThemeHeatmap({
      ...themes,
      cells: themes.cells.map((c) => (c.theme === 'construction-permits' && c.place === 'shizuishan' ? { ...c, state: 'measures' as const, count: 1 } : c)),
    });
    expect(tied.summary).toMatch(/涉及地区最多的主题是“企业开办”“工程建设项目审批”（各 3 个地区）。$/);
  });

  test('a place judged on some themes only is said apart from one judged on none (嘉峪关: its 组织保障 measures; a review)', () => {
    const partly = layoutThemeHeatmap({
      ...themes,
      cells: themes.cells.map((c) =>
        c.place === 'shizuishan' ? (c.theme === 'tax' ? { ...c, state: 'measures' as const, count: 2 } : { ...c, state: 'no-documents' as const }) : c,
      ),
    });
    expect(partly.summary).toContain('；青海省未收录文件或措施正文，不作判断；石嘴山市的措施多在未收录的附件中，除其已有措施的主题外不作判断。');
  });

  test('summary counts states and sets no-documents places apart', () => {
    expect(layout.summary).toBe(
      '3 个主题 × 4 个地区中，3 处有量化目标，3 处有措施但无量化目标，3 处未涉及；青海省未收录文件或措施正文，不作判断。涉及地区最多的主题是“企业开办”（3 个地区）。',
    );
  });
});

test('SVG snapshot', () => {
  matchSnapshot('theme-heatmap', 'svg', toSvg(layoutThemeHeatmap(themes, { id: 'themes' })));
});

describe('on a narrow screen', () => {
  test('a chart as wide as the national heatmap scrolls rather than shrinking its labels past reading; a small one may shrink', () => {
    const small = layoutThemeHeatmap(themes);
    expect(toSvg({ ...small, width: 640 })).toMatch(/^<svg[^>]*class="chart__svg"/);
    // The national heatmap of 29 themes × 23 places is 976px wide.
    expect(toSvg({ ...small, width: 976 })).toMatch(/^<svg[^>]*class="chart__svg chart__svg--wide"/);
    expect(toSvg({ ...small, width: 400 })).toMatch(/^<svg[^>]*class="chart__svg chart__svg--narrow"/);
  });
});
