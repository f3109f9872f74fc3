// The downloadable chart (src/charts/export.ts) and its PNG
// (scripts/build-site/charts): the composed SVG as a snapshot, line wrapping,
// file names, text drawn as outlines with the CJK font, and a character the
// font lacks reported rather than drawn as an empty box.
import { describe, expect, test } from 'vitest';
import { layoutDeadlineTimeline } from '../../src/charts/deadline-timeline.ts';
import { CHART_SOURCE, chartFileHref, chartFileName, exportSvg, type ExportParts, wrapText } from '../../src/charts/export.ts';
import { marksToSvg } from '../../src/charts/svg.ts';
import { loadChartFonts, MissingFontError } from '../../scripts/build-site/charts/fonts.ts';
import { chartPng, outlineSvg } from '../../scripts/build-site/charts/png.ts';
import { deadlines } from './fixtures.ts';
import { matchSnapshot } from './helpers/snapshot.ts';

const layout = layoutDeadlineTimeline(deadlines);
const parts: ExportParts = {
  title: layout.title,
  summary: layout.summary,
  width: layout.width,
  height: layout.height,
  inner: marksToSvg(layout.marks),
  legend: layout.legend.map((item) => ({ swatch: marksToSvg(item.swatch), label: item.label })),
  source: `${CHART_SOURCE} · https://example.org/provinces/ningxia/`,
};
const svg = exportSvg(parts);

describe('exportSvg', () => {
  test('title, summary, key, chart and source line on a white ground (snapshot)', () => {
    matchSnapshot('export-deadline-timeline', 'svg', svg);
    expect(svg).toContain(`<title>${layout.title}</title>`);
    expect(svg).toContain('https://example.org/provinces/ningxia/');
  });

  test('what the chart lists under it (未注明成文日期的文件) is in the file too, above the source line: the summary says 列于图下 (a site review)', () => {
    const noted = exportSvg({
      ...parts,
      notes: [{ heading: '未注明成文日期的文件（未画入时间轴）', items: ['石嘴山市：《石嘴山市优化营商环境重点任务清单》'] }],
    });
    const at = (text: string) => noted.indexOf(text);
    expect(at('未注明成文日期的文件（未画入时间轴）')).toBeGreaterThan(0);
    expect(at('· 石嘴山市：《石嘴山市优化营商环境重点任务清单》')).toBeGreaterThan(at('未注明成文日期的文件'));
    expect(at(CHART_SOURCE)).toBeGreaterThan(at('· 石嘴山市'));
    // The file grows by the lines it adds.
    const height = (s: string) => Number(/^<svg [^>]*height="(\d+)"/.exec(s)![1]);
    expect(height(noted)).toBe(height(svg) + 2 * 18 + 6);
  });

  test('wraps between Han characters, never inside a number, and keeps closing punctuation on its line', () => {
    expect(wrapText('到期最集中的是2023年12月', 9 * 12, 12)).toEqual(['到期最集中的是', '2023年12月']);
    expect(wrapText('甲乙丙丁，戊', 4 * 12, 12)).toEqual(['甲乙丙丁，', '戊']);
    expect(wrapText('共有 99 项', 1000, 12)).toEqual(['共有 99 项']);
  });

  test('files sit beside their page, named by chart id; the saved name is the title', () => {
    expect(chartFileHref('/reforms/x/', 'chart-a', 'png')).toBe('/reforms/x/chart-a.png');
    expect(chartFileName('逐年目标：市场主体（户）', 'svg')).toBe('逐年目标：市场主体（户）.svg');
    expect(chartFileName('a/b c', 'png')).toBe('a_b_c.png');
  });
});

describe('chart PNG', () => {
  const fonts = loadChartFonts();

  test('every text becomes glyph outlines; tooltips are left out', () => {
    const outlined = outlineSvg(svg, fonts);
    expect(outlined.svg).not.toMatch(/<text|<title/);
    expect(outlined.missing.size).toBe(0);
    expect((outlined.svg.match(/<path d="M/g) ?? []).length).toBeGreaterThanOrEqual((svg.match(/<text/g) ?? []).length);
  });

  test('is drawn at twice the SVG size, opaque (RGB, no alpha channel)', async () => {
    const { png, missing } = await chartPng(svg, fonts);
    expect(missing).toEqual([]);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const [width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!.slice(1).map(Number);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width! * 2, height! * 2]);
    // IHDR: bit depth 8, colour type 2 (truecolour).
    expect([png[24], png[25]]).toEqual([8, 2]);
  });

  test('a character the font lacks is named, not drawn as an empty box', async () => {
    const { missing } = await chartPng(svg.replace('</svg>', '<text x="0" y="10">\u{E000}甲</text></svg>'), fonts);
    expect(missing).toEqual(['\u{E000}']);
  });

  test('a missing font stops with the package to install', () => {
    expect(() => loadChartFonts({ POLICY_CJK_FONT: '/nonexistent/font.ttc' })).toThrow(MissingFontError);
    expect(() => loadChartFonts({ POLICY_CJK_FONT: '/nonexistent/font.ttc' })).toThrow(/fonts-noto-cjk/);
  });
});
