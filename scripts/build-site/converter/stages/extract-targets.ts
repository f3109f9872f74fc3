// Quantitative targets in a measure's text: a number with a unit,
// the verb that makes it a target (压缩至, 达到, 不超过), an optional starting
// value (由4天压缩至4小时) and the year of a per-year series (2023 年…23.8 万户；
// 2024 年…). Dates, 文号, phone numbers and article numbers are not targets.
import type { Target } from '../../../../src/schemas/measure.ts';

/** Units of measure, longest first so 个工作日 wins over 工作日 and 日. */
export const TARGET_UNITS = [
  '个工作日',
  '工作日',
  '个小时',
  '小时',
  '分钟',
  '个月',
  '天',
  '日',
  '个百分点',
  '%',
  '％',
  '‰',
  '万户',
  '户',
  '万家',
  '家',
  '万人次',
  '人次',
  '万人',
  '人',
  '名',
  '亿元',
  '万元',
  '元',
  '千瓦',
  '千伏安',
  'KVA',
  'kVA',
  '公里',
  '公顷',
  '亩',
  '平方米',
  '项',
  '件',
  '个',
  '次',
  '条',
  '批',
  '所',
  '座',
  '场',
  '单',
  '倍',
  '份',
  '年',
];
const UNIT_PATTERN = TARGET_UNITS.map((u) => u.replace(/[%]/g, '\\$&')).join('|');

/** Words before a number that make it a target, with the direction they set. */
const VERBS: [string, Target['comparator']][] = (
  [
    ['压缩至', '<='],
    ['压缩到', '<='],
    ['压减至', '<='],
    ['压减到', '<='],
    ['缩短至', '<='],
    ['缩短到', '<='],
    ['减少至', '<='],
    ['减少到', '<='],
    ['降低至', '<='],
    ['降低到', '<='],
    ['降至', '<='],
    ['控制在', '<='],
    ['不超过', '<='],
    ['不多于', '<='],
    ['不高于', '<='],
    ['最多', '<='],
    ['少于', '<='],
    ['低于', '<='],
    ['达到', '>='],
    ['达', '>='],
    ['超过', '>='],
    ['不低于', '>='],
    ['不少于', '>='],
    ['高于', '>='],
    ['提高至', '>='],
    ['提高到', '>='],
    ['提升至', '>='],
    ['提升到', '>='],
    ['增长', '>='],
    ['增加', '>='],
    ['新增', '>='],
    ['突破', '>='],
    ['力争', '>='],
    ['实现', '>='],
    ['保持', '>='],
    ['培育', '>='],
    ['新登记', '>='],
    ['引进', '>='],
    ['完成', '>='],
    ['多于', '>='],
  ] as [string, Target['comparator']][]
).sort((a, b) => b[0].length - a[0].length);

/** The longest verb the text before a number ends with: 不低于 wins over 低于. */
function verbBefore(before: string): [string, Target['comparator']] | null {
  return VERBS.find(([word]) => before.endsWith(word)) ?? null;
}
const SUFFIX_AT_MOST = /^(以内|以下|之内|内)/;
const SUFFIX_AT_LEAST = /^(以上|及以上)/;
const SUFFIX_ABOUT = /^左右/;

