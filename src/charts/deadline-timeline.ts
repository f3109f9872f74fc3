// Deadline timeline: measures falling due per month, one row per place.
//
// Small multiples rather than one stacked bar per month: stacking places would
// make every place but the bottom one hard to read, while one row each keeps
// every place's rhythm legible and the shared month axis lines them up. All
// rows share one count scale so bar heights compare across places. Within a
// bar, deadlines already past sit at the bottom in grey and open ones above in
// the accent colour, and the months before `asOf` are shaded: "past" is told by
// value, position and shading, never by hue alone. A staged measure counts in
// its last stage's month; its earlier stages sit on top as hollow segments, so
// a 2024 step shows in 2024 without the measure being counted twice.
import { max, rollup, scaleBand, scaleLinear, sum, utcMonth } from 'd3';
import { ChartDataError, chartId, chartWidth, emptyMarks, EMPTY_HEIGHT, FONT, ruleSwatch, SMALL_FONT, swatch } from './common.ts';
import { chineseDate, chineseMonth, deadlineStatus } from '../domain/dates.ts';
import { formatNumber, formatPercent, isIsoDate, isIsoMonth, isoMonthOf, textWidth, utcDate } from './format.ts';
import { r2, type ChartKind, type ChartLayout, type ChartNote, type Mark } from './layout.ts';
import { ACCENT, INK, INK_FAINT, INK_SOFT, NEUTRAL, PANEL, RULE, WHITE } from './palette.ts';
import type { DataTable } from '../domain/table.ts';
import type { ChartOptions, DeadlineTimelineInput } from './types.ts';

export interface DeadlineTableRow {
  place: string;
  month: string;
  pastDue: boolean;
  count: number;
  /** Earlier stages of staged measures, not measures due (DeadlineMonthRow.stage). */
  stage: boolean;
}

const KIND: ChartKind = 'deadline-timeline';
/** What a stage row is called: not a measure due, one step of a measure due later or kept up after it (…并长期坚持). */
const STAGE_LABEL = '阶段时限';
const ROW_HEIGHT = 46;
const BAR_MAX = 32;
/** A month with one measure beside one with 300 still shows: a non-empty segment is never drawn thinner than this. */
const BAR_MIN = 3;
const MARGIN_TOP = 26;
const AXIS_HEIGHT = 38;
const MARGIN_RIGHT = 12;

/** The chart's rows: validated, equal keys added up, in place order then month order, past before open. */
export function deadlineTable(input: DeadlineTimelineInput): DataTable<DeadlineTableRow> {
  if (!isIsoDate(input.asOf)) throw new ChartDataError(KIND, `asOf is not a YYYY-MM-DD date: ${input.asOf}`);
  if (input.horizon !== undefined && !isIsoMonth(input.horizon)) throw new ChartDataError(KIND, `horizon is not YYYY-MM: ${input.horizon}`);
  const placeOrder = new Map<string, number>();
  const merged = new Map<string, DeadlineTableRow>();
  for (const r of input.rows) {
    if (!isIsoMonth(r.month)) throw new ChartDataError(KIND, `month is not YYYY-MM: ${r.month} (${r.place})`);
    if (!Number.isInteger(r.count) || r.count < 0) throw new ChartDataError(KIND, `count must be a whole number ≥ 0: ${r.count} (${r.place} ${r.month})`);
    if (!placeOrder.has(r.place)) placeOrder.set(r.place, placeOrder.size);
    const stage = r.stage === true;
    const key = `${r.place}\u0000${r.month}\u0000${r.pastDue}\u0000${stage}`;
    const row = merged.get(key);
    if (row) row.count += r.count;
    else merged.set(key, { place: r.place, month: r.month, pastDue: r.pastDue, count: r.count, stage });
  }
  const rows = [...merged.values()].sort(
    (a, b) =>
      placeOrder.get(a.place)! - placeOrder.get(b.place)! ||
      a.month.localeCompare(b.month) ||
      Number(a.stage) - Number(b.stage) ||
      Number(b.pastDue) - Number(a.pastDue),
  );
  return {
    caption: `${input.subject ?? (input.laneNoun ? `各${input.laneNoun}` : '各地')}每月到期的措施数（截至${chineseDate(input.asOf)}）`,
    columns: [
      { key: 'place', label: input.laneNoun ?? '地区', value: (r) => r.place },
      { key: 'month', label: '完成月份', value: (r) => r.month, text: (r) => chineseMonth(r.month) },
      { key: 'pastDue', label: '状态', value: (r) => r.pastDue, text: (r) => deadlineStatus(r.pastDue) },
      { key: 'count', label: '措施数', value: (r) => r.count, numeric: true },
      { key: 'stage', label: '时限类别', value: (r) => r.stage, text: (r) => (r.stage ? STAGE_LABEL : '措施的（最后）时限') },
    ],
    rows,
  };
}

