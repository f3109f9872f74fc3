// Dated share: for each place, the share of its measures with a dated deadline.
//
// Horizontal bars on a full-width track: the track is 100 % of the place's
// measures, so the filled part reads as a share at a glance and places with
// very different totals still compare; the exact fraction (31/50) is printed
// beside each bar because a share hides how many measures lie behind it. A
// place with no measures gets a dashed empty track and the words 无措施 — an
// unknown share, never drawn as 0 %.
import { max, scaleLinear, sum } from 'd3';
import { ChartDataError, chartId, chartWidth, emptyMarks, EMPTY_HEIGHT, FONT, SMALL_FONT, swatch, xAxisTop } from './common.ts';
import { formatNumber, formatPercent, textWidth } from './format.ts';
import { r2, type ChartKind, type ChartLayout, type Mark } from './layout.ts';
import { ACCENT, INK, INK_FAINT, PANEL, RULE, WHITE } from './palette.ts';
import type { DataTable } from '../domain/table.ts';
import type { ChartOptions, DatedShareInput } from './types.ts';

export interface DatedShareTableRow {
  place: string;
  dated: number;
  total: number;
  /** dated / total to 4 decimals; null when the place has no measures. */
  share: number | null;
}

const KIND: ChartKind = 'dated-share';
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 14;
const MARGIN_TOP = 24;
const NO_MEASURES = '无措施';

const fraction = (r: DatedShareTableRow) => (r.share === null ? NO_MEASURES : `${formatPercent(r.share)}（${formatNumber(r.dated)}/${formatNumber(r.total)}）`);

export function datedShareTable(input: DatedShareInput): DataTable<DatedShareTableRow> {
  const seen = new Set<string>();
  const rows = input.rows.map((r) => {
    if (seen.has(r.place)) throw new ChartDataError(KIND, `place listed twice: ${r.place}`);
    seen.add(r.place);
    if (!Number.isInteger(r.dated) || !Number.isInteger(r.total) || r.dated < 0 || r.dated > r.total) {
      throw new ChartDataError(KIND, `need whole numbers 0 ≤ dated ≤ total: ${r.place} ${r.dated}/${r.total}`);
    }
    return { place: r.place, dated: r.dated, total: r.total, share: r.total === 0 ? null : Math.round((r.dated / r.total) * 10000) / 10000 };
  });
  return {
    caption: `${input.who ?? '各地'}标有明确完成时限的措施`,
    columns: [
      { key: 'place', label: input.laneNoun ?? '地区', value: (r) => r.place },
      { key: 'dated', label: '标有明确时限', value: (r) => r.dated, numeric: true },
      // Counted as the comparisons count, said in the header: 银川's 17号 plan reads 2 here, 78 in its document list (a review).
      { key: 'total', label: '措施数（细化条目只计一次）', value: (r) => r.total, numeric: true },
      { key: 'share', label: '占比', value: (r) => r.share, text: (r) => (r.share === null ? NO_MEASURES : formatPercent(r.share)), numeric: true },
    ],
    rows,
  };
}

function summarize(rows: DatedShareTableRow[], who = '各地'): string {
  const known = rows.filter((r) => r.share !== null);
  const none = rows.filter((r) => r.share === null).map((r) => r.place);
  const noneText = none.length ? `${none.join('、')}暂无措施，未计入。` : '';
  if (known.length === 0) return rows.length ? `${none.join('、')}暂无措施。` : '暂无数据。';
  if (known.length === 1) {
    const r = known[0]!;
    return `${r.place}的 ${formatNumber(r.total)} 项措施中，有 ${formatNumber(r.dated)} 项（${formatPercent(r.share!)}）标有明确完成时限。${noneText}`;
  }
  const sorted = [...known].sort((a, b) => a.share! - b.share!);
  const lo = sorted[0]!;
  const hi = sorted.at(-1)!;
  const dated = sum(known, (r) => r.dated);
  const total = sum(known, (r) => r.total);
  // Every place at an end is named: 西安 alone at 0% read as uniquely worst where 铜川 and 延安 tie with it (a review).
  const at = (share: number) => {
    const places = known.filter((r) => r.share === share).map((r) => r.place);
    return places.length > 3 ? `${places.slice(0, 3).join('、')}等 ${places.length} 地` : places.join('、');
  };
  const range =
    lo.share === hi.share
      ? `均为 ${formatPercent(lo.share!)}`
      : `从${at(lo.share!)}的 ${formatPercent(lo.share!)} 到${at(hi.share!)}的 ${formatPercent(hi.share!)} 不等`;
  return `${who}标有明确完成时限的措施占比${range}；合计 ${formatNumber(total)} 项措施中有 ${formatNumber(dated)} 项（${formatPercent(dated / total)}）。${noneText}`;
}

export function layoutDatedShare(input: DatedShareInput, options: ChartOptions = {}): ChartLayout<DatedShareTableRow> {
  const table = datedShareTable(input);
  const rows = table.rows;
  const title = options.title ?? '标有明确完成时限的措施占比';
  const id = chartId(KIND, title, options);
  const width = chartWidth(options);
  const base = { kind: KIND, id, title, summary: summarize(rows, input.who), width, patterns: [], notes: [], table };
  if (rows.length === 0) return { ...base, height: EMPTY_HEIGHT, marks: emptyMarks(width, '暂无数据'), legend: [] };

  const left = Math.ceil(max(rows, (r) => textWidth(r.place, FONT))! + 14);
  const valueWidth = Math.ceil(max(rows, (r) => textWidth(fraction(r), SMALL_FONT))! + 10);
  const right = width - valueWidth;
  const x = scaleLinear().domain([0, 1]).range([left, right]);
  const height = MARGIN_TOP + rows.length * ROW_HEIGHT + 6;
  const marks: Mark[] = [...xAxisTop(x, MARGIN_TOP, height - 4, 4, (v) => formatPercent(v))];

  rows.forEach((r, i) => {
    const cy = MARGIN_TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2;
    const y = r2(cy - BAR_HEIGHT / 2);
    marks.push({ kind: 'text', x: left - 8, y: cy, text: r.place, anchor: 'end', size: FONT, fill: INK });
    if (r.share === null) {
      marks.push({
        kind: 'rect',
        x: left,
        y,
        width: r2(right - left),
        height: BAR_HEIGHT,
        fill: WHITE,
        stroke: RULE,
        strokeWidth: 1,
        strokeDasharray: '3 2',
        title: `${r.place}：${NO_MEASURES}`,
      });
    } else {
      const tip = `${r.place}：${formatNumber(r.total)} 项措施中 ${formatNumber(r.dated)} 项标有明确时限（${formatPercent(r.share)}）`;
      marks.push({ kind: 'rect', x: left, y, width: r2(right - left), height: BAR_HEIGHT, fill: PANEL, stroke: RULE, strokeWidth: 1, title: tip });
      if (r.dated > 0) marks.push({ kind: 'rect', x: left, y, width: r2(x(r.share) - left), height: BAR_HEIGHT, fill: ACCENT, title: tip });
    }
    marks.push({ kind: 'text', x: right + 6, y: cy, text: fraction(r), size: SMALL_FONT, fill: r.share === null ? INK_FAINT : INK });
  });

  const legend = [
    { label: '标有明确完成时限', swatch: swatch(ACCENT) },
    { label: '未标明确时限（长期、未注明等）', swatch: swatch(PANEL, RULE) },
  ];
  return { ...base, height, marks, legend };
}
