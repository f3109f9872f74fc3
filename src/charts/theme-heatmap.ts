// Theme heat map: which places address which themes, and how. A place
// addresses a theme when it acts on it: measures whose primary theme it is.
// Measures touching the theme only as their secondary one are counted apart
// (in the tooltip and the table), never in a cell's number or state.
//
// Themes are rows and places columns, both in the order given (a taxonomy and
// a geography have meaningful orders; sorting by counts would scramble them).
// The four states are an ordinal scale drawn with four different treatments,
// not four hues: solid accent (quantified target), accent outline on a pale
// tint (measures only), a plain white cell with 0 (documents held, theme not
// addressed) and grey hatching without any number (no documents held). So "not
// addressed" and "nothing to judge" can never be mistaken for each other or for
// zero, in colour, greyscale or print. Counts are printed in the cells; cells
// with a page behind them link to it.
import { max } from 'd3';
import { ChartDataError, chartId, chartWidth, emptyMarks, EMPTY_HEIGHT, FONT, hatchSwatch, SMALL_FONT } from './common.ts';
import { formatNumber, quote, textWidth } from './format.ts';
import { r2, type ChartKind, type ChartLayout, type LegendItem, type Mark } from './layout.ts';
import { ACCENT, ACCENT_TINT, INK, INK_FAINT, NEUTRAL, PANEL, RULE, WHITE } from './palette.ts';
import type { DataTable } from '../domain/table.ts';
import { CELL_STATE_LABEL as STATE_LABEL } from '../schemas/labels.ts';
import type { CellState } from '../schemas/analysis.ts';
import type { ChartOptions, ThemeHeatmapInput } from './types.ts';

export interface ThemeTableRow {
  theme: string;
  themeName: string;
  place: string;
  placeName: string;
  /** When the place's documents were issued: a column may hold a 2020 plan beside an undated ledger. */
  placeYears: string | null;
  state: CellState;
  /** null when no documents are held: there is nothing to count. */
  count: number | null;
  targetCount: number | null;
  /** Measures with the theme as their secondary one: counted apart, never in `count`. */
  secondaryCount: number | null;
  href: string | null;
}

const KIND: ChartKind = 'theme-heatmap';
const CELL_HEIGHT = 28;
const GAP = 2;
const MIN_CELL = 34;
const MAX_CELL = 64;

