// A measure's deadline, from its 完成时限 column or field, else from
// deadline phrases in its text. Each is read to the last day it means:
// 10月底 → 10-31, 7月前 → 06-30, 年底前 → 12-31, 上半年 → 06-30, 一季度 → 03-31. A phrase
// with no year takes the document's year. 20206月底前 (年 lost) is 2020-06-30.
import { utcDay, utcMonth } from 'd3-time';
import type { Deadline } from '../../../../src/schemas/measure.ts';
import type { MeasureDraft } from '../model.ts';
import { unitsInText } from './extract-units.ts';

const QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * Date phrases, each with the last day it means. 年 may be lost between the
 * year and the month (20206月). Order matters: longer phrases first.
 */
const PHRASES: { re: RegExp; end: (m: RegExpExecArray, year: number | null) => { date: string | null; inferred: boolean } }[] = [
  { re: /(\d{4})年?(\d{1,2})月(\d{1,2})日/g, end: (m) => ({ date: iso(+m[1], +m[2], +m[3]), inferred: false }) },
  // 2023年7月前 is before July begins (06-30); 7月底前 is July's last day.
  { re: /(\d{4})年?(\d{1,2})月(?:前|以前)/g, end: (m) => ({ date: dayBefore(+m[1], +m[2]), inferred: false }) },
  { re: /(\d{4})年?(\d{1,2})月(?:底|末|份)?/g, end: (m) => ({ date: monthEnd(+m[1], +m[2]), inferred: false }) },
  { re: /(\d{4})年(?:底|末)/g, end: (m) => ({ date: iso(+m[1], 12, 31), inferred: false }) },
  { re: /(\d{4})年(上|下)半年/g, end: (m) => ({ date: iso(+m[1], m[2] === '上' ? 6 : 12, m[2] === '上' ? 30 : 31), inferred: false }) },
  { re: /(\d{4})年(?:第)?([一二三四1-4])季度/g, end: (m) => ({ date: monthEnd(+m[1], QUARTER[m[2]] * 3), inferred: false }) },
  { re: /(\d{4})年(?:前|内|以前)?/g, end: (m) => ({ date: iso(+m[1], 12, 31), inferred: false }) },
  { re: /(\d{1,2})月(\d{1,2})日/g, end: (m, y) => ({ date: y ? iso(y, +m[1], +m[2]) : null, inferred: true }) },
  { re: /(\d{1,2})月(?:底|末)(?:前|以前)/g, end: (m, y) => ({ date: y ? monthEnd(y, +m[1]) : null, inferred: true }) },
  { re: /(\d{1,2})月(?:前|以前)/g, end: (m, y) => ({ date: y ? dayBefore(y, +m[1]) : null, inferred: true }) },
  { re: /(\d{1,2})月(?:底|末)/g, end: (m, y) => ({ date: y ? monthEnd(y, +m[1]) : null, inferred: true }) },
  { re: /(上|下)半年/g, end: (m, y) => ({ date: y ? iso(y, m[1] === '上' ? 6 : 12, m[1] === '上' ? 30 : 31) : null, inferred: true }) },
  { re: /(?:第)?([一二三四])季度/g, end: (m, y) => ({ date: y ? monthEnd(y, QUARTER[m[1]] * 3) : null, inferred: true }) },
  { re: /年(?:底|末)(?:前)?|年内/g, end: (_m, y) => ({ date: y ? iso(y, 12, 31) : null, inferred: true }) },
];

const ONGOING = /长期坚持|长期|持续推进|持续|常态化|经常性/;
/** 适时, 视情况, 根据需要: a time left open on purpose, not a deadline unread. */
const DISCRETIONARY = /^(适时|视情况?|根据(工作)?需要|按需)/;
/** A date followed by the words that keep the task going after it (…底前并长期坚持, …前完成，此后持续推进). */
const CONTINUES = /(?:前|底|末|日)[^。；]{0,6}?(?:并|此后|之后|后)?(?:长期坚持|长期|持续推进|常态化)/;

