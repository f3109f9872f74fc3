// How one task's text changes from one city's plan to another's: sentences
// reordered, phrases taken from other documents, numbers, targets, deadlines
// and bodies varied. A task's text as printed may be wrapped over several
// lines (PDF text, ledgers), and the converter reads those lines by their
// width, their first and last characters: every change here keeps each line
// what the converter saw in the original — the same shape — or is undone.
import { isStandalone } from '../../build-site/converter/layouts/compilation/reflow.ts';
import { parseMarker } from '../../build-site/converter/text/markers.ts';
import { visualWidth } from '../../build-site/converter/text/spacing.ts';
import type { Rng } from './random.ts';

/** A piece of text with the document it was read from (phrases are drawn from other documents). */
export interface Phrase {
  text: string;
  doc: number;
}

export interface Pools {
  /** Clauses of Han characters only, by length: a same-length swap keeps every line's width. */
  clauses: Map<number, Phrase[]>;
  /** Whole sentences, for texts whose length is free (one unwrapped line). */
  sentences: Phrase[];
}

export interface RewriteOptions {
  /** Document the text belongs to: phrases come from others. */
  doc: number;
  /** The text is one unwrapped line (a table cell, a web paragraph): its length may change. */
  freeLength: boolean;
}

/** A clause: a run between punctuation marks. */
const CLAUSE = /[^，。；：、！？“”‘’（）()《》\s]+/g;
/** Han characters only, nothing a reader of units, deadlines or markers keys on. */
const PLAIN_CLAUSE = /^[\u4e00-\u9fff]{4,24}$/;
/** Words the readers of units, deadlines, metadata and markers look for: such clauses are never swapped. */
const KEYED =
  /局|委|办|厅|府|部|处|署|站|队|院|行|司|所|室|组|会|中心|单位|门|公司|集团|海关|法院|省|州|县|区|市(?!场)|牵头|负责|配合|责任|落实|年|月|日|底|前|季度|关于|印发|通知|方案|意见|^[一二三四五六七八九十第]/;
/** Numbers a target is read from, with the unit after them. */
const QUANTITY =
  /(?<![\d.年月])(\d+)(\.\d+)?(?=\s*(?:%|％|个工作日|工作日|个自然日|天|小时|分钟|项|户|家|个|万|亿|次|件|人|元|公里|平方米|亩|公顷|倍|批|所|座|条|份))/g;
/** A month after a year: 2023年10月 → another month of as many digits. */
const MONTH = /(年\s*)(\d{1,2})(\s*月)/g;

/**
 * Body names the sources use, without their place prefix (市/县/区), grouped
 * by length: one swapped for another of the same length changes who does the
 * task and keeps the line's width.
 */
const BODY_NAMES = [
  '审批局',
  '财政局',
  '商务局',
  '水务局',
  '税务局',
  '公安局',
  '司法局',
  '教育局',
  '科技局',
  '统计局',
  '医保局',
  '应急局',
  '人社局',
  '工信局',
  '住建局',
  '民政局',
  '文旅局',
  '卫健委',
  '发改委',
  '审计局',
  '林草局',
  '人防办',
  '自然资源局',
  '市场监管局',
  '生态环境局',
  '农业农村局',
  '交通运输局',
  '行政审批局',
  '退役军人局',
  '发展改革委',
];
const BODY_PATTERN = new RegExp([...BODY_NAMES].sort((a, b) => b.length - a.length).join('|'), 'g');
const BODIES_BY_LENGTH = Map.groupBy(BODY_NAMES, (name) => name.length);

/**
 * Sentences, each with its end mark, and what follows the last. A 。 inside
 * quotes or brackets (“…。…”) ends no sentence: moving half a quotation
 * would pair its marks wrongly and coin quoted terms no source has.
 */
export function splitSentences(text: string): { sentences: string[]; tail: string } {
  const sentences: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPENING.includes(c)) depth++;
    else if (CLOSING.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && '。；！？'.includes(c)) {
      sentences.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  return { sentences, tail: text.slice(start) };
}

const OPENING = '“‘「（(《〔[';
const CLOSING = '”’」）)》〕]';

/**
 * How deep in quotes or brackets each character stands. Inside brackets are
 * the unit and deadline clauses (（省工改办负责，长期坚持）), inside quotes the
 * names of reforms (“一照多址”): neither is swapped nor lent.
 */
function nesting(text: string): Int8Array {
  const depth = new Int8Array(text.length);
  for (let i = 0, d = 0; i < text.length; i++) {
    if (OPENING.includes(text[i])) d++;
    else if (CLOSING.includes(text[i]) && d > 0) d--;
    depth[i] = d;
  }
  return depth;
}

/** The phrases of a task's text that may stand in another document's task. */
export function phrasesOf(text: string, doc: number, pools: Pools): void {
  const depth = nesting(text);
  for (const { 0: clause, index } of text.matchAll(CLAUSE)) {
    if (depth[index] > 0 || !PLAIN_CLAUSE.test(clause) || KEYED.test(clause)) continue;
    const list = pools.clauses.get(clause.length) ?? [];
    list.push({ text: clause, doc });
    pools.clauses.set(clause.length, list);
  }
  const { sentences } = splitSentences(text);
  // Not the first sentence (it often carries the item's heading) nor any naming bodies or dates.
  for (const s of sentences.slice(1)) {
    if (s.length >= 12 && s.length <= 90 && !/[（(）)]|牵头|负责|配合|责任|单位|部门|\d{4}/.test(s)) pools.sentences.push({ text: s, doc });
  }
}