export function themeTable(input: ThemeHeatmapInput): DataTable<ThemeTableRow> {
  const cells = new Map<string, ThemeHeatmapInput['cells'][number]>();
  const themeIds = new Set(input.themes.map((t) => t.id));
  const placeIds = new Set(input.places.map((p) => p.id));
  for (const c of input.cells) {
    if (!themeIds.has(c.theme)) throw new ChartDataError(KIND, `cell for an unknown theme: ${c.theme}`);
    if (!placeIds.has(c.place)) throw new ChartDataError(KIND, `cell for an unknown place: ${c.place}`);
    if (c.state !== 'no-documents' && (!Number.isInteger(c.count) || c.count < 0))
      throw new ChartDataError(KIND, `count must be a whole number ≥ 0: ${c.theme} × ${c.place}`);
    if (c.state === 'measures' && c.count === 0) throw new ChartDataError(KIND, `state ${c.state} with no measures: ${c.theme} × ${c.place}`);
    // A target set under another primary theme: its measure touches this one as a secondary theme.
    if (c.state === 'target' && c.count === 0 && !c.secondaryCount)
      throw new ChartDataError(KIND, `a target with no measure on the theme: ${c.theme} × ${c.place}`);
    const key = `${c.theme}\u0000${c.place}`;
    if (cells.has(key)) throw new ChartDataError(KIND, `two cells for ${c.theme} × ${c.place}`);
    cells.set(key, c);
  }
  const rows: ThemeTableRow[] = [];
  for (const t of input.themes) {
    for (const p of input.places) {
      const c = cells.get(`${t.id}\u0000${p.id}`);
      // A missing cell is a gap in the data, not a state: refuse to guess one.
      if (!c) throw new ChartDataError(KIND, `no cell for ${t.id} × ${p.id}`);
      const held = c.state !== 'no-documents';
      rows.push({
        theme: t.id,
        themeName: t.name,
        place: p.id,
        placeName: p.name,
        placeYears: p.years ?? null,
        state: c.state,
        count: held ? c.count : null,
        targetCount: held ? (c.targetCount ?? null) : null,
        secondaryCount: held ? (c.secondaryCount ?? 0) : null,
        href: c.href ?? null,
      });
    }
  }
  return {
    caption: '各地区在各主题上的措施',
    columns: [
      { key: 'theme', label: '主题', value: (r) => r.themeName },
      { key: 'place', label: '地区', value: (r) => r.placeName },
      { key: 'state', label: '状态', value: (r) => r.state, text: (r) => STATE_LABEL[r.state] },
      {
        key: 'count',
        label: '措施数',
        value: (r) => r.count,
        text: (r) => (r.count === null ? '—' : formatNumber(r.count)),
        href: (r) => r.href ?? undefined,
        numeric: true,
      },
      { key: 'secondaryCount', label: '次要主题', value: (r) => r.secondaryCount, text: secondaryText },
      { key: 'href', label: '链接', value: (r) => r.href, csvOnly: true },
      { key: 'targetCount', label: '量化目标数', value: (r) => r.targetCount, csvOnly: true },
      { key: 'themeId', label: '主题编号', value: (r) => r.theme, csvOnly: true },
      { key: 'placeId', label: '地区编号', value: (r) => r.place, csvOnly: true },
      { key: 'placeYears', label: '文件年份', value: (r) => r.placeYears, csvOnly: true },
    ],
    rows,
  };
}

/** Measures that touch the theme only as their secondary one, said apart from the count. */
function secondaryText(r: ThemeTableRow): string {
  return r.secondaryCount ? `另有 ${r.secondaryCount} 项以此为次要主题` : '';
}

/** Tied themes named in a summary before the rest are counted (…等 N 个). */
const MAX_TIED_NAMED = 4;

function summarize(rows: ThemeTableRow[], themes: number, places: number): string {
  if (rows.length === 0) return '暂无主题或地区。';
  const n = (s: CellState) => rows.filter((r) => r.state === s).length;
  const noDocs = [...new Set(rows.filter((r) => r.state === 'no-documents').map((r) => r.placeName))];
  // A place judged on some themes only (嘉峪关: its 组织保障 measures, the rest in annexes the sources lack) is said
  // apart: one sentence had said no judgement was made on it, the next counted it among a theme's places (a review).
  const partly = noDocs.filter((p) => rows.some((r) => r.placeName === p && r.state !== 'no-documents'));
  const wholly = noDocs.filter((p) => !partly.includes(p));
  const judged = rows.length - n('no-documents');
  const first = `${themes} 个主题 × ${places} 个地区中，${n('target')} 处有量化目标，${n('measures')} 处有措施但无量化目标，${n('none')} 处未涉及`;
  const noDocsText = [
    wholly.length ? `；${wholly.join('、')}${STATE_LABEL['no-documents']}，不作判断` : '',
    partly.length ? `；${partly.join('、')}的措施多在未收录的附件中，除其已有措施的主题外不作判断` : '',
  ].join('');
  if (judged === 0) return `${first}${noDocsText}。`;
  // The themes addressed by the most places: every one of a tie, not the first alone (a site review).
  const reach = new Map<string, { name: string; places: number }>();
  for (const r of rows) {
    const e = reach.get(r.theme) ?? { name: r.themeName, places: 0 };
    if (r.state === 'target' || r.state === 'measures') e.places++;
    reach.set(r.theme, e);
  }
  const most = Math.max(...[...reach.values()].map((e) => e.places));
  const widest = [...reach.values()].filter((e) => e.places === most);
  const named = widest
    .slice(0, MAX_TIED_NAMED)
    .map((e) => quote(e.name))
    .join('');
  const second =
    most === 0
      ? ''
      : widest.length === 1
        ? `涉及地区最多的主题是${named}（${most} 个地区）。`
        : `涉及地区最多的主题是${named}${widest.length > MAX_TIED_NAMED ? `等 ${widest.length} 个` : ''}（各 ${most} 个地区）。`;
  return `${first}${noDocsText}。${second}`;
}