/** Deadline phrases worth reading inside a task's running text. */
const TEXT_DEADLINE =
  /((?:到|至|于|在)?\d{4}年?(?:\d{1,2}月(?:底|末|\d{1,2}日)?|年?底|年?末|上半年|下半年|(?:第)?[一二三四]季度)?(?:前|以前|底前)|(?:到|至|力争)\d{4}年(?:底|末)?(?!\d)|(?:于|在)?\d{1,2}月\d{1,2}日(?:(?:[、和及]|以及)\d{1,2}月\d{1,2}日)*(?:前|以前)|(?:\d{4}年)?(?:\d{1,2}月底|年底)前|(?<=^|[。；])\d{4}年\d{1,2}月(?:底|末)(?=[，,])|(?<=^|[。；，,])\d{1,2}月(?:底|末)(?=完成|实现|上线|建成|出台|印发|启动|评估)|(?<=^|[。；，,：:]|力争|确保|争取)(?:今|本)?年内(?![^，。；]{0,6}(?:取得|见到)(?:明显|显著)?(?:实效|成效)))/g;
// 力争2023年末，政策性担保机构累计担保总额超450亿元 (银川) dates its goal as 到2023年末 would; a site review found it undated.
// The last two alternatives open a sentence or clause on a date without 前: 2023年3月底，完成涉企违规收费专项整治
// (新疆), and a clause's step, 6月底完成…，10月底实现全流程上线运行，11月底评估总结 (咸阳; a site review).
// 于7月14日和12月20日前…报省营商办, 分别于6月20日、9月20日、12月10日前…报送: days without a year are the document's
// year's, each a step (a review found both tasks 时限未注明); 每年6月30日前 stays a rule (below).
// 年内 opening a clause is this year's end (银川 年内新登记企业2万户; 宁夏 年内做到图文解读全覆盖; a site review found them
// undated); after a count (两年内, 5年内) it is a span, and the lookbehind leaves it. A call for results within the year
// (确保年内工作取得实效, 宁夏 a81e07's 强化组织领导) dates no task: a review read its 2023年12月31日 as a deadline.

/** A 完成时限 line or bracket inside the text: the deadline already read, not a step of it. */
const DEADLINE_LINE = /[（(]?(?:完成时限|完成时间|时限要求|时限)[：:][^）)\n]*[）)]?/g;

export function readDeadline(raw: string, year: number | null, origin: Deadline['origin']): Deadline {
  // 到2023年年底前 writes its year once: 2023年底 (a review found 年底前 read apart, its year called inferred).
  const text = raw.replace(/\s+/g, '').replace(/(\d{4})年年(底|末)/g, '$1年$2');
  const dates: string[] = [];
  let inferred = false;
  // 20206月底、7月底前 writes its year once for both: a phrase without one takes the year written before it, not the
  // document's, and is no inference (a review found the CSV calling its year inferred).
  const written = /(\d{4})\s*年?/.exec(text)?.[1];
  const bareYear = written ? Number(written) : year;
  // Phrases read as deadlines even where no year resolves them (年底前 in an undated document).
  let recognized = 0;
  let rest = text;
  for (const { re, end } of PHRASES) {
    re.lastIndex = 0;
    rest = rest.replace(re, (...args) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      const read = end(match, bareYear);
      recognized++;
      if (read.date) dates.push(read.date);
      inferred ||= read.inferred && !written;
      return read.date ? ' ' : match[0];
    });
  }
  const sorted = [...new Set(dates)].sort();
  const ongoing = ONGOING.test(text);
  const kind: Deadline['kind'] =
    sorted.length > 1 || (sorted.length === 1 && ongoing)
      ? 'multiple'
      : sorted.length === 1 || (recognized > 0 && !ongoing)
        ? 'date'
        : ongoing
          ? 'ongoing'
          : DISCRETIONARY.test(text)
            ? 'discretionary'
            : 'unreadable';
  // 2023年6月底前并长期坚持: a stage, then kept up; the date alone would read as overdue once passed.
  const continues = sorted.length > 0 && CONTINUES.test(text);
  return {
    raw: raw.trim(),
    date: sorted.at(-1) ?? null,
    kind,
    dates: sorted,
    origin,
    yearInferred: inferred && sorted.length > 0,
    ...(continues ? { continues: true as const } : {}),
  };
}

