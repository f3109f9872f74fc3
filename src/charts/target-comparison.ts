// Target comparison: one comparable target (企业开办时间, 个工作日) across places.
//
// One bar per stated target, sorted from most to least ambitious, so the
// ranking is the reading order; bars start at zero because these are ratio
// quantities (half the days is twice as fast). The most ambitious value — the
// lowest when lower is better — is drawn in the accent colour and labelled
// 最积极 in words, so it is found without colour. Each row (label, bar and value)
// is one link to the measure that states the target, and the exact phrase is
// kept for the tooltip and the table: the number is a reading of that phrase.
import { max, min, scaleLinear } from 'd3';
import { ChartDataError, chartId, chartWidth, emptyMarks, EMPTY_HEIGHT, FONT, joinList, SMALL_FONT, swatch, xAxisTop } from './common.ts';
import { formatNumber, textWidth, withUnit } from './format.ts';
import { r2, type ChartKind, type ChartLayout, type Mark } from './layout.ts';
import { ACCENT, INK, INK_FAINT, NEUTRAL } from './palette.ts';
import type { DataTable } from '../domain/table.ts';
import type { ChartOptions, TargetComparisonInput } from './types.ts';
import { NOT_STATED } from '../schemas/labels.ts';

export interface TargetTableRow {
  place: string;
  year: number | null;
  yearFrom?: 'deadline' | 'document';
  value: number;
  unit: string;
  label: string;
  href: string;
  /** The label's phrases with their own measures' links, where there are several. */
  parts?: { text: string; href: string }[];
  /** The most ambitious value (ties all count). */
  best: boolean;
}

const KIND: ChartKind = 'target-comparison';
const ROW_HEIGHT = 28;
const BAR_HEIGHT = 12;
const MARGIN_TOP = 40;
const BEST = '最积极';

const rowName = (r: { place: string; year: number | null }) => (r.year === null ? r.place : `${r.place}（${r.year}年）`);
/** A year the target's words do not give, and where it was read instead. */
const YEAR_FROM = { deadline: '（按完成时限）', document: '（按文件年份）' } as const;
const directionText = (lowerIsBetter: boolean) => (lowerIsBetter ? '越低越积极' : '越高越积极');

export function targetTable(input: TargetComparisonInput): DataTable<TargetTableRow> {
  const lower = input.direction === 'lower-is-better';
  for (const r of input.rows) {
    if (!Number.isFinite(r.value)) throw new ChartDataError(KIND, `value is not a number: ${r.place} ${r.value}`);
    if (r.year !== undefined && !Number.isInteger(r.year)) throw new ChartDataError(KIND, `year is not a whole number: ${r.place} ${r.year}`);
  }
  const bestValue = lower ? min(input.rows, (r) => r.value) : max(input.rows, (r) => r.value);
  // Most ambitious first; equal values keep the input order.
  const rows = input.rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (lower ? a.r.value - b.r.value : b.r.value - a.r.value) || a.i - b.i)
    .map(({ r }) => ({
      place: r.place,
      year: r.year ?? null,
      ...(r.yearFrom && r.year !== undefined ? { yearFrom: r.yearFrom } : {}),
      value: r.value,
      unit: input.unit,
      label: r.label,
      href: r.href,
      ...(r.parts ? { parts: r.parts } : {}),
      best: r.value === bestValue,
    }));
  return {
    caption: `各地${input.metric}目标（${input.unit}，${directionText(lower)}）`,
    columns: [
      { key: 'place', label: '地区', value: (r) => r.place },
      {
        key: 'year',
        label: '目标年份',
        value: (r) => r.year,
        text: (r) => (r.year === null ? NOT_STATED : `${r.year}年${r.yearFrom ? YEAR_FROM[r.yearFrom] : ''}`),
        numeric: true,
      },
      { key: 'value', label: '目标值', value: (r) => r.value, text: (r) => formatNumber(r.value), numeric: true },
      { key: 'unit', label: '单位', value: (r) => r.unit },
      // Each phrase links the measure that states it: one link over two documents' words sent a reader to a text holding one (a review).
      { key: 'label', label: '原文表述', value: (r) => r.label, href: (r) => r.href, links: (r) => r.parts ?? [] },
      { key: 'best', label: BEST, value: (r) => r.best, text: (r) => (r.best ? BEST : '') },
      { key: 'href', label: '措施链接', value: (r) => r.href, csvOnly: true },
    ],
    rows,
  };
}