/** The rows after the horizon, one line per place and month (past and open added up). */
function laterNote(later: DeadlineTableRow[], horizon: string): ChartNote[] {
  if (later.length === 0) return [];
  const byKey = rollup(
    later,
    (v) => [sum(v, (r) => (r.stage ? 0 : r.count)), sum(v, (r) => (r.stage ? r.count : 0))] as const,
    (r) => `${r.place}：${chineseMonth(r.month)}`,
  );
  const text = (n: number, stages: number) =>
    [n ? `${formatNumber(n)} 项` : '', stages ? `${STAGE_LABEL} ${formatNumber(stages)} 个` : ''].filter(Boolean).join('，');
  return [
    {
      heading: `晚于${chineseMonth(horizon)}的完成时限（未画入时间轴）`,
      items: [...byKey].map(([key, [n, stages]]) => ({ text: `${key} ${text(n, stages)}` })),
    },
  ];
}

function summarize(
  all: DeadlineTableRow[],
  places: string[],
  asOf: string,
  laterAll: DeadlineTableRow[],
  lanes: { noun: string; subject?: string; countNote?: string },
): string {
  // Measures are counted once, in their last stage's month; earlier stages are told apart after.
  const rows = all.filter((r) => !r.stage);
  const later = laterAll.filter((r) => !r.stage);
  const stages = sum(all, (r) => (r.stage ? r.count : 0));
  const total = sum(rows, (r) => r.count);
  if (total === 0) return `截至${chineseDate(asOf)}，暂无标有完成月份的措施。`;
  const past = sum(rows, (r) => (r.pastDue ? r.count : 0));
  const byMonth = rollup(
    rows,
    (v) => sum(v, (r) => r.count),
    (r) => r.month,
  );
  const peak = max(byMonth.values())!;
  const peakMonths = [...byMonth]
    .filter(([, n]) => n === peak)
    .map(([m]) => m)
    .sort();
  const peakText =
    peakMonths.length > 2
      ? `${chineseMonth(peakMonths[0]!)}等 ${peakMonths.length} 个月（各 ${peak} 项）`
      : `${peakMonths.map(chineseMonth).join('和')}（${peakMonths.length > 1 ? '各 ' : ''}${peak} 项）`;
  const where = lanes.subject ?? (places.length === 1 ? places[0]! : `${places.length} 个${lanes.noun}`);
  const laterCount = sum(later, (r) => r.count);
  // Counted in the total above: “另有” read as more besides it (a site review).
  const laterText = laterCount ? `这 ${formatNumber(total)} 项中有 ${formatNumber(laterCount)} 项的时限较远，不在图中，列于图下。` : '';
  const stageText = stages
    ? `分阶段的措施按最后一个阶段的月份计入；其前期阶段，以及此后长期坚持的措施所写的阶段期限，另有 ${formatNumber(stages)} 个时限，画为空心段（该月另有措施到期的，叠在其上）。`
    : '';
  const countNote = lanes.countNote ? `（${lanes.countNote}）` : '';
  return `截至${chineseDate(asOf)}，${where}共有 ${formatNumber(total)} 项措施标有完成月份${countNote}，其中 ${formatNumber(past)} 项（${formatPercent(past / total)}）${deadlineStatus(true)}。到期最集中的是${peakText}。${laterText}${stageText}`;
}

/**
 * Month ticks: every k-th month from the first, so the first bar always has one, and labels do not
 * collide; each year named once, on a second line under its first tick. A review found a chart whose
 * only bar, 2023年12月, stood unlabelled (ticks fell on January, April …), and one whose first 12月 had
 * no year (the next January's label left it no room).
 */
function monthAxis(months: string[], x: (m: string) => number, step: number, y: number): Mark[] {
  const k = [1, 2, 3, 6, 12].find((k) => step * k >= textWidth('2024年', SMALL_FONT) + 8) ?? 12;
  const marks: Mark[] = [];
  let named = '';
  months.forEach((m, i) => {
    if (i % k !== 0) return;
    const cx = r2(x(m) + step / 2);
    const year = m.slice(0, 4);
    marks.push({ kind: 'line', x1: cx, y1: y, x2: cx, y2: y + 4, stroke: INK_FAINT, strokeWidth: 1 });
    marks.push({ kind: 'text', x: cx, y: y + 6, text: `${Number(m.slice(5, 7))}月`, anchor: 'middle', baseline: 'top', size: SMALL_FONT, fill: INK_FAINT });
    if (year === named) return;
    named = year;
    marks.push({ kind: 'text', x: cx, y: y + 21, text: `${year}年`, anchor: 'middle', baseline: 'top', size: SMALL_FONT, fill: INK_SOFT, weight: 'bold' });
  });
  return marks;
}