/**
 * A plan's goals (二、发展目标, （二）主要目标。到2025年，…): the years they are for, not a date a task falls
 * due. A review found 延安's and 陇南's only dated measures to be their 2025 goals, drawn as past-due tasks.
 */
const GOAL = /^(?:工作|主要|总体|发展|预期|年度|总)?目标$/;

/** A measure that states its plan's goals: its title is one, or it is an item under one (二、工作目标 ⏎ 1.…). */
export function isGoalStatement(measure: Pick<MeasureDraft, 'title' | 'path'>): boolean {
  const bare = (heading: string) => heading.replace(/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、])/, '').replace(/[。：:]$/, '');
  return GOAL.test(bare(measure.title ?? '')) || GOAL.test(bare(measure.path.at(-1) ?? ''));
}

/**
 * 本要点印发后30日内, 本方案印发之日起3个月内: a span from the document's issue, dated from its signature. Working
 * days are left unread: holidays decide them.
 */
const AFTER_ISSUE = /印发(?:之日起|后)(\d{1,3})(日|天|个月)内/;

export function extractDeadline(measure: MeasureDraft, year: number | null, issued: string | null = null): Deadline | null {
  const deadline = dueDeadline(measure, year, issued);
  // Goals stated in the running text (到2025年): a column or field the plan gives its goal item is its deadline.
  return deadline && deadline.origin === 'text' && deadline.date && isGoalStatement(measure) ? { ...deadline, goal: true } : deadline;
}

function dueDeadline(measure: MeasureDraft, year: number | null, issued: string | null): Deadline | null {
  const stated = measure.fields.deadline ? [] : unitsInText(measure.text).deadlines.filter(Boolean);
  const given = measure.fields.deadline
    ? readDeadline(measure.fields.deadline, year, 'column')
    : stated.length
      ? readDeadline(stated.join('；'), year, 'field')
      : null;
  if (given) return withTextSteps(given, measure.text, year);
  const all = textDeadlinePhrases(measure.text, year).map(({ raw, readAs }) => ({ raw, readAs, reading: readDeadline(readAs, year, 'text') }));
  // 于3月31日前向社会公开 in a plan issued on 6月20日: a yearly rule the text writes without 每年, not a date
  // already past when the plan was issued (a review found 宁夏 34646b's labelled 原文如此, though 2023 was the site's).
  const yearly = ({ reading }: (typeof all)[number]) => Boolean(reading.yearInferred && issued && reading.date && reading.date < issued);
  const read = all.filter((p) => !yearly(p)).map(({ raw, readAs, reading }) => ({ raw, readAs, date: reading.date }));
  // 到2035年 in a 2023 plan's 总体目标 is a long-range vision (远景目标), not a date the task is due.
  const isVision = (p: { date: string | null }) => Boolean(year && p.date && Number(p.date.slice(0, 4)) >= year + VISION_YEARS);
  const phrases = read.filter((p) => !isVision(p));
  const rule = all.find(yearly);
  if (phrases.length === 0) return afterIssue(measure.text, issued) ?? periodOf(measure.text) ?? (rule ? recurring(rule.raw) : recurringOf(measure.text));
  const raw = phrases.map((p) => p.raw).join('；');
  // 分别于6月20日、9月20日、12月10日前…报送工作落实情况: the dates progress is reported by, a schedule of the
  // year like 每月20日前, not when the task falls due (a review found 金昌's shown as a task past due).
  if (phrases.every((p) => reportsProgress(measure.text, p.raw))) return recurring(raw);
  const deadline = readDeadline(phrases.map((p) => p.readAs).join('；'), year, 'text');
  if (deadline.kind === 'unreadable') return null;
  const stages = phrases.filter((p) => p.date !== null).map(({ raw, date }) => ({ raw, date: date! }));
  const visions = read.filter((p) => isVision(p)).map(({ raw, date }) => ({ raw, date: date! }));
  return {
    ...deadline,
    raw,
    ...(deadline.kind === 'multiple' && stages.length > 1 ? { stages } : {}),
    ...(visions.length ? { visions } : {}),
  };
}

