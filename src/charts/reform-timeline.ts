// Reform timeline: when places adopted one reform, by the date of the document.
//
// One lane per place, in order of first adoption, on a UTC time axis, so the
// diffusion reads top-left to bottom-right and a place adopting twice shows
// two dots on its lane. Only stated dates are placed: adoptions whose document
// has no date are listed under the chart (and in the table), never put at a
// guessed position. The earliest adoption is labelled 最早 in words. Each dot
// and its date label are one link to the adopting document.
import { max, scaleUtc, utcDay, utcMonth, utcYear } from 'd3';
import { ChartDataError, chartId, chartWidth, emptyMarks, EMPTY_HEIGHT, FONT, SMALL_FONT } from './common.ts';
import { chineseDate } from '../domain/dates.ts';
import { bookTitle } from '../domain/titles.ts';
import { isIsoDate, quote, textWidth, utcDate } from './format.ts';
import { r2, type ChartKind, type ChartLayout, type ChartNote, type Mark } from './layout.ts';
import { ACCENT, INK, INK_FAINT, INK_SOFT, RULE, WHITE } from './palette.ts';
import type { DataTable } from '../domain/table.ts';
import type { ChartOptions, ReformTimelineInput } from './types.ts';

export interface AdoptionTableRow {
  place: string;
  date: string | null;
  documentTitle: string;
  href: string;
  /** Among the earliest dated adoptions. */
  first: boolean;
}

const KIND: ChartKind = 'reform-timeline';
const ROW_HEIGHT = 26;
const MARGIN_TOP = 8;
const AXIS_HEIGHT = 30;
const EARLIEST = '最早';

export function adoptionTable(input: ReformTimelineInput): DataTable<AdoptionTableRow> {
  for (const a of input.adoptions) {
    if (a.date !== null && !isIsoDate(a.date)) throw new ChartDataError(KIND, `date is not YYYY-MM-DD: ${a.date} (${a.place})`);
  }
  const dated = input.adoptions.filter((a) => a.date !== null).sort((a, b) => a.date!.localeCompare(b.date!));
  const firstDate = dated[0]?.date ?? null;
  // Dated first, by date (ties keep the input order); then undated, in the input order.
  const rows = [...dated, ...input.adoptions.filter((a) => a.date === null)].map((a) => ({
    place: a.place,
    date: a.date,
    documentTitle: a.documentTitle,
    href: a.href,
    first: a.date !== null && a.date === firstDate,
  }));
  return {
    caption: `提出${quote(input.reform)}的文件`,
    columns: [
      { key: 'place', label: '地区', value: (r) => r.place },
      { key: 'date', label: '成文日期', value: (r) => r.date, text: (r) => chineseDate(r.date) },
      { key: 'documentTitle', label: '文件', value: (r) => r.documentTitle, text: (r) => bookTitle(r.documentTitle), href: (r) => r.href },
      { key: 'first', label: EARLIEST, value: (r) => r.first, text: (r) => (r.first ? EARLIEST : '') },
      { key: 'href', label: '文件链接', value: (r) => r.href, csvOnly: true },
    ],
    rows,
  };
}

function summarize(reform: string, rows: AdoptionTableRow[]): string {
  const dated = rows.filter((r) => r.date !== null);
  const undated = rows.length - dated.length;
  const undatedText = undated ? `另有 ${undated} 份文件未注明成文日期，列于图下，未画入时间轴。` : '';
  if (rows.length === 0) return `暂无提出${quote(reform)}的文件。`;
  const places = new Set(rows.map((r) => r.place)).size;
  const head = `${places} 个地区的 ${rows.length} 份文件提出了${quote(reform)}`;
  if (dated.length === 0) return `${head}，均未注明成文日期，未画入时间轴。`;
  const first = dated[0]!;
  const last = dated.at(-1)!;
  const firsts = [...new Set(dated.filter((r) => r.first).map((r) => r.place))].join('、');
  // With undated documents beside them, a date is said of the dated ones only: “均为” of three when two have no date misleads.
  const of = undated ? `注明日期的 ${dated.length} 份` : '';
  const span =
    dated.length === 1
      ? `${of || '其'}为${first.place}（${chineseDate(first.date!)}）`
      : first.date === last.date
        ? `${of}均为${chineseDate(first.date!)}`
        : `最早为${firsts}（${chineseDate(first.date!)}），最近为${last.place}（${chineseDate(last.date!)}）`;
  return `${head}：${span}。${undatedText}`;
}

