// Notice parts around the task text of a 通知: the addressees (各…：), the
// signature (issuer and date), publication notes, the attached plan's title.
// They stay in the document as text but never become tasks.
import { parseMarker, type TextBlock } from './markers.ts';
import { visualWidth } from './spacing.ts';

/** 文号 such as 陕政办发〔2023〕11 号, 石政规发﹝2020﹞5号, with any bracket form. */
export const DOC_NUMBER = /([\u4e00-\u9fa5]{1,10})\s*[〔[［（(﹝【]\s*(\d{4})\s*[〕\]］）)﹞】]\s*(\d{1,4})\s*号/;

/** 2023 年5 月9 日 standing alone. */
export const SIGNATURE_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

/** Normalize a 文号: no spaces, 〔〕 brackets. */
export function normalizeDocNumber(text: string): string | null {
  const match = DOC_NUMBER.exec(text.replace(/\s+/g, ''));
  return match ? `${match[1]}〔${match[2]}〕${match[3]}号` : null;
}

const ENDS_SENTENCE = /[。；！？，、：:；]$/;

/** A 版记 print line: an office, a date, 印发. */
const PRINT_LINE = /^[\u4e00-\u9fa5（）()]{2,40}(办公室|办公厅|秘书处|局|厅|委|办)\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$/;

/** A blank form's title (白银市招商引资项目奖补申请表): what follows is its fields, not the item before it. */
export const FORM_TITLE = /^[^，。；：、]{4,40}(申请表|登记表|申报表|审批表|备案表|汇总表|统计表|一览表|明细表|情况表|信息表)$/;
/** The first field of a blank form. */
const FORM_FIELD = /^(填报单位|填表单位|申请单位|申报单位|单位名称|项目名称|企业名称)/;

/** A short line with no sentence punctuation: a name or a title. */
function isNameLike(text: string, maxWidth = 40): boolean {
  return visualWidth(text) <= maxWidth && !ENDS_SENTENCE.test(text) && parseMarker(text) === null;
}

export interface NoticeParts {
  blocks: TextBlock[];
  signatureDate: string | null;
  signatureNames: string[];
}

/**
 * Marks addressee, signature, notes and the attached plan's title among the
 * blocks. The plan title is the run of short unpunctuated blocks after the
 * signature or publication note: it becomes a heading and restarts numbering.
 */
export function markNoticeParts(blocks: TextBlock[]): NoticeParts {
  const out = blocks.map((b) => ({ ...b }));
  let signatureDate: string | null = null;
  const signatureNames: string[] = [];
  const firstMarker = out.findIndex((b) => parseMarker(b.text) !== null);

  const addressee = out.findIndex((b) => /^各.{2,}[:：]$/.test(b.text) || /^[^。]{2,120}(各单位|各部门|直属机构|有关单位)[:：]$/.test(b.text));
  if (addressee >= 0 && (firstMarker < 0 || addressee < firstMarker) && addressee < 4) {
    out[addressee].role = 'addressee';
    out[addressee].plain = true;
  }

  for (let i = 0; i < out.length; i++) {
    const text = out[i].text;
    // 附件：(略）followed by its list 1．… 2．…: a note about attachments, not tasks.
    if (/^附件\s*\d*[.．:：]/.test(text) && !out[i].role) {
      out[i].role = 'note';
      out[i].plain = true;
      for (let k = i + 1; k < out.length && /^\d{1,2}[.．、]\s*[^。；]{2,60}$/.test(out[k].text) && !out[k].role; k++) {
        out[k].role = 'note';
        out[k].plain = true;
      }
      continue;
    }
    // A blank form after the last item (白银's 奖补申请表): its title heads it, its fields are no task's text.
    if (FORM_TITLE.test(text) && FORM_FIELD.test(out[i + 1]?.text ?? '') && !out[i].role) {
      out[i].role = 'heading';
      out[i].plain = true;
      for (let k = i + 1; k < out.length && parseMarker(out[k].text) === null && !out[k].role; k++) {
        out[k].role = 'note';
        out[k].plain = true;
      }
      continue;
    }
    // A standalone 附件 (or 附件1) starts the attachment: a new part with its own numbering.
    if (/^附件\s*\d*$/.test(text) && !out[i].role) {
      out[i].role = 'heading';
      out[i].plain = true;
      markPlanTitle(out, i + 1);
      continue;
    }
    if (/^[（(]此件[^）)]*[）)]$/.test(text)) {
      out[i].role = 'note';
      out[i].plain = true;
      // （此件公开发布）⏎ 宁夏回族自治区知识产权局 ⏎ 2023年3月13日: a note before the signature; the title follows the date.
      const signatureNext = [1, 2, 3].some((k) => out[i + k] !== undefined && signatureDateOf(out[i + k]!.text) !== null);
      if (!signatureNext) markPlanTitle(out, i + 1);
      continue;
    }
    // 版记: the issuing office's print line closes a document (新疆维吾尔自治区市场监督管理局办公室2023年5月19日印发);
    // it is no task's text, though it follows the last one (a site review).
    if (PRINT_LINE.test(text) && !out[i].role) {
      out[i].role = 'note';
      out[i].plain = true;
      continue;
    }
    const date = signatureDateOf(text);
    if (!date) continue;
    out[i].role = 'signature';
    out[i].plain = true;
    signatureDate ??= date;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (!isNameLike(out[k].text, 30) || out[k].role) break;
      out[k].role = 'signature';
      out[k].plain = true;
      signatureNames.unshift(out[k].text);
    }
    if (!/^[（(]此件/.test(out[i + 1]?.text ?? '')) markPlanTitle(out, i + 1);
  }
  return { blocks: out, signatureDate, signatureNames };
}

