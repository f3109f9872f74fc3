// Dates the way Chinese readers write them, and the one rule for when a
// deadline is past due: every page, chart and table asks these.
import type { Deadline } from '../schemas/measure.ts';
import { DEADLINE_KIND_LABEL, DEADLINE_STATUS_LABEL, NOT_STATED } from '../schemas/labels.ts';

/** What decides whether a deadline falls due: its date, and whether that date is a stage kept up after or a goal's year. */
type DueFacts = Pick<Deadline, 'date' | 'continues' | 'goal'>;

/** 2023-06-03 → 2023年6月3日; a missing date says so. */
export function chineseDate(iso: string | null | undefined): string {
  if (!iso) return NOT_STATED;
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * A deadline as a line of a page says it: its date; a date phrase whose year
 * the document never gives (年底前 in an undated ledger) as written, saying so;
 * else its kind (长期, 分阶段).
 */
export function deadlineText(deadline: Pick<Deadline, 'date' | 'kind' | 'raw' | 'period' | 'goal' | 'continues'>): string {
  // A line says in brief what the measure's page says in full: a goal's year, a stage kept up after, a month
  // read as the day before it (a review found theme lines showing 克拉玛依's …底前并长期坚持 and 2025年12月前 as bare dates).
  if (deadline.date) return `${chineseDate(deadline.date)}${lineNote(deadline)}`;
  if (deadline.kind === 'date') return `${deadline.raw}（年份未注明）`;
  if (deadline.kind === 'recurring') return `${deadline.raw}（${DEADLINE_KIND_LABEL.recurring}）`;
  if (deadline.kind === 'period' && deadline.period)
    return `执行期限${deadline.period.from ? `${chineseDate(deadline.period.from)}至` : '至'}${chineseDate(deadline.period.to)}（政策适用期间，不是完成时限）`;
  return DEADLINE_KIND_LABEL[deadline.kind];
}

function lineNote(deadline: Pick<Deadline, 'raw' | 'goal' | 'continues'>): string {
  if (deadline.goal) return `（${GOAL_YEAR}）`;
  if (deadline.continues) return '（阶段期限，此后长期坚持）';
  return MONTH_BEFORE.test(deadline.raw) ? `（原文“${deadline.raw}”）` : '';
}

/** 2025年12月前: before the month begins, read as the day before it. */
const MONTH_BEFORE = /\d\s*月\s*(以)?前/;

/** What a goal statement's date is (二、发展目标: 到2025年), as a line beside it says. */
const GOAL_YEAR = '目标年份，不是完成时限';

/** 2023-06 or 2023-06-03 → 2023年6月 */
export function chineseMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return `${y}年${m}月`;
}

/**
 * The day deadline status is judged on: the day the site is built, in China
 * time, since a reader asks whether a 2025年底前 task is past due today, not
 * as of the newest source (a site review: 2025 deadlines read 未到期限 a year
 * after they passed). `SOURCE_DATE_EPOCH` (the reproducible-builds variable,
 * seconds) pins it, so a rebuild of the same commit can be made identical.
 */