export function layoutDeadlineTimeline(input: DeadlineTimelineInput, options: ChartOptions = {}): ChartLayout<DeadlineTableRow> {
  const table = deadlineTable(input);
  // The table and the summary count every row; the axis only the months up to the horizon.
  const later = input.horizon ? table.rows.filter((r) => r.month > input.horizon!) : [];
  const rows = input.horizon ? table.rows.filter((r) => r.month <= input.horizon!) : table.rows;
  const title = options.title ?? '各地措施完成时限（按月）';
  const id = chartId(KIND, title, options);
  const width = chartWidth(options);
  const places = [...new Set(rows.map((r) => r.place))];
  const summary = summarize(table.rows, [...new Set(table.rows.map((r) => r.place))], input.asOf, later, {
    noun: input.laneNoun ?? '地区',
    ...(input.subject ? { subject: input.subject } : {}),
    ...(input.countNote ? { countNote: input.countNote } : {}),
  });
  const notes = laterNote(later, input.horizon ?? '');
  const legend = [
    { label: deadlineStatus(false), swatch: swatch(ACCENT) },
    { label: deadlineStatus(true), swatch: swatch(NEUTRAL) },
    ...(table.rows.some((r) => r.stage) ? [{ label: `${STAGE_LABEL}（空心）`, swatch: swatch(WHITE, INK_FAINT) }] : []),
    { label: '截至日期以前的月份', swatch: swatch(PANEL, RULE) },
    { label: `截至日期（${chineseDate(input.asOf)}）`, swatch: ruleSwatch(INK) },
  ];
  const base = { kind: KIND, id, title, summary, width, patterns: [], notes, table };
  if (rows.length === 0) {
    const message = later.length ? `${chineseMonth(input.horizon!)}以前暂无到期的措施` : '暂无标有完成月份的措施';
    return { ...base, height: EMPTY_HEIGHT, marks: emptyMarks(width, message), legend: [] };
  }

  // Months: every month from the first to the last with data, and the month of asOf.
  const asOfMonth = input.asOf.slice(0, 7);
  const monthKeys = [...rows.map((r) => r.month), asOfMonth].sort();
  const months = utcMonth.range(utcDate(monthKeys[0]!), utcMonth.offset(utcDate(monthKeys.at(-1)!), 1)).map(isoMonthOf);

  const left = Math.ceil(max(places, (p) => textWidth(p, FONT))! + 14);
  const right = width - MARGIN_RIGHT;
  const x = scaleBand<string>().domain(months).range([left, right]).paddingInner(0.2).paddingOuter(0.1);
  const step = x.step();
  const cellStart = (m: string) => x(m)! - (step - x.bandwidth()) / 2;

  const count = (v: DeadlineTableRow[], stage: boolean, pastDue: boolean) => sum(v, (r) => (r.stage === stage && r.pastDue === pastDue ? r.count : 0));
  const stacks = rollup(
    rows,
    (v) => ({ past: count(v, false, true), open: count(v, false, false), pastStage: count(v, true, true), openStage: count(v, true, false) }),
    (r) => r.place,
    (r) => r.month,
  );
  const drawn = (s: { past: number; open: number; pastStage: number; openStage: number }) => s.past + s.open + s.pastStage + s.openStage;
  const maxStack = max([...stacks.values()].flatMap((byMonth) => [...byMonth.values()].map(drawn))) || 1;
  const h = scaleLinear().domain([0, maxStack]).range([0, BAR_MAX]);
  const showCounts = x.bandwidth() >= 14;

  const plotTop = MARGIN_TOP;
  const plotBottom = plotTop + places.length * ROW_HEIGHT;
  const height = plotBottom + AXIS_HEIGHT;
  const marks: Mark[] = [];

  // Past months: shaded behind every row; the as-of rule sits at its day within its month.
  const asOfDate = utcDate(input.asOf);
  const daysInMonth = new Date(Date.UTC(asOfDate.getUTCFullYear(), asOfDate.getUTCMonth() + 1, 0)).getUTCDate();
  const asOfX = r2(cellStart(asOfMonth) + (step * (asOfDate.getUTCDate() - 1)) / daysInMonth);
  const shadeLeft = r2(cellStart(months[0]!));
  const shadeRight = r2(cellStart(asOfMonth));
  if (shadeRight > shadeLeft) {
    marks.push({
      kind: 'rect',
      x: shadeLeft,
      y: plotTop - 4,
      width: r2(shadeRight - shadeLeft),
      height: plotBottom - plotTop + 4,
      fill: PANEL,
      className: 'chart-past',
    });
  }

  // The as-of rule goes under the bars so it never hides a count.
  marks.push({ kind: 'line', x1: asOfX, y1: plotTop - 8, x2: asOfX, y2: plotBottom, stroke: INK, strokeWidth: 1.5, className: 'chart-asof' });

  places.forEach((place, i) => {
    const baseline = plotTop + i * ROW_HEIGHT + BAR_MAX + 6;
    marks.push({ kind: 'text', x: left - 8, y: r2(baseline - BAR_MAX / 2), text: place, anchor: 'end', size: FONT, fill: INK });
    marks.push({ kind: 'line', x1: left, y1: baseline, x2: right, y2: baseline, stroke: RULE, strokeWidth: 1 });
    for (const [month, s] of stacks.get(place) ?? []) {
      const bx = r2(x(month)!);
      const bw = r2(x.bandwidth());
      const segment = (n: number) => (n > 0 ? r2(Math.max(BAR_MIN, h(n))) : 0);
      const [pastH, openH, pastStageH, openStageH] = [segment(s.past), segment(s.open), segment(s.pastStage), segment(s.openStage)];
      const label = `${place} · ${chineseMonth(month)}`;
      if (s.past > 0)
        marks.push({
          kind: 'rect',
          x: bx,
          y: r2(baseline - pastH),
          width: bw,
          height: pastH,
          fill: NEUTRAL,
          title: `${label}：${deadlineStatus(true)} ${formatNumber(s.past)} 项`,
        });
      if (s.open > 0)
        marks.push({
          kind: 'rect',
          x: bx,
          y: r2(baseline - pastH - openH),
          width: bw,
          height: openH,
          fill: ACCENT,
          title: `${label}：${deadlineStatus(false)} ${formatNumber(s.open)} 项`,
        });
      // Hollow, outlined in the status colour: a step of a measure counted in a later month.
      let top = baseline - pastH - openH;
      for (const [n, segmentH, pastDue] of [
        [s.pastStage, pastStageH, true],
        [s.openStage, openStageH, false],
      ] as const) {
        if (n === 0) continue;
        top -= segmentH;
        marks.push({
          kind: 'rect',
          x: r2(bx + 0.5),
          y: r2(top + 0.5),
          width: r2(bw - 1),
          height: r2(segmentH - 1),
          fill: WHITE,
          stroke: pastDue ? NEUTRAL : ACCENT,
          strokeWidth: 1,
          title: `${label}：${STAGE_LABEL}（${deadlineStatus(pastDue)}）${formatNumber(n)} 个`,
        });
      }
      if (showCounts && drawn(s) > 0) {
        marks.push({
          kind: 'text',
          x: r2(bx + bw / 2),
          y: r2(top - 2),
          text: formatNumber(drawn(s)),
          anchor: 'middle',
          baseline: 'bottom',
          size: 10,
          fill: INK_SOFT,
        });
      }
    }
  });

  const asOfLabel = `截至${chineseDate(input.asOf)}`;
  const labelEnd = asOfX + 4 + textWidth(asOfLabel, SMALL_FONT) > width;
  marks.push({
    kind: 'text',
    x: r2(labelEnd ? asOfX - 4 : asOfX + 4),
    y: plotTop - 14,
    text: asOfLabel,
    anchor: labelEnd ? 'end' : 'start',
    size: SMALL_FONT,
    fill: INK,
  });

  // Too narrow for a count on every bar: say once what the tallest bar is worth.
  if (!showCounts) {
    // A bar's hollow top is stages, not measures: the key says what the height counts (a review read 44 as measures).
    const note = table.rows.some((r) => r.stage) ? `最高柱 = ${formatNumber(maxStack)} 个时限（含前期阶段）` : `最高柱 = ${formatNumber(maxStack)} 项`;
    const asOfSpan = labelEnd ? [asOfX - 4 - textWidth(asOfLabel, SMALL_FONT), asOfX] : [asOfX, asOfX + 4 + textWidth(asOfLabel, SMALL_FONT)];
    const atRight = asOfSpan[1]! < right - textWidth(note, SMALL_FONT) - 8;
    marks.push({ kind: 'text', x: atRight ? right : left, y: plotTop - 14, text: note, anchor: atRight ? 'end' : 'start', size: SMALL_FONT, fill: INK_FAINT });
  }

  marks.push(...monthAxis(months, (m) => cellStart(m), step, plotBottom));
  return { ...base, height, marks, legend };
}
