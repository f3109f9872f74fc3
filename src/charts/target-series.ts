// Per-year series stated inside one measure: "2022年，全市民营经济市场主体
// 23.2万户……2023年，全市民营经济市场主体达到23.8万户……". Each target with a
// year is named by the words just before it (back to the previous comma,
// semicolon or year), so the 2022 and 2023 values of 民营经济市场主体 join one
// line while 民营企业 and 民营“五上”企业 get their own.
import type { MultiYearTargetsInput } from './types.ts';
import type { Measure } from '../schemas/measure.ts';
import { ownTargets } from '../domain/target-key.ts';

/** Words that frame a value rather than name what is counted. */
const LEADING = /^(?:到|至|力争|确保|全市|全省|全区|全州|全县|其中)+/;
const TRAILING = /(?:达到|达|突破|超过|保持在|提高到|提升至|增至|增长到|不少于|不低于|为)+$/;

/** The words of a target's clause before its number, as written: 全市民营企业达到. */
const clauseBefore = (text: string, offset: number): string =>
  (
    text
      .slice(0, offset)
      .split(/[，,；;。：:、\n]|\d{4}\s*年(?:底|末)?/)
      .pop() ?? ''
  ).trim();

/** What a target counts: the clause before it, framing words aside. */
export function targetSubject(text: string, offset: number): string {
  return clauseBefore(text, offset).replace(LEADING, '').replace(TRAILING, '').trim();
}

/**
 * The series of one measure: one per thing counted and unit, with a point for
 * each year that states exactly one value. Only series of two or more years.
 */
export function measureSeries(measure: Pick<Measure, 'text' | 'targets' | 'url' | 'practiceFrom'>, place: string): MultiYearTargetsInput[] {
  const groups = new Map<string, { subject: string; unit: string; years: Map<number, Set<number>>; quotes: Map<number, string> }>();
  // A series is drawn as the place's: a 复制推广 row's years are another place's (ownTargets).
  for (const t of ownTargets(measure)) {
    if (t.year === undefined) continue;
    const subject = targetSubject(measure.text, t.offset);
    if (!subject) continue;
    const key = `${subject}|${t.unit}`;
    const group = groups.get(key) ?? { subject, unit: t.unit, years: new Map(), quotes: new Map() };
    group.years.set(t.year, (group.years.get(t.year) ?? new Set()).add(t.value));
    group.quotes.set(t.year, `${clauseBefore(measure.text, t.offset)}${t.text}`);
    groups.set(key, group);
  }
  return [...groups.values()].flatMap(({ subject, unit, years, quotes }) => {
    const points = [...years]
      .filter(([, values]) => values.size === 1)
      .map(([year, values]) => ({ year, value: [...values][0]!, href: measure.url, quote: quotes.get(year) }))
      .sort((a, b) => a.year - b.year);
    return points.length >= 2 ? [{ metric: subject, unit, series: [{ place, points }] }] : [];
  });
}

/**
 * The per-year series of many measures (a theme's), one chart per thing
 * counted and unit with a line per place, at most `maxCharts` charts of at
 * most `maxLines` lines (places in the order given), so the section stays
 * bounded as places multiply; `hidden` counts the lines left out.
 */
export function seriesCharts(
  measures: { measure: Pick<Measure, 'text' | 'targets' | 'url'>; place: string }[],
  maxCharts = 6,
  maxLines = 8,
): { charts: MultiYearTargetsInput[]; hidden: number } {
  const merged = new Map<string, MultiYearTargetsInput>();
  for (const { measure, place } of measures) {
    for (const s of measureSeries(measure, place)) {
      const key = `${s.metric}|${s.unit}`;
      const chart = merged.get(key);
      if (chart) chart.series.push(...s.series);
      else merged.set(key, { ...s, series: [...s.series] });
    }
  }
  let hidden = 0;
  const all = [...merged.values()];
  const charts = all.slice(0, maxCharts).map((c) => {
    hidden += Math.max(0, c.series.length - maxLines);
    return { ...c, series: c.series.slice(0, maxLines) };
  });
  for (const c of all.slice(maxCharts)) hidden += c.series.length;
  return { charts, hidden };
}
