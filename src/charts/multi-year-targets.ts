// Multi-year targets: per-year target values of one metric, one line per place.
//
// Years are a linear axis (not bands) so a missing year shows as a longer
// segment rather than being silently closed up. Each place has its own colour
// from a colour-blind-safe set AND its own marker shape, and is named directly
// at its last point, so lines can be told apart in greyscale print and without
// the legend. Every point links to the measure that states that year's value.
// The value axis starts at zero when all values are positive: targets are
// amounts, and a cropped axis would exaggerate year-on-year steps.
import { extent, line, max, min, scaleLinear, symbol, symbolsFill } from 'd3';
import { ChartDataError, chartId, chartWidth, emptyMarks, EMPTY_HEIGHT, FONT, SMALL_FONT, yAxisLeft } from './common.ts';
import { formatNumber, textWidth, withUnit } from './format.ts';
import { r2, type ChartKind, type ChartLayout, type LegendItem, type Mark } from './layout.ts';
import { categorical, INK, INK_FAINT, WHITE } from './palette.ts';
import type { DataTable } from '../domain/table.ts';
import type { ChartOptions, MultiYearTargetsInput } from './types.ts';

export interface YearTargetTableRow {
  place: string;
  year: number;
  value: number;
  unit: string;
  href: string;
  quote: string | null;
  /** Position of the place's series: its colour and marker. */
  series: number;
}

const KIND: ChartKind = 'multi-year-targets';
const HEIGHT = 300;
const MARGIN_TOP = 30;
const MARGIN_BOTTOM = 30;
const LABEL_GAP = 14;
const Y_TICKS = 5;

/** d3's filled symbols, circle first; paths around the origin with an area of `size`. */
function marker(series: number, size = 64): string {
  return symbol(symbolsFill[series % symbolsFill.length]!, size).digits(2)()!;
}

export function yearTargetTable(input: MultiYearTargetsInput): DataTable<YearTargetTableRow> {
  const rows: YearTargetTableRow[] = [];
  input.series.forEach((s, series) => {
    const years = new Set<number>();
    for (const p of s.points) {
      if (!Number.isInteger(p.year)) throw new ChartDataError(KIND, `year is not a whole number: ${s.place} ${p.year}`);
      if (!Number.isFinite(p.value)) throw new ChartDataError(KIND, `value is not a number: ${s.place} ${p.year}`);
      if (years.has(p.year)) throw new ChartDataError(KIND, `two values for ${s.place} in ${p.year}`);
      years.add(p.year);
      rows.push({ place: s.place, year: p.year, value: p.value, unit: input.unit, href: p.href, quote: p.quote ?? null, series });
    }
  });
  rows.sort((a, b) => a.series - b.series || a.year - b.year);
  // One place's series is that place's, not 各地's (a review read 各地 over 延安 alone).
  const who = input.series.length === 1 ? input.series[0]!.place : '各地';
  return {
    caption: `${who}${input.metric}逐年目标（${input.unit}）`,
    columns: [
      { key: 'place', label: '地区', value: (r) => r.place },
      { key: 'year', label: '年份', value: (r) => r.year, text: (r) => `${r.year}年`, numeric: true },
      { key: 'value', label: '目标值', value: (r) => r.value, text: (r) => formatNumber(r.value), href: (r) => r.href, numeric: true },
      { key: 'unit', label: '单位', value: (r) => r.unit },
      ...(rows.some((r) => r.quote) ? [{ key: 'quote', label: '原文表述', value: (r: YearTargetTableRow) => (r.quote ? `“${r.quote}”` : '') }] : []),
      { key: 'href', label: '措施链接', value: (r) => r.href, csvOnly: true },
    ],
    rows,
  };
}

function change(first: YearTargetTableRow, last: YearTargetTableRow, unit: string): string {
  if (first === last) return `${first.place}仅有 ${first.year}年目标 ${withUnit(first.value, unit)}`;
  const verb = last.value > first.value ? '升至' : last.value < first.value ? '降至' : '保持';
  return `${first.place}由 ${first.year}年的 ${formatNumber(first.value)} ${verb} ${last.year}年的 ${withUnit(last.value, unit)}`;
}

function summarize(input: MultiYearTargetsInput, rows: YearTargetTableRow[], places: string[]): string {
  if (rows.length === 0) return `暂无${input.metric}逐年目标。`;
  const [y0, y1] = extent(rows, (r) => r.year) as [number, number];
  const span = y0 === y1 ? `${y0}年` : `${y0}—${y1}年`;
  const who = places.length === 1 ? places[0]! : `${places.length} 个地区`;
  const first = `${who}设定了${span}的${input.metric}目标。`;
  const bySeries = places.map((_, i) => rows.filter((r) => r.series === i)).filter((s) => s.length > 0);
  if (bySeries.length <= 3) return `${first}${bySeries.map((s) => change(s[0]!, s.at(-1)!, input.unit)).join('；')}。`;
  const lastValues = bySeries.map((s) => s.at(-1)!.value);
  return `${first}各地最后一年的目标在 ${formatNumber(min(lastValues)!)} 至 ${withUnit(max(lastValues)!, input.unit)}之间。`;
}