/** A number with its unit; the unit must not start a date (年 after 4 digits, 月, 日 after 月). */
const QUANTITY = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${UNIT_PATTERN})`, 'g');
/** 由4天压缩至4小时, 从15个工作日压缩到5个工作日. */
const FROM_TO = new RegExp(
  `(?:由|从)\\s*(\\d+(?:\\.\\d+)?)\\s*(${UNIT_PATTERN})\\s*(?:压缩|压减|缩短|减少|降低|提高|提升|增加|扩大)?\\s*(?:至|到)\\s*(\\d+(?:\\.\\d+)?)\\s*(${UNIT_PATTERN})`,
  'g',
);

export function extractTargets(text: string): Target[] {
  const targets: Target[] = [];
  const years = yearIndex(text);
  // 由…至… spans, in text order: a quantity inside one is part of it.
  const spans: [number, number][] = [];
  for (const m of text.matchAll(FROM_TO)) {
    const start = m.index;
    spans.push([start, start + m[0].length]);
    targets.push({
      text: m[0],
      value: Number(m[3]),
      unit: unitName(m[4]),
      from: { value: Number(m[1]), unit: unitName(m[2]) },
      comparator: Number(m[3]) <= Number(m[1]) ? '<=' : '>=',
      offset: start,
      ...years(start),
    });
  }
  let span = 0;
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, number, unit] = m;
    let start = m.index;
    let end = start + whole.length;
    while (span < spans.length && spans[span][1] <= start) span++;
    if ((span < spans.length && spans[span][0] < end) || !isTarget(text, start, end, number, unit)) continue;
    const verb = verbBefore(text.slice(Math.max(0, start - 6), start).replace(/\s+$/, ''));
    if (verb) start = text.lastIndexOf(verb[0], start);
    const after = text.slice(end, end + 3);
    const suffix = SUFFIX_AT_MOST.exec(after) ?? SUFFIX_AT_LEAST.exec(after) ?? SUFFIX_ABOUT.exec(after);
    if (suffix) end += suffix[0].length;
    const phrase = text.slice(start, end);
    const comparator: Target['comparator'] = SUFFIX_AT_MOST.test(after)
      ? '<='
      : SUFFIX_AT_LEAST.test(after)
        ? '>='
        : SUFFIX_ABOUT.test(after)
          ? '='
          : (verb?.[1] ?? '=');
    targets.push({ text: phrase, value: Number(number), unit: unitName(unit), comparator, offset: start, ...years(start) });
  }
  return targets.sort((a, b) => a.offset - b.offset);
}

/** Rejects numbers that are dates, 文号, phone numbers, ranges’ parts or counts of articles. */
function isTarget(text: string, start: number, end: number, number: string, unit: string): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  if (unit === '年' && (number.length === 4 || /^[底末内前度]/.test(after) || /^\d+月/.test(after))) return false;
  if (unit === '年' && /^[版度]/.test(after)) return false;
  if (unit === '日' && (/月\s*$/.test(text.slice(Math.max(0, start - 3), start)) || /^[前起后]/.test(after))) return false;
  if (unit === '个月' && /^[内前]/.test(after) === false && /年\s*$/.test(before)) return false;
  if (/[〔[（(第×x*+—-]\s*$/.test(before) && !/[（(]\s*$/.test(before)) return false;
  if (/^[〕\]月号]/.test(after) && unit !== '%') return false;
  if (unit === '条' && /^(措施|意见|举措|政策)/.test(after)) return false;
  if (number.length >= 5 && !number.includes('.') && unit !== '元' && unit !== '万元' && unit !== '户') return false;
  return true;
}

/**
 * The year a per-year series gives each value: the nearest “2024 年” before it
 * in the same sentence. Years and sentence ends are found once per text, so a
 * long text with many values stays linear.
 */
function yearIndex(text: string): (offset: number) => { year?: number } {
  const years = [...text.matchAll(/(\d{4})\s*年(?!\s*\d{1,2}\s*月)/g)]
    .filter((m) => +m[1] >= 1990 && +m[1] <= 2100)
    .map((m) => ({ at: m.index, year: Number(m[1]) }));
  const stops = [...text.matchAll(/[。；]/g)].map((m) => m.index);
  const lastBefore = <T>(list: T[], offset: number, at: (item: T) => number): T | undefined => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at(list[mid]) < offset) lo = mid + 1;
      else hi = mid;
    }
    return list[lo - 1];
  };
  return (offset) => {
    const year = lastBefore(years, offset, (y) => y.at);
    const stop = lastBefore(stops, offset, (i) => i) ?? -1;
    return year && year.at > stop ? { year: year.year } : {};
  };
}

function unitName(unit: string): string {
  return unit === '％' ? '%' : unit === 'KVA' || unit === 'kVA' ? '千伏安' : unit;
}