/**
 * Every year's tick where the years fit (a label is about 50 px wide): d3's own choice over 2020–2025 was
 * 2022 and 2024 alone, and a reader asking how fast a reform spread had to guess where 2020 lay (a review).
 */
export function axisTicks(x: ReturnType<typeof scaleUtc<number>>, plotWidth: number): Date[] {
  const [from, to] = x.domain() as [Date, Date];
  const years = utcYear.range(utcYear.ceil(from), utcDay.offset(to, 1));
  if (years.length >= 2 && years.length <= Math.floor(plotWidth / 56)) return years;
  return x.ticks(Math.max(2, Math.floor(plotWidth / 110)));
}

/** Tick labels: years alone when every tick is 1 January; otherwise months, with the year on the first tick and each January. */
export function timeTickLabels(ticks: Date[]): string[] {
  const allJan1 = ticks.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1);
  const allFirst = ticks.every((t) => t.getUTCDate() === 1);
  return ticks.map((t, i) => {
    const y = t.getUTCFullYear();
    const m = t.getUTCMonth() + 1;
    const withYear = i === 0 || m === 1;
    if (allJan1) return `${y}年`;
    if (allFirst) return withYear ? `${y}年${m}月` : `${m}月`;
    return withYear ? `${y}年${m}月${t.getUTCDate()}日` : `${m}月${t.getUTCDate()}日`;
  });
}

/**
 * A lane's dots in runs: a dot whose date label would run into the next dot
 * joins it in one run, whose dates are said once after its last dot. A place
 * whose documents came weeks apart then shows when it first adopted (陕西
 * 2023年1月14日、2月13日), where only the later date had room before (a site review).
 */
function laneRuns(own: AdoptionTableRow[], xOf: (r: AdoptionTableRow) => number): AdoptionTableRow[][] {
  const runs: AdoptionTableRow[][] = [];
  for (const r of own) {
    const run = runs.at(-1);
    if (run && xOf(r) - xOf(run.at(-1)!) <= textWidth(runLabel(run), SMALL_FONT) + 16) run.push(r);
    else runs.push([r]);
  }
  return runs;
}

/** A run's dates, the first in full and the rest without a year they share with the one before (2023年1月14日、2月13日); 最早 if it holds the earliest. */
function runLabel(run: AdoptionTableRow[]): string {
  const dates = [...new Set(run.map((r) => r.date!))];
  const text = dates.map((d, i) => (i > 0 && d.slice(0, 4) === dates[i - 1]!.slice(0, 4) ? chineseDate(d).replace(/^\d+年/, '') : chineseDate(d))).join('、');
  return run.some((r) => r.first) ? `${text} · ${EARLIEST}` : text;
}