/** Moves label centres apart by at least `gap`, keeping them inside [lo, hi]. */
export function dodge(ys: number[], gap: number, lo: number, hi: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  for (let k = 1; k < order.length; k++) order[k]!.y = Math.max(order[k]!.y, order[k - 1]!.y + gap);
  const overflow = order.length ? order.at(-1)!.y - hi : 0;
  if (overflow > 0) for (const o of order) o.y -= overflow;
  for (let k = order.length - 2; k >= 0; k--) order[k]!.y = Math.min(order[k]!.y, order[k + 1]!.y - gap);
  if (order.length && order[0]!.y < lo) for (const o of order) o.y += lo - order[0]!.y;
  const out = new Array<number>(ys.length);
  for (const o of order) out[o.i] = o.y;
  return out;
}

export function layoutMultiYearTargets(input: MultiYearTargetsInput, options: ChartOptions = {}): ChartLayout<YearTargetTableRow> {
  const table = yearTargetTable(input);
  const rows = table.rows;
  const places = input.series.map((s) => s.place);
  const title = options.title ?? `${input.metric}逐年目标`;
  const id = chartId(KIND, title, options);
  const width = chartWidth(options);
  const legend: LegendItem[] = input.series.map((s, i) => ({
    label: s.place,
    swatch: [{ kind: 'path', d: marker(i, 48), x: 8, y: 8, fill: categorical(i), stroke: WHITE, strokeWidth: 0.5 }],
  }));
  const base = { kind: KIND, id, title, summary: summarize(input, rows, places), width, patterns: [], notes: [], table };
  if (rows.length === 0) return { ...base, height: EMPTY_HEIGHT, marks: emptyMarks(width, `暂无${input.metric}逐年目标`), legend: [] };

  const [minValue, maxValue] = extent(rows, (r) => r.value) as [number, number];
  const y = scaleLinear()
    .domain([Math.min(0, minValue), Math.max(0, maxValue)])
    .range([HEIGHT - MARGIN_BOTTOM, MARGIN_TOP])
    // Rounded to the ticks the axis draws, so the highest point is never above the top tick (6.5 over a top tick of 6; a review).
    .nice(Y_TICKS);
  if (y.domain()[0] === y.domain()[1]) y.domain([0, 1]);
  const left = Math.ceil(max(y.ticks(Y_TICKS), (t) => textWidth(formatNumber(t), SMALL_FONT))! + 14);
  const right = width - Math.ceil(max(places, (p) => textWidth(p, FONT))! + 20);
  const [y0, y1] = extent(rows, (r) => r.year) as [number, number];
  const x = scaleLinear()
    .domain(y0 === y1 ? [y0 - 1, y1 + 1] : [y0, y1])
    .range([left + 16, right - 16]);
  const yearStep = Math.max(1, Math.ceil((y1 - y0 + 1) / 10));

  const marks: Mark[] = [
    { kind: 'text', x: r2(left - 6), y: 10, text: `单位：${input.unit}`, anchor: 'start', size: SMALL_FONT, fill: INK_FAINT },
    ...yAxisLeft(y, left, right, Y_TICKS),
  ];
  for (let year = y0; year <= y1; year += yearStep) {
    const px = r2(x(year));
    marks.push({ kind: 'line', x1: px, y1: HEIGHT - MARGIN_BOTTOM, x2: px, y2: HEIGHT - MARGIN_BOTTOM + 4, stroke: INK_FAINT, strokeWidth: 1 });
    marks.push({ kind: 'text', x: px, y: HEIGHT - MARGIN_BOTTOM + 7, text: `${year}年`, anchor: 'middle', baseline: 'top', size: SMALL_FONT, fill: INK_FAINT });
  }

  const path = line<YearTargetTableRow>(
    (r) => x(r.year),
    (r) => y(r.value),
  ).digits(2);
  const ends: { place: string; series: number; x: number; y: number }[] = [];
  input.series.forEach((s, i) => {
    const pts = rows.filter((r) => r.series === i);
    if (pts.length === 0) return;
    const colour = categorical(i);
    if (pts.length > 1) marks.push({ kind: 'path', d: path(pts)!, fill: 'none', stroke: colour, strokeWidth: 2 });
    for (const p of pts) {
      const text = `${p.place} ${p.year}年目标：${withUnit(p.value, input.unit)}`;
      marks.push({
        kind: 'link',
        href: p.href,
        label: text,
        title: text,
        children: [{ kind: 'path', d: marker(i), x: r2(x(p.year)), y: r2(y(p.value)), fill: colour, stroke: WHITE, strokeWidth: 1 }],
      });
    }
    const last = pts.at(-1)!;
    ends.push({ place: s.place, series: i, x: x(last.year), y: y(last.value) });
  });

  // Direct labels at each line's end, nudged apart where lines end close together.
  const labelYs = dodge(
    ends.map((e) => e.y),
    LABEL_GAP,
    MARGIN_TOP,
    HEIGHT - MARGIN_BOTTOM,
  );
  ends.forEach((e, k) => {
    const ly = r2(labelYs[k]!);
    if (Math.abs(ly - e.y) > 3)
      marks.push({ kind: 'line', x1: r2(e.x + 6), y1: r2(e.y), x2: r2(e.x + 12), y2: ly, stroke: categorical(e.series), strokeWidth: 1 });
    marks.push({ kind: 'text', x: r2(e.x + 14), y: ly, text: e.place, size: FONT, fill: INK });
  });
  return { ...base, height: HEIGHT, marks, legend };
}