function summarize(input: TargetComparisonInput, rows: TargetTableRow[]): string {
  if (rows.length === 0) return `暂无可比较的${input.metric}目标。`;
  return `${ranking(input, rows)}${sameWordingText(input.sameWording ?? [])}${otherUnitsText(input.otherUnits ?? [])}`;
}

/** Targets that are one sentence passed down: said, so a tie between them is not read as two choices. */
export function sameWordingText(groups: { places: string[]; words: string }[]): string {
  // The clauses up to the target, quotes and punctuation aside: 咸阳 writes 部门“信息孤岛”, 陕西 部门信息孤岛 (a review held
  // 原句相同 to mean word for word), quoted as the first place writes it.
  return groups
    .map((g) => `其中${g.places.join('、')}写定目标的分句相同（${g.places[0]}：“${g.words}”；引号、标点不计），多为照录同一份上级文件，不是各自定下的力度。`)
    .join('');
}

/** The targets a chart leaves unranked for their unit, said in the summary its image carries too. */
export function otherUnitsText(others: { unit: string; places: string[] }[]): string {
  return others.map((o) => `另有${o.places.join('、')}以“${o.unit}”计的同一指标目标，单位不同不作换算，未列入比较。`).join('');
}

function ranking(input: TargetComparisonInput, rows: TargetTableRow[]): string {
  // 银川市（0.5 个工作日，2023年）; 石嘴山市、西安市（均为 1 个工作日）; tied targets of different years say each
  // place's year, or a 2020 target lapsed long ago reads as level with this year's (a site review):
  // 1 个工作日：陕西省级、咸阳市（2023年），石嘴山市（2020年）
  const extreme = (rs: TargetTableRow[]) => {
    const value = withUnit(rs[0]!.value, input.unit);
    if (rs.length === 1) return `${rs[0]!.place}（${value}${rs[0]!.year === null ? '' : `，${rs[0]!.year}年`}）`;
    const years = [...new Set(rs.map((r) => r.year))].sort((a, b) => (b ?? 0) - (a ?? 0));
    if (years.length === 1) return `${joinList([...new Set(rs.map((r) => r.place))])}（均为 ${value}）`;
    const ofYear = (year: number | null) =>
      `${joinList([...new Set(rs.filter((r) => r.year === year).map((r) => r.place))])}（${year === null ? '未注明年份' : `${year}年`}）`;
    return `${value}：${years.map(ofYear).join('，')}`;
  };
  const first = rows[0]!;
  const last = rows.at(-1)!;
  // A bar is a place's headline value (another of its values may stand in the table beside): places are counted, not targets (a review).
  const places = `${new Set(rows.map((r) => r.place)).size} 个地区的`;
  if (rows.length === 1) return `仅${first.place}设定了${input.metric}目标：${withUnit(first.value, input.unit)}（${first.label}）。`;
  if (first.value === last.value) return `${places}${input.metric}目标均为 ${withUnit(first.value, input.unit)}。${yearsApart(rows, true)}`;
  const best = rows.filter((r) => r.best);
  const worst = rows.filter((r) => r.value === last.value);
  // A list after a colon ends with ；, so the least ambitious is not read as one more place of it.
  const bestText = extreme(best);
  // A number after Han characters is set off by a space, as 均为 1 个工作日 is (a review read 最积极的是1 个工作日).
  const spaced = (text: string) => (/^\d/.test(text) ? ` ${text}` : text);
  return `${places}${input.metric}目标中，最积极的是${spaced(bestText)}${bestText.includes('：') ? '；' : '，'}最宽松的是${spaced(extreme(worst))}。${yearsApart(rows)}`;
}