export function layoutReformTimeline(input: ReformTimelineInput, options: ChartOptions = {}): ChartLayout<AdoptionTableRow> {
  const table = adoptionTable(input);
  const rows = table.rows;
  const title = options.title ?? `${quote(input.reform)}的提出时间`;
  const id = chartId(KIND, title, options);
  const width = chartWidth(options);
  const dated = rows.filter((r) => r.date !== null);
  const undated = rows.filter((r) => r.date === null);
  const notes: ChartNote[] = undated.length
    ? [{ heading: '未注明成文日期的文件（未画入时间轴）', items: undated.map((r) => ({ text: `${r.place}：${bookTitle(r.documentTitle)}`, href: r.href })) }]
    : [];
  const legend = [
    { label: '最早提出', swatch: [{ kind: 'circle', cx: 8, cy: 8, r: 6, fill: ACCENT, stroke: ACCENT, strokeWidth: 2 }] satisfies Mark[] },
    { label: '其后提出', swatch: [{ kind: 'circle', cx: 8, cy: 8, r: 5, fill: WHITE, stroke: ACCENT, strokeWidth: 2 }] satisfies Mark[] },
  ];
  const base = { kind: KIND, id, title, summary: summarize(input.reform, rows), width, patterns: [], notes, table };
  if (dated.length === 0) return { ...base, height: EMPTY_HEIGHT, marks: emptyMarks(width, '提出它的文件均未注明日期'), legend: [] };

  const lanes = [...new Set(dated.map((r) => r.place))];
  const dateLabel = (r: AdoptionTableRow) => chineseDate(r.date!) + (r.first ? ` · ${EARLIEST}` : '');
  const left = Math.ceil(max(lanes, (p) => textWidth(p, FONT))! + 14);
  const d0 = utcDate(dated[0]!.date!);
  const d1 = utcDate(dated.at(-1)!.date!);
  // Whole months around the data; a single date gets a quarter either side.
  const domain = d0.getTime() === d1.getTime() ? [utcMonth.offset(d0, -3), utcMonth.offset(d1, 3)] : [utcMonth.floor(d0), utcMonth.ceil(utcDay.offset(d1, 1))];
  const own = (place: string) => dated.filter((r) => r.place === place);
  // Room on the right for the longest label; a lane whose dates run together says them in one
  // longer label, so the plot narrows until every label fits (a few rounds at most).
  let right = width - Math.ceil(max(dated, (r) => textWidth(dateLabel(r), SMALL_FONT))! + 16);
  let x = scaleUtc()
    .domain(domain)
    .range([left + 8, right]);
  for (let round = 0; round < 4; round++) {
    const scale = x;
    const xOf = (r: AdoptionTableRow) => scale(utcDate(r.date!));
    const overflow = max(lanes.flatMap((p) => laneRuns(own(p), xOf)).map((run) => xOf(run.at(-1)!) + 9 + textWidth(runLabel(run), SMALL_FONT) + 7 - width))!;
    if (overflow <= 0) break;
    right -= Math.ceil(overflow);
    x = scaleUtc()
      .domain(domain)
      .range([left + 8, right]);
  }
  const xOf = (r: AdoptionTableRow) => x(utcDate(r.date!));
  const plotBottom = MARGIN_TOP + lanes.length * ROW_HEIGHT;
  const height = plotBottom + AXIS_HEIGHT;

  const marks: Mark[] = [];
  const ticks = axisTicks(x, right - left);
  timeTickLabels(ticks).forEach((label, i) => {
    const px = r2(x(ticks[i]!));
    marks.push({ kind: 'line', x1: px, y1: MARGIN_TOP, x2: px, y2: plotBottom + 4, stroke: RULE, strokeWidth: 1, className: 'chart-grid' });
    marks.push({ kind: 'text', x: px, y: plotBottom + 7, text: label, anchor: 'middle', baseline: 'top', size: SMALL_FONT, fill: INK_FAINT });
  });
  lanes.forEach((place, i) => {
    const cy = MARGIN_TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2;
    marks.push({ kind: 'text', x: left - 8, y: cy, text: place, anchor: 'end', size: FONT, fill: INK });
    marks.push({ kind: 'line', x1: left, y1: cy, x2: right, y2: cy, stroke: RULE, strokeWidth: 1, strokeDasharray: '2 3' });
    for (const run of laneRuns(own(place), xOf)) {
      const first = run.some((r) => r.first);
      const text: Mark = {
        kind: 'text',
        x: r2(xOf(run.at(-1)!) + 9),
        y: cy,
        text: runLabel(run),
        size: SMALL_FONT,
        fill: first ? ACCENT : INK_SOFT,
        weight: first ? 'bold' : 'normal',
      };
      run.forEach((r, k) => {
        const children: Mark[] = [{ kind: 'circle', cx: r2(xOf(r)), cy, r: r.first ? 6 : 5, fill: r.first ? ACCENT : WHITE, stroke: ACCENT, strokeWidth: 2 }];
        // A dot alone carries its date label inside its link; a run's label names several documents and stands apart.
        if (run.length === 1) children.push(text);
        // The name holds the date the dot stands for, so speech input can name it (WCAG 2.5.3).
        marks.push({
          kind: 'link',
          href: r.href,
          label: `${r.place} ${dateLabel(r)}：${bookTitle(r.documentTitle)}`,
          title: `${r.place}：${bookTitle(r.documentTitle)}（${chineseDate(r.date!)}）`,
          children,
        });
        if (run.length > 1 && k === run.length - 1) marks.push(text);
      });
    }
  });
  return { ...base, height, marks, legend };
}