/** The kinds of document a plan's title ends on (…工作方案, …实施意见). */
export const PLAN_KIND = /(方案|意见|措施|要点|办法|细则|清单|规划|计划|规定|条例)/;
const PLAN_KIND_END = new RegExp(`${PLAN_KIND.source}$`);

/** A block that is a signature's date (2023年5月29日, 20206月30日 with 年 lost): its ISO date, else null. */
function signatureDateOf(text: string): string | null {
  return text.length <= 16 ? readLostDate(text) : null;
}

function markPlanTitle(blocks: TextBlock[], from: number) {
  let k = from;
  for (; k < blocks.length && k < from + 3; k++) {
    const block = blocks[k];
    if (block.node || !isNameLike(block.text, 60) || block.role) break;
    block.role = 'heading';
    block.plain = true;
  }
  // 石嘴山市深化“放管服” ⏎ 改革优化营商环境重点任务工作方案: one title the page broke in two, not two headings.
  const run = blocks.slice(from, k);
  // 附件1 over its title stays a heading of its own.
  const broken = run.length > 1 && PLAN_KIND_END.test(run.at(-1)!.text) && !run.slice(0, -1).some((b) => PLAN_KIND_END.test(b.text) || /^附件/.test(b.text));
  if (broken) {
    const [first, last] = [run[0]!, run.at(-1)!];
    blocks.splice(from, run.length, {
      ...first,
      text: run.map((b) => b.text).join(''),
      span: { ...first.span, endLine: last.span.endLine, lastPage: last.span.lastPage },
    });
  }
}

/**
 * Repairs a date whose 年 and 月 were lost in extraction (2020710日 → 2020-07-10).
 * Returns null when the digits can be read more than one way (2020111日).
 */
export function readLostDate(text: string): string | null {
  const intact = SIGNATURE_DATE.exec(text.trim());
  if (intact) return iso(+intact[1], +intact[2], +intact[3]);
  const lost = /^(\d{4})(\d{2,4})日$/.exec(text.trim());
  if (!lost) return null;
  const [, year, rest] = lost;
  const readings: string[] = [];
  for (let cut = 1; cut < rest.length; cut++) {
    const month = Number(rest.slice(0, cut));
    const day = Number(rest.slice(cut));
    if (rest[cut] === '0' && rest.slice(cut).length > 1 && day < 10) continue;
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) readings.push(iso(+year, month, day));
  }
  return readings.length === 1 ? readings[0] : null;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 附件：甘孜州…2023 年重点任务台账（略）: an annex the compilation names and leaves out. */
const OMITTED_ANNEX = /^附件\s*\d*\s*[:：]\s*(.+?)\s*[（(]\s*略\s*[）)]$/;
/** 附件：(略）over the annexes' names, one a line (陕西 387e27: 1．跨部门综合监管事项清单 ⏎ 2．…工作计划). */
const OMITTED_LIST = /^附件\s*[:：]\s*[（(]\s*略\s*[）)]$/;
const LISTED_ANNEX = /^\d{1,2}\s*[．.、]\s*(\S.*)$/;
/** （详见附件2）, 见附件: an annex the text cites. */
const CITED_ANNEX = /(?:详见|见)附件\s*(\d{0,2})/g;

/**
 * The annexes a document names and its source leaves out (附件：…（略）): their tasks, bodies and deadlines
 * are not in the sources, and a page that does not say so reads as a plan without them (甘孜's 重点任务台账; a review).
 */
export function omittedAnnexes(lines: readonly { text: string }[]): string[] {
  const texts = lines.map((l) => l.text.trim());
  // 详见附件2 in a document that has no 附件 line at all: the annex it cites is not in the sources (延安; a review).
  if (!texts.some((t) => t.startsWith('附件'))) {
    const cited = [...texts.join('').matchAll(CITED_ANNEX)].map((m) => `附件${m[1]}`);
    return [...new Set(cited)];
  }
  return texts.flatMap((text, i) => {
    const named = OMITTED_ANNEX.exec(text)?.[1];
    if (named) return [named.replace(/\s+/g, '')];
    if (!OMITTED_LIST.test(text)) return [];
    const listed: string[] = [];
    for (const next of texts.slice(i + 1)) {
      const item = LISTED_ANNEX.exec(next)?.[1];
      if (!item) break;
      listed.push(item.replace(/\s+/g, ''));
    }
    // Named nowhere: the annexes are still left out.
    return listed.length ? listed : ['（未列名称）'];
  });
}