export function buildDay(env: Record<string, string | undefined>, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && !/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not “${epoch}”`);
  const at = epoch ? new Date(Number(epoch) * 1000) : now;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/**
 * The stage of a deadline the text sets in stages that binds the sentence where `word` stands
 * (陕西: 2023年底前，…实现…网上办、掌上办 — 网上办 is due 2023, not at the last stage, 2025),
 * with that sentence; undefined when the deadline has no stages or the sentence names none.
 */
export function stageOf(text: string, deadline: Pick<Deadline, 'stages'>, word: string): { raw: string; date: string; sentence: string } | undefined {
  if (!deadline.stages) return undefined;
  // The first sentence naming the words that a stage dates: 陕西 names 跨省通办 first in its undated aims, then dates
  // it in 2025年底前，实现更多…“跨省通办” (a review found the card saying 所在句未写时限).
  for (const sentence of sentencesOf(text).filter((s) => s.includes(word))) {
    const stage = deadline.stages.find((st) => sentence.includes(st.raw));
    if (stage) return { ...stage, sentence: sentence.replace(/[。；]$/, '') };
  }
  return undefined;
}

/**
 * A text's sentences, each ending on its 。 or ；, white space dropped. A line break ends one too: a measure's
 * heading stands on its own line (二、总体目标 ⏎ 到2025年，…), and a review found notes quoting “二、总体目标到2025年…”.
 */
function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.replace(/\s+/g, '').split(/(?<=[。；])/))
    .filter(Boolean);
}

/**
 * How a card shows a deadline: the stage that binds the words it is shown for (a reform's name), else
 * every stage of a task due in stages, else its date (or words); with the date a card judges past due
 * by, the sentence that sets it when the task has others, and what it says of the stages. `wordUndated`:
 * the words stand in a sentence no date of the text binds (新疆 a62e8a: 2023年6月底前…编制完成许可事项清单
 * beside an undated 一业一证), so a reform page does not read the task's date as the reform's (a site review).
 */
export function cardDeadline(
  deadline: Deadline,
  text: string,
  word: string | undefined,
  title?: string | null,
): { shown: string; due: DueFacts; sentence?: string; stagesNote?: string; wordUndated?: boolean } {
  const stage = word ? stageOf(text, deadline, word) : undefined;
  // Words in the task's own title are the task: its dates, however its sentences spread them, are theirs
  // (咸阳 26 推出新一批“一件事一次办”事项, then 6月底…10月底…11月底; a review read “所在句未写时限” as undated).
  const titled = word !== undefined && Boolean(title?.replace(/\s+/g, '').includes(word));
  const last = deadline.stages?.at(-1);
  if (stage)
    return {
      shown: chineseDate(stage.date),
      // A goal's stage is a goal's year still: never past due (一网通办's cards of 陕西's 工作目标 read 已过期限; a review).
      due: { date: stage.date, ...(deadline.goal ? { goal: true as const } : {}) },
      sentence: stage.sentence,
      stagesNote: `全项分阶段，最后一段至${chineseDate(last!.date)}`,
    };
  const bare = text.replace(/\s+/g, '');
  if (deadline.stages) {
    // Stages of other sentences (市域通办 → 全省通办 → 跨省通办) do not date words the text names apart.
    const apart = word !== undefined && !titled && bare.includes(word) && deadline.origin === 'text';
    return {
      shown: deadline.stages.map((s) => chineseDate(s.date)).join('、'),
      due: deadline,
      stagesNote: '正文分阶段',
      ...(apart ? { wordUndated: true } : {}),
    };
  }
  const dated = datedSentences(text, deadline);
  const apart = word !== undefined && !titled && dated.length > 0 && bare.includes(word) && !dated.some((s) => s.includes(word));
  return {
    shown: deadline.date ? chineseDate(deadline.date) : deadline.raw,
    due: deadline,
    ...(dated.length ? { sentence: dated.join('；') } : {}),
    ...(apart ? { wordUndated: true } : {}),
  };
}

/**
 * A deadline is past due when its (last) date lies before the day status is
 * judged on (`buildDay`). Ongoing, undated and unreadable deadlines never are.
 */
export function isPastDue(deadline: DueFacts | null | undefined, asOf: string | null): boolean {
  // 6月底前并长期坚持: its date is a stage, and the task goes on.
  return Boolean(hasDueDate(deadline) && asOf && deadline.date < asOf);
}

/**
 * A deadline read from a task's running text binds the sentences it stands in,
 * not necessarily the rest (石嘴山: 20206月底前开展…清理工作, then undated
 * steps): those sentences, when the task has others; none when it has not.
 */
export function datedSentences(text: string, deadline: Pick<Deadline, 'raw' | 'origin'>): string[] {
  if (deadline.origin !== 'text') return [];
  const sentences = sentencesOf(text)
    .map((s) => s.replace(/[。；]$/, ''))
    .filter((s) => s.length > 4);
  const phrases = deadline.raw.split('；');
  const dated = sentences.filter((s) => phrases.some((p) => s.includes(p)));
  return dated.length > 0 && dated.length < sentences.length ? dated : [];
}

/**
 * A dated sentence as a deadline note quotes it: from a little before its
 * first date to the words its last date binds. A sentence dated in stages
 * (石嘴山: 20206月底前全面清理…,202010月底前…抽查检查) is quoted over every
 * stage, not around the last one alone (a site review found the note naming
 * one stage of a 分阶段 deadline).
 */
export function datedQuote(sentence: string, raw: string): string {
  const at = raw
    .split('；')
    .map((p) => sentence.indexOf(p))
    .filter((i) => i >= 0);
  // A date the sentence writes otherwise than the deadline's words (none found): its opening is quoted.
  if (!at.length) at.push(0);
  const from = Math.max(0, Math.min(sentence.length, ...at) - 12);
  const to = Math.min(sentence.length, Math.max(0, ...at) + 36);
  return `“${from > 0 ? '…' : ''}${sentence.slice(from, to)}${to < sentence.length ? '…' : ''}”`;
}

/**
 * A deadline a task is due by: a date that ends it. A dated stage the task is
 * kept up after (…并长期坚持) has none, as 长期 has none, and neither has the
 * year a plan's goals are for (二、发展目标: 到2025年): timelines, counts of
 * 有明确时限 and past-due counts all ask this.
 */
export function hasDueDate(deadline: DueFacts | null | undefined): deadline is DueFacts & { date: string } {
  return Boolean(deadline?.date && !deadline.continues && !deadline.goal);
}

/**
 * How the page reads a dated deadline, where its words could be read
 * otherwise: 7月前 as the day before July, and a date the task is kept up
 * after (…并长期坚持), which is a stage, never past due; a date before the document's own
 * (`issued`). Every place that
 * shows the date says so (a site review found unit pages showing 2023年12月31日
 * bare where the document page explained it).
 */
export function deadlineReadingNotes(
  deadline: Pick<Deadline, 'date' | 'raw' | 'continues' | 'goal' | 'yearInferred' | 'fromIssue'> | null | undefined,
  issued?: string | null,
): string[] {
  if (!deadline?.date) return [];
  const notes: string[] = [];
  if (deadline.goal) notes.push(`原文为工作目标，${[...new Set(deadline.raw.split('；'))].map((p) => `“${p}”`).join('、')}为${GOAL_YEAR}，不计为已过期限`);
  // 6月底前完成 in a plan of 2023: the year is the document's, which a reader should know is the site's reading (a review).
  if (deadline.yearInferred) notes.push(`原文“${deadline.raw}”未写年份，按文件年份${deadline.date.slice(0, 4)}年计`);
  if (deadline.fromIssue) notes.push(`原文“${deadline.raw}”，自文件成文日期起算`);
  if (beforeIssue(deadline, issued)) notes.push(`早于文件成文日期${chineseDate(issued)}，原文如此`);
  if (MONTH_BEFORE.test(deadline.raw)) notes.push(`原文“${deadline.raw}”，按该月之前计`);
  if (deadline.continues) notes.push(`原文“${deadline.raw}”：该日为阶段期限，此后长期坚持，不计为已过期限`);
  return notes;
}

/**
 * A deadline that had passed when its document was issued (石嘴山 signed 2020-07-10, 20206月底前):
 * as printed, and past due from the start; pages say so, or a reader takes it for a date the plan set
 * ahead (a site review).
 */
export function beforeIssue(deadline: Pick<Deadline, 'date'> | null | undefined, issued: string | null | undefined): boolean {
  return Boolean(deadline?.date && issued && deadline.date < issued);
}

/** Dated stages of tasks kept up after them: they have a date but no due date, and counts of 有明确时限 say so apart. */
export function stageDated(deadlines: (DueFacts | null | undefined)[]): number {
  return deadlines.filter((d) => d?.date && d.continues).length;
}

/** Goal statements with the years their goals are for (到2025年): dated, never due; counts of 有明确时限 say so apart. */
export function goalDated(deadlines: (DueFacts | null | undefined)[]): number {
  return deadlines.filter((d) => d?.date && d.goal && !d.continues).length;
}

/** 已过期限 or 未到期限. */
export function deadlineStatus(pastDue: boolean): string {
  return DEADLINE_STATUS_LABEL[pastDue ? 'past-due' : 'pending'];
}

/** A vision the text dates beside the task's deadline, as a page says it: “到2035年”为远景目标，不计为时限. */
export function visionNote(deadline: Pick<Deadline, 'visions'> | null | undefined): string | undefined {
  if (!deadline?.visions?.length) return undefined;
  return `${deadline.visions.map((v) => `“${v.raw}”`).join('、')}为远景目标，不计为时限`;
}

/** Earlier steps a task's text dates under its 完成时限, as a page says them: 正文另定：2023年3月底前（2023年3月31日）. */
export function textStepsNote(deadline: Pick<Deadline, 'textSteps'> | null | undefined): string | undefined {
  if (!deadline?.textSteps?.length) return undefined;
  return `正文另定阶段期限：${deadline.textSteps.map((s) => `“${s.raw}”（${chineseDate(s.date)}）`).join('、')}`;
}