/**
 * Rewrites one run of lines — a task's text as printed — into as many lines
 * (one when the length is free). Returns the original when no rewrite keeps
 * every line's shape.
 */
export function rewriteRun(lines: string[], pools: Pools, random: Rng, options: RewriteOptions): string[] {
  const original = lines.join('');
  let text = original;
  if (random.chance(0.85)) text = permuteSentences(text, random);
  if (options.freeLength && random.chance(0.4)) text = insertSentence(text, pools, random, options.doc);
  text = substituteClauses(text, pools, random, options.doc, 0.35);
  text = varyQuantities(text, random, 0.75);
  text = varyMonths(text, random, 0.5);
  text = swapBodies(text, random, 0.35);
  if (options.freeLength && lines.length === 1) return [text];
  if (text.length !== original.length) return lines;
  const cut: string[] = [];
  let at = 0;
  for (const line of lines) {
    cut.push(text.slice(at, at + line.length));
    at += line.length;
  }
  return cut.every((line, i) => sameShape(lines[i], line)) ? cut : lines;
}

/** Every sentence but the first and the last (they hold the heading and, often, the unit clause) in a new order. */
function permuteSentences(text: string, random: Rng): string {
  const { sentences, tail } = splitSentences(text);
  if (sentences.length < 4) return text;
  const middle = random.shuffle(sentences.slice(1, -1));
  return [sentences[0], ...middle, sentences.at(-1)!, tail].join('');
}

function insertSentence(text: string, pools: Pools, random: Rng, doc: number): string {
  const { sentences, tail } = splitSentences(text);
  if (sentences.length < 2 || pools.sentences.length === 0) return text;
  const phrase = fromOtherDocument(pools.sentences, random, doc);
  if (!phrase) return text;
  const at = 1 + random.int(sentences.length - 1);
  return [...sentences.slice(0, at), phrase.text, ...sentences.slice(at), tail].join('');
}

function substituteClauses(text: string, pools: Pools, random: Rng, doc: number, rate: number): string {
  const depth = nesting(text);
  return text.replace(CLAUSE, (clause, offset: number) => {
    if (depth[offset] > 0 || !PLAIN_CLAUSE.test(clause) || KEYED.test(clause) || !random.chance(rate)) return clause;
    return fromOtherDocument(pools.clauses.get(clause.length) ?? [], random, doc)?.text ?? clause;
  });
}

function fromOtherDocument(list: Phrase[], random: Rng, doc: number): Phrase | undefined {
  for (let tries = 0; tries < 4 && list.length; tries++) {
    const phrase = random.pick(list);
    if (phrase.doc !== doc) return phrase;
  }
  return undefined;
}

/** A target's number moved by up to half either way, keeping its digit count (and a share within 100). */
function varyQuantities(text: string, random: Rng, rate: number): string {
  return text.replace(QUANTITY, (whole, integer: string, fraction: string | undefined, offset: number) => {
    if (!random.chance(rate)) return whole;
    const unit = text.slice(offset + whole.length).trimStart();
    const percent = /^[%％]/.test(unit);
    const n = Number(integer);
    const low = integer.length === 1 ? 1 : 10 ** (integer.length - 1);
    const high = Math.min(10 ** integer.length - 1, percent ? 100 : Number.POSITIVE_INFINITY);
    const value = Math.max(low, Math.min(high, Math.round(n * (0.5 + random.next()))));
    const digits = fraction ? `.${Array.from(fraction.slice(1), () => random.between(1, 9)).join('')}` : '';
    return `${String(value).padStart(integer.length, '0')}${digits}`;
  });
}

function varyMonths(text: string, random: Rng, rate: number): string {
  return text.replace(MONTH, (whole, head: string, month: string, tail: string) => {
    if (!random.chance(rate)) return whole;
    return `${head}${month.length === 1 ? random.between(1, 9) : random.between(10, 12)}${tail}`;
  });
}

function swapBodies(text: string, random: Rng, rate: number): string {
  return text.replace(BODY_PATTERN, (name) => (random.chance(rate) ? random.pick(BODIES_BY_LENGTH.get(name.length)!) : name));
}

/** What the line readers see of a printed line: markers, sentence and clause ends, and how full it is. */
function sameShape(before: string, after: string): boolean {
  return shape(before) === shape(after);
}

function shape(line: string): string {
  const text = line.trim();
  const width = visualWidth(text);
  // The compilation's reflow: a line of 35 or more runs on; past 41.5 it is overfull.
  const fill = width < 35 ? String(width) : width <= 41.5 ? 'full' : 'over';
  return [
    parseMarker(text) ? 'M' : '',
    parseMarker(text, { bareArabic: true }) ? 'b' : '',
    isStandalone(text) ? 'S' : '',
    /[。；！？：:;][”’」）)]?$/.test(text) ? 'E' : '',
    /[）)〕\]］][\s。；;，,]*$/.test(text) ? 'B' : '',
    /(单位|部门|时限)[:：]/.test(text) ? 'F' : '',
    fill,
  ].join('|');
}