function cellMarks(r: ThemeTableRow, x: number, y: number, w: number, patternId: string): Mark[] {
  const h = CELL_HEIGHT;
  const cx = r2(x + w / 2);
  const cy = r2(y + h / 2);
  switch (r.state) {
    case 'target':
      // A target set on the theme by measures of another primary theme, and no measure of its own:
      // outlined, not filled, and the count is of those measures (+N), never a “0” on a dark cell.
      if (!r.count)
        return [
          { kind: 'rect', x: r2(x + 0.75), y: r2(y + 0.75), width: r2(w - 1.5), height: h - 1.5, fill: WHITE, stroke: ACCENT, strokeWidth: 1.5 },
          { kind: 'text', x: cx, y: cy, text: `+${formatNumber(r.secondaryCount ?? 0)}`, anchor: 'middle', size: SMALL_FONT, fill: ACCENT },
        ];
      return [
        { kind: 'rect', x, y, width: w, height: h, fill: ACCENT },
        { kind: 'text', x: cx, y: cy, text: formatNumber(r.count!), anchor: 'middle', size: FONT, fill: WHITE, weight: 'bold' },
      ];
    case 'measures':
      return [
        { kind: 'rect', x: r2(x + 0.75), y: r2(y + 0.75), width: r2(w - 1.5), height: h - 1.5, fill: ACCENT_TINT, stroke: ACCENT, strokeWidth: 1.5 },
        { kind: 'text', x: cx, y: cy, text: formatNumber(r.count!), anchor: 'middle', size: FONT, fill: INK },
      ];
    case 'none':
      return [
        { kind: 'rect', x: r2(x + 0.5), y: r2(y + 0.5), width: r2(w - 1), height: h - 1, fill: WHITE, stroke: RULE, strokeWidth: 1 },
        { kind: 'text', x: cx, y: cy, text: '0', anchor: 'middle', size: SMALL_FONT, fill: INK_FAINT },
      ];
    case 'no-documents':
      return [{ kind: 'rect', x, y, width: w, height: h, fill: `url(#${patternId})` }];
  }
}

function cellText(r: ThemeTableRow): string {
  const secondary = r.secondaryCount ? `；${secondaryText(r)}` : '';
  return `${r.placeName} · ${r.themeName}：${stateText(r)}${secondary}`;
}

function stateText(r: ThemeTableRow): string {
  switch (r.state) {
    case 'target':
      return r.count ? `${r.count} 项措施，含量化目标` : '无以此为主要主题的措施，但其他措施定有本主题的量化目标';
    case 'measures':
      return `${r.count} 项措施，无量化目标`;
    case 'none':
      return STATE_LABEL.none;
    case 'no-documents':
      return `${STATE_LABEL['no-documents']}，无法判断`;
  }
}