/** Targets for different years (2020 against 2025) differ in time as well as ambition: the summary says so, or “最宽松” reads as effort alone. */
function yearsApart(rows: TargetTableRow[], tie = false): string {
  const years = [...new Set(rows.flatMap((r) => (r.year === null ? [] : [r.year])))].sort();
  const undated = rows.some((r) => r.year === null);
  if (years.length === 0 || (years.length === 1 && !undated)) return '';
  // One year and targets with none: that they differ cannot be told (a review read 年份不一 over 2023 and an undated one).
  if (years.length === 1) return `部分目标未注明年份（其余为${years[0]}年）${tie ? '。' : '，高低未必全是力度之差。'}`;
  const span = years.length > 1 ? `${years[0]}—${years.at(-1)}年` : `${years[0]}年`;
  return `各目标的年份不一（${span}${undated ? '，部分未注明' : ''}）${tie ? '。' : '，高低不全是力度之差。'}`;
}

export function layoutTargetComparison(input: TargetComparisonInput, options: ChartOptions = {}): ChartLayout<TargetTableRow> {
  const table = targetTable(input);
  const rows = table.rows;
  const lower = input.direction === 'lower-is-better';
  const title = options.title ?? `${input.metric}目标比较`;
  const id = chartId(KIND, title, options);
  const width = chartWidth(options);
  const base = { kind: KIND, id, title, summary: summarize(input, rows), width, patterns: [], notes: [], table };
  if (rows.length === 0) return { ...base, height: EMPTY_HEIGHT, marks: emptyMarks(width, `暂无${input.metric}目标`), legend: [] };

  const valueLabel = (r: TargetTableRow) => withUnit(r.value, input.unit) + (r.best ? ` · ${BEST}` : '');
  const left = Math.ceil(max(rows, (r) => textWidth(rowName(r), FONT))! + 14);
  const right = width - Math.ceil(max(rows, (r) => textWidth(valueLabel(r), FONT))! + 12);
  const x = scaleLinear()
    .domain([Math.min(0, min(rows, (r) => r.value)!), Math.max(0, max(rows, (r) => r.value)!)])
    .range([left, right])
    .nice();
  if (x.domain()[0] === x.domain()[1]) x.domain([0, 1]);
  const height = MARGIN_TOP + rows.length * ROW_HEIGHT + 6;
  const x0 = r2(x(0));

  const marks: Mark[] = [
    { kind: 'text', x: left, y: 10, text: `${input.unit}（${directionText(lower)}）`, size: SMALL_FONT, fill: INK_FAINT },
    ...xAxisTop(x, MARGIN_TOP, height - 4, 5),
  ];
  rows.forEach((r, i) => {
    const top = MARGIN_TOP + i * ROW_HEIGHT;
    const cy = top + ROW_HEIGHT / 2;
    const xv = r2(x(r.value));
    const fill = r.best ? ACCENT : NEUTRAL;
    const name = rowName(r);
    marks.push({
      kind: 'link',
      href: r.href,
      // Starts with the text the link shows, so speech input can name it (WCAG 2.5.3).
      label: `${name} ${valueLabel(r)}，原文${r.label}`,
      title: `${name}：${r.label}`,
      children: [
        // An invisible full-row target: the whole row is clickable, not only a thin bar.
        { kind: 'rect', x: 0, y: top, width, height: ROW_HEIGHT, fill: 'transparent', className: 'chart-hit' },
        { kind: 'text', x: left - 8, y: cy, text: name, anchor: 'end', size: FONT, fill: INK },
        { kind: 'rect', x: Math.min(x0, xv), y: r2(cy - BAR_HEIGHT / 2), width: r2(Math.abs(xv - x0)), height: BAR_HEIGHT, fill },
        { kind: 'text', x: r2(Math.max(x0, xv) + 6), y: cy, text: valueLabel(r), size: FONT, fill: r.best ? ACCENT : INK, weight: r.best ? 'bold' : 'normal' },
      ],
    });
  });
  marks.push({ kind: 'line', x1: x0, y1: MARGIN_TOP, x2: x0, y2: height - 4, stroke: INK_FAINT, strokeWidth: 1 });

  const legend = [
    { label: `目标最积极（${lower ? '最低' : '最高'}）`, swatch: swatch(ACCENT) },
    { label: '其他目标', swatch: swatch(NEUTRAL) },
  ];
  return { ...base, height, marks, legend };
}