/**
 * A time that comes round: 每年9月, 每年一季度前, 次年3月底前, 每月19日前, 每季度末. A rule needs its time of
 * year, quarter or month (每年开展一次, 每季度召开 say how often, not by when); textDeadlinePhrases leaves these
 * out as rules, and where nothing else dates the task they are its time, said as written (a review found
 * 宁夏's 每年9月集中组织政府开放活动 shown as 时限未注明).
 */
const RECURRING =
  /(?:每年|次年)(?:的)?(?:[一二三四1-4]季度|上半年|下半年|年初|年底|\d{1,2}月(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?)(?:前|以前|底前)?|(?:每季度|每半年)(?:末|初)(?:前|以前)?|每月\d{1,2}日(?:前|以前)?/;

function recurringOf(text: string): Deadline | null {
  // Every routine time of the text, once each (石嘴山: 每月20日前 to the lead, 每月25日前 to 市发改委; a review).
  const found = [...new Set([...text.replace(/\s+/g, '').matchAll(new RegExp(RECURRING.source, 'g'))].map((m) => m[0]))];
  return found.length ? recurring(found.join('；')) : null;
}

/** Reporting how the work goes (报送工作落实情况, 将…工作情况报省营商办), not delivering it (工作方案…报…备案). */
const REPORTS = /(报送|上报|报告|报(?:市|省|自治区|州|县|区))/;
const PROGRESS = /(落实|进展|推进|完成|工作)情况/;

/** Whether what is done by a date phrase (the first clause after it) is reporting progress, not the task. */
function reportsProgress(text: string, raw: string): boolean {
  const flat = text.replace(/\s+/g, '');
  const at = flat.indexOf(raw);
  const done = flat
    .slice(at + raw.length)
    .split(/[。；]/)[0]!
    .split(/[，,]/)
    .find((clause) => clause.trim());
  return at >= 0 && Boolean(done && REPORTS.test(done) && PROGRESS.test(done));
}

/** A routine time as written, with no date: 每年9月, or a day without a year already past at issue (于3月31日前). */
function recurring(raw: string): Deadline {
  return { raw, date: null, kind: 'recurring', dates: [], origin: 'text', yearInferred: false };
}

/** 本要点印发后30日内: the day that span ends, counted from the document's date (a review found it 时限未注明). */
function afterIssue(text: string, issued: string | null): Deadline | null {
  const m = AFTER_ISSUE.exec(text.replace(/\s+/g, ''));
  if (!m || !issued) return null;
  const start = new Date(`${issued}T00:00:00Z`);
  const end = m[2] === '个月' ? utcMonth.offset(start, Number(m[1])) : utcDay.offset(start, Number(m[1]));
  const date = end.toISOString().slice(0, 10);
  return { raw: m[0], date, kind: 'date', dates: [date], origin: 'text', yearInferred: false, fromIssue: true };
}

/**
 * 执行期限为2023年1月1日至2023年12月31日, 实施期限至2024年12月31日: the span a relief or fee cut
 * applies over (textDeadlinePhrases leaves its end out as a period's). A page had said 时限未注明
 * over it (a site review); it is no due date, so the deadline has none and says the span.
 */
const PERIOD = /(?:执行|实施|有效)期(?:限)?(?:为|：|:)?(?:自?(\d{4}年\d{1,2}月\d{1,2}日)(?:起)?)?(?:至|到)(\d{4}年\d{1,2}月\d{1,2}日)/;

function periodOf(text: string): Deadline | null {
  const m = PERIOD.exec(text.replace(/\s+/g, ''));
  const day = (phrase: string | undefined) => (phrase ? readDeadline(phrase, null, 'text').date : null);
  const to = day(m?.[2]);
  if (!m || !to) return null;
  return { raw: m[0], date: null, kind: 'period', dates: [], origin: 'text', yearInferred: false, period: { from: day(m[1]), to } };
}

/** A year this far beyond its document's is a vision, not a deadline: plans run three to five years. */
const VISION_YEARS = 10;

/**
 * Earlier steps the running text dates under a column's deadline (哈密: 完成时限
 * 2023年12月30日; its text, 2023年3月底前，配合自治区完成…专项整治): the column's
 * date stays the deadline, and the steps are kept beside it so that neither a
 * page nor a plan-to-plan comparison hides them (a site review).
 */
function withTextSteps(deadline: Deadline, text: string, year: number | null): Deadline {
  if (!deadline.date) return deadline;
  const steps = textDeadlinePhrases(text.replace(DEADLINE_LINE, '。'), year)
    .map(({ raw, readAs }) => ({ raw, date: readDeadline(readAs, year, 'text').date }))
    // A date before the document's year (2022年3月前阶段性调整… in a 2023 plan) names a period, not a step.
    .filter(
      (s): s is { raw: string; date: string } =>
        s.date !== null && s.date < deadline.date! && !deadline.dates.includes(s.date) && (!year || s.date >= `${year}`),
    );
  const unique = steps.filter((s, i) => steps.findIndex((x) => x.date === s.date) === i);
  return unique.length ? { ...deadline, textSteps: unique } : deadline;
}

/**
 * A year the sentence writes before a phrase that has none (2020年上半年在市辖区开展试点,年底前全面推开): the
 * phrase's year, written, not the document's inferred (a review found 石嘴山's 年底前 said 未写年份). A year
 * before the document's, or one the words after it make a baseline (2022年以来, 2022年的基础上), is not.
 */
const SENTENCE_YEAR = /(\d{4})年(?!以来|来|前|以前|的|基础)/g;

function sentenceYearBefore(flat: string, at: number, year: number | null): number | null {
  const start = Math.max(flat.lastIndexOf('。', at), flat.lastIndexOf('；', at)) + 1;
  const written = [...flat.slice(start, at).matchAll(SENTENCE_YEAR)].at(-1)?.[1];
  return written && (!year || Number(written) >= year) ? Number(written) : null;
}

/**
 * Deadline phrases of a task's running text, without the dates that are rules, periods or terms of something else;
 * `readAs` carries the year its sentence wrote before it where it writes none (sentenceYearBefore).
 */
function textDeadlinePhrases(text: string, year: number | null): { raw: string; readAs: string }[] {
  const flat = text.replace(/\s+/g, '');
  // 每年12月底前, 次年3月底前: recurring or relative dates are rules, not deadlines.
  return (
    [...flat.matchAll(TEXT_DEADLINE)]
      .filter((m) => !/(每年|次年|当年|上年|去年|每季度|每月|每半年)$/.test(flat.slice(Math.max(0, m.index - 3), m.index)))
      // 2012年至2022年间, 实施期限为2023年5月1日至2023年8月31日: the end of a period, not a deadline.
      .filter((m) => !(/^[至到]/.test(m[0]) && /[年月日]$/.test(flat.slice(0, m.index))) && !/^间|^期间/.test(flat.slice(m.index + m[0].length)))
      // 缴纳期限届满日自动延长至2023年6月15日: a term extended for the public, not a date the task is due.
      .filter((m) => !/(延长|延期|顺延|推迟)$/.test(flat.slice(Math.max(0, m.index - 2), m.index)))
      // 每年1月底前申请，…于2月底前审定: a yearly procedure's steps, all of them.
      .filter((m) => !/每年[^。；]*$/.test(flat.slice(0, m.index)))
      // 落实好2023年3月前阶段性调整价格补贴联动机制: a date inside what is carried out names its period, not when the task is due.
      .filter((m) => !/(落实好|落实|执行好|执行|延续|沿用)$/.test(flat.slice(Math.max(0, m.index - 3), m.index)))
      .map((m) => {
        const inherited = /\d{4}/.test(m[0]) ? null : sentenceYearBefore(flat, m.index, year);
        return { raw: m[0], readAs: inherited ? m[0].replace(/^(到|至|于|在|力争|确保|争取)?/, `$1${inherited}年`) : m[0] };
      })
  );
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day before a month begins (7月前 → 06-30, 1月前 → the year before's 12-31). */
function dayBefore(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  return utcDay
    .offset(new Date(Date.UTC(year, month - 1, 1)), -1)
    .toISOString()
    .slice(0, 10);
}

/** Last day of a month, by the calendar (d3-time knows month lengths). */
function monthEnd(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  const last = utcDay.offset(utcMonth.offset(new Date(Date.UTC(year, month - 1, 1)), 1), -1);
  return last.toISOString().slice(0, 10);
}