export function layoutThemeHeatmap(input: ThemeHeatmapInput, options: ChartOptions = {}): ChartLayout<ThemeTableRow> {
  const table = themeTable(input);
  const rows = table.rows;
  const title = options.title ?? '各地区主题覆盖';
  const id = chartId(KIND, title, options);
  const maxWidth = chartWidth(options);
  const patternId = `${id}-no-documents`;
  const legend: LegendItem[] = [
    { label: STATE_LABEL.target, swatch: [{ kind: 'rect', x: 1, y: 1, width: 14, height: 14, fill: ACCENT }] },
    {
      label: STATE_LABEL.measures,
      swatch: [{ kind: 'rect', x: 1.75, y: 1.75, width: 12.5, height: 12.5, fill: ACCENT_TINT, stroke: ACCENT, strokeWidth: 1.5 }],
    },
    {
      label: `${STATE_LABEL.none}（已收录文件，无以此为主要主题的措施）`,
      swatch: [{ kind: 'rect', x: 1.5, y: 1.5, width: 13, height: 13, fill: WHITE, stroke: RULE, strokeWidth: 1 }],
    },
    { label: `${STATE_LABEL['no-documents']}（无法判断，不等于零）`, swatch: hatchSwatch(PANEL, NEUTRAL) },
  ];
  // An outlined “+N” cell is a target too: without its own key a reader took it for 未涉及 (a site review).
  if (rows.some((r) => r.state === 'target' && !r.count))
    legend.splice(1, 0, {
      label: `${STATE_LABEL.target}，但只见于以其他主题为主要主题的措施（+N 为这类措施数）`,
      swatch: [
        { kind: 'rect', x: 1.75, y: 1.75, width: 12.5, height: 12.5, fill: WHITE, stroke: ACCENT, strokeWidth: 1.5 },
        { kind: 'text', x: 8, y: 8.5, text: '+', anchor: 'middle', size: SMALL_FONT, fill: ACCENT },
      ],
    });
  const summary = summarize(rows, input.themes.length, input.places.length);
  const base = { kind: KIND, id, title, summary, notes: [], table };
  if (rows.length === 0) return { ...base, width: maxWidth, height: EMPTY_HEIGHT, patterns: [], marks: emptyMarks(maxWidth, '暂无主题或地区'), legend: [] };

  const left = Math.ceil(max(input.themes, (t) => textWidth(t.name, FONT))! + 12);
  const cellWidth = Math.max(MIN_CELL, Math.min(MAX_CELL, Math.floor((maxWidth - left - 4) / input.places.length) - GAP));
  // Place names that do not fit across a column are set vertically, Han characters upright.
  const longest = max(input.places, (p) => textWidth(p.name, FONT))!;
  const vertical = longest > cellWidth - 4;
  const header = vertical ? Math.ceil(longest + 10) : 22;
  // As wide as the cells need: a short matrix should not stretch to the page width.
  const width = left + input.places.length * (cellWidth + GAP) + 4;
  const height = header + input.themes.length * (CELL_HEIGHT + GAP) + 2;
  const colX = (j: number) => left + j * (cellWidth + GAP);
  const rowY = (i: number) => header + i * (CELL_HEIGHT + GAP);

  const marks: Mark[] = [];
  input.places.forEach((p, j) => {
    const cx = r2(colX(j) + cellWidth / 2);
    marks.push(
      vertical
        ? { kind: 'text', x: cx, y: 2, text: p.name, size: FONT, fill: INK, vertical: true }
        : { kind: 'text', x: cx, y: header - 6, text: p.name, anchor: 'middle', baseline: 'bottom', size: FONT, fill: INK },
    );
  });
  input.themes.forEach((t, i) => {
    marks.push({ kind: 'text', x: left - 8, y: r2(rowY(i) + CELL_HEIGHT / 2), text: t.name, anchor: 'end', size: FONT, fill: INK });
  });
  rows.forEach((r, k) => {
    const i = Math.floor(k / input.places.length);
    const j = k % input.places.length;
    const drawn = cellMarks(r, colX(j), rowY(i), cellWidth, patternId);
    const text = cellText(r);
    marks.push(r.href ? { kind: 'link', href: r.href, label: text, title: text, children: drawn } : { kind: 'group', title: text, children: drawn });
  });
  const patterns = rows.some((r) => r.state === 'no-documents') ? [{ id: patternId, stroke: NEUTRAL, background: PANEL, spacing: 6 }] : [];
  return { ...base, width, height, patterns, marks, legend };
}
