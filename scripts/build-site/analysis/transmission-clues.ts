// The clues that pair a measure with the one that implements it when their
// texts are not close: titles, opening sentences, a quoted reform, shared runs
// of words, targets. Each is a small pure function over the measures' views;
// transmission.ts decides in which order they are asked.
import { dice } from '../../../src/domain/text-kinship.ts';
import { bareHeading, hanWords } from '../../../src/domain/titles.ts';
import type { TransmissionMeasure } from './transmission-view.ts';

/** Titles sharing this much of their character pairs share their words. */
export const MIN_TITLE_OVERLAP = 0.3;
/** Titles sharing this much share some words: enough to choose among measures that name one reform. */
const SHARES_SOME = 0.2;
/** Openings that share this long a run of characters say the same thing (推进政务数据跨层级、跨部门、跨地区共享). */
const MIN_OPENING_RUN = 12;
/** Shared wording is counted in runs of this many Han characters. */
const RUN = 6;

/** Dice overlap of two titles' character pairs (punctuation and numbering left out). */
export function titleOverlap(a: string | null, b: string | null): number {
  return overlap(titlePairs(a), titlePairs(b));
}

/** A title's character pairs, each within a run of its words; none for a measure without a title. */
export function titlePairs(title: string | null): Set<string> {
  const set = new Set<string>();
  if (!title) return set;
  const run = title.replace(/[\s\d\p{P}\p{S}a-zA-Z一二三四五六七八九十]+/gu, '|');
  for (let i = 0; i + 2 <= run.length; i++) if (!run.slice(i, i + 2).includes('|')) set.add(run.slice(i, i + 2));
  return set;
}

export function overlap(x: Set<string>, y: Set<string>): number {
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const p of x) if (y.has(p)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** A target as a quantity: 2个工作日以内 and 2个工作日内 are one promise. */
export const quantityOf = (t: TransmissionMeasure['targets'][number]) => `${t.value}|${t.unit}`;

/** Unmatched pairs whose openings share a run of MIN_OPENING_RUN characters, longest run first. */
export function sharedOpenings(
  upstream: TransmissionMeasure[],
  downstream: TransmissionMeasure[],
  usedU: Set<number>,
  usedD: Set<number>,
): { u: number; d: number }[] {
  // Pairs sharing such a run share each of its 8-character pieces: only those are compared in full.
  const PIECE = 8;
  const byPiece = new Map<string, Set<number>>();
  downstream.forEach((d, j) => {
    if (usedD.has(j) || !d.opening) return;
    for (let k = 0; k + PIECE <= d.opening.length; k++) {
      const piece = d.opening.slice(k, k + PIECE);
      if (!byPiece.has(piece)) byPiece.set(piece, new Set());
      byPiece.get(piece)!.add(j);
    }
  });
  const found: { u: number; d: number; run: number }[] = [];
  upstream.forEach((u, i) => {
    if (usedU.has(i) || !u.opening) return;
    const near = new Set<number>();
    for (let k = 0; k + PIECE <= u.opening.length; k++) for (const j of byPiece.get(u.opening.slice(k, k + PIECE)) ?? []) near.add(j);
    for (const j of near) {
      const run = longestCommonRun(u.opening, downstream[j]!.opening!);
      if (run >= MIN_OPENING_RUN) found.push({ u: i, d: j, run });
    }
  });
  return found.sort((a, b) => b.run - a.run || a.u - b.u || a.d - b.d);
}

/** An object made only of the words of a plan's own machinery (工作机制, 组织领导, 督查考核, 宣传引导). */
const PROCEDURAL_OBJECT = /^(工作|组织|统筹|督查|督导|考核|评价|宣传|责任|保障|协调|落实)+(机制|领导|考核|保障|落实|引导|体系)?$/;

/**
 * Unmatched pairs where the upstream title quotes a term (“好差评”) that the text of exactly one
 * unmatched downstream measure holds, and that measure holds no other unmatched upstream title's term.
 * A title that quotes nothing offers its object instead (温暖特殊群体 → 特殊群体), which must be
 * held by exactly one: an unquoted phrase (审批服务) may be any plan's words.
 */
export function namedReforms(
  upstream: TransmissionMeasure[],
  downstream: TransmissionMeasure[],
  usedU: Set<number>,
  usedD: Set<number>,
  upTitles: Set<string>[],
  downTitles: Set<string>[],
): { u: number; d: number }[] {
  // The object after a two-character verb (温暖, 强化, 规范 …), if it is four characters or more
  // and names a thing of its own: 工作机制 or 组织领导 is every plan's.
  const objectOf = (title: string | null) =>
    title && title.length >= 6 && !/[“”"、，]/.test(title) && !PROCEDURAL_OBJECT.test(title.slice(2)) ? [title.slice(2)] : [];
  const holders = new Map<number, number[]>();
  upstream.forEach((u, i) => {
    if (usedU.has(i)) return;
    const titled = quotedNames(u.title);
    const holding = (terms: string[]) => downstream.flatMap((d, j) => (!usedD.has(j) && terms.some((t) => d.text?.includes(t)) ? [j] : []));
    // A title's quoted name the city words otherwise (拓展“跨域通办” against 咸阳's “跨省通办”“省内通办”): the
    // names its text quotes (全面推进“跨省通办、全省通办”) are asked next.
    const inText =
      titled.length && holding(titled).length === 0
        ? quotedNames(u.text ?? '')
            .flatMap((q) => q.split('、'))
            .filter((t) => t.length >= 4)
        : [];
    const quoted = inText.length ? inText : titled;
    const terms = quoted.length ? quoted : objectOf(u.title);
    if (!terms.length) return;
    const found = holding(terms);
    if (!quoted.length) {
      if (found.length === 1) holders.set(i, found);
      return;
    }
    if (found.length === 1) {
      holders.set(i, found);
      return;
    }
    // Several name it: the one whose title shares most of the upstream's words, if it shares some and clearly most.
    const ranked = found.map((j) => ({ j, shared: overlap(upTitles[i]!, downTitles[j]!) })).sort((a, b) => b.shared - a.shared || a.j - b.j);
    const [best, next] = ranked;
    if (best && best.shared >= SHARES_SOME && best.shared > (next?.shared ?? 0)) holders.set(i, [best.j]);
  });
  const byDown = new Map<number, number[]>();
  for (const [i, [j]] of holders) byDown.set(j!, [...(byDown.get(j!) ?? []), i]);
  return [...byDown].filter(([, us]) => us.length === 1).map(([d, [u]]) => ({ u: u!, d }));
}

/** Each measure's runs of RUN Han characters (punctuation, digits and spaces break a run), read once per alignment. */
export function wordRuns(upstream: TransmissionMeasure[], downstream: TransmissionMeasure[]): { up: Set<string>[]; down: Set<string>[] } {
  const runs = (text = '') => {
    const out = new Set<string>();
    for (const part of text.split(/[\s\d\p{P}\p{S}a-zA-Z]+/u)) for (let k = 0; k + RUN <= part.length; k++) out.add(part.slice(k, k + RUN));
    return out;
  };
  return { up: upstream.map((u) => runs(u.text)), down: downstream.map((d) => runs(d.text)) };
}

/** The share of `a`'s runs that stand in `b`. */
export function contained(a: Set<string>, b: Set<string>): number {
  if (!a.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / a.size;
}

function longestCommonRun(a: string, b: string): number {
  let best = 0;
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
      if (row[j]! > best) best = row[j]!;
      diagonal = above;
    }
  }
  return best;
}

/**
 * For an upstream measure and some of its targets (as quantities), the
 * downstream measures that state them — the one holding most first — or
 * undefined where one is stated nowhere downstream. One common number (100%,
 * 1个工作日) says little: a single target counts only where a measure holding
 * it also shares words of the upstream title (unless `known`: the upstream
 * measure is matched already, and its other targets only say where they went).
 */
export function targetHolders(
  upstream: TransmissionMeasure[],
  downstream: TransmissionMeasure[],
  upTitles: Set<string>[],
  downTitles: Set<string>[],
): (i: number, keys: string[], known?: boolean) => number[] | undefined {
  const holdersOf = new Map<string, number[]>();
  downstream.forEach((d, j) => {
    for (const key of new Set(d.targets.map(quantityOf))) holdersOf.set(key, [...(holdersOf.get(key) ?? []), j]);
  });
  return (i, keys, known = false) => {
    if (!keys.length || !upstream[i]!.targets.length || !keys.every((k) => holdersOf.has(k))) return undefined;
    // Per target, the holder whose title shares most of the upstream's words, then whose clause around the
    // number reads most like the upstream's (a task list's rows have no titles: 银川's 电子退税 90% went to the
    // first row stating 90%, a site review found), then the first in document order.
    const held = new Map<number, number>();
    for (const k of keys) {
      const own = targetClause(upstream[i]!, k);
      const near = new Map(holdersOf.get(k)!.map((j) => [j, dice(own, targetClause(downstream[j]!, k))]));
      const best = [...holdersOf.get(k)!].sort(
        (a, b) => overlap(upTitles[i]!, downTitles[b]!) - overlap(upTitles[i]!, downTitles[a]!) || near.get(b)! - near.get(a)! || a - b,
      )[0]!;
      held.set(best, (held.get(best) ?? 0) + 1);
    }
    const holders = [...held].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([j]) => j);
    if (!known && keys.length < 2 && !holders.some((j) => overlap(upTitles[i]!, downTitles[j]!) >= MIN_TITLE_OVERLAP)) return undefined;
    return holders;
  };
}

/** The Han characters of the clause in which a measure states the target of this quantity: what it is a number of. */
function targetClause(m: TransmissionMeasure, key: string): string {
  const text = m.text ?? '';
  const t = m.targets.find((x) => quantityOf(x) === key);
  const at = t ? text.indexOf(t.text) : -1;
  if (at < 0) return '';
  const start = Math.max(...['，', '。', '；', '\n'].map((p) => text.lastIndexOf(p, at))) + 1;
  return text.slice(start, at + t!.text.length).replace(/[^\p{Script=Han}]/gu, '');
}

/** The index among `count` with the highest score (the first on a tie), and that score; -1 and 0 when none scores. */
export function argmax(count: number, score: (index: number) => number): [number, number] {
  let best = -1;
  let top = 0;
  for (let k = 0; k < count; k++) {
    const x = score(k);
    if (x > top) [best, top] = [k, x];
  }
  return [best, top];
}

/** Han characters and digits only: how a sentence is compared across plans that punctuate it differently. */
const bare = (text = '') => text.replace(/[^\p{Script=Han}\d]/gu, '');
/** The least of an opening a plan item must hold word for word: a clause as short as 加强组织领导 stands in many. */
const MIN_LIFTED = 12;
/** A whole first sentence may be shorter (探索推行“带押过户”), not shorter than this. */
const MIN_LIFTED_SENTENCE = 8;

/**
 * The one upstream measure a downstream row's opening is lifted from, word for
 * word (银川 r42 探索推行“带押过户”, r19 对标全国一流，开展建设项目审批效率
 *提升攻坚行动，… from the plan's 全面推进工程建设项目审批便利化改革): the longest
 * run of its first sentence's clauses that one upstream text holds, at least
 * MIN_LIFTED characters or the whole sentence. A task list that adds its own
 * sentences to a plan's leaves too few of its words in the plan for `contained`.
 */
export function liftedFrom(row: TransmissionMeasure, upstreamTexts: string[]): number | null {
  const sentence = (row.text ?? '').replace(/^[\s\d一二三四五六七八九十（）()、.．]+/, '').split(/[。；;！\n]/)[0] ?? '';
  const clauses = sentence.split(/[，,：:]/);
  let holders: number[] = [];
  let held = '';
  for (let k = 1; k <= clauses.length; k++) {
    const prefix = bare(clauses.slice(0, k).join(''));
    const found = upstreamTexts.flatMap((t, i) => (t.includes(prefix) ? [i] : []));
    if (!found.length) break;
    [holders, held] = [found, prefix];
  }
  const whole = held.length > 0 && held === bare(sentence);
  return holders.length === 1 && (held.length >= MIN_LIFTED || (whole && held.length >= MIN_LIFTED_SENTENCE)) ? holders[0]! : null;
}

/** The shortest title a heading is matched by: 强化信用监管 and longer (a generic 加强领导 would pair strangers). */
const MIN_FILED_TITLE = 6;

/**
 * The one upstream measure whose title is a heading a downstream row stands under, the deepest such
 * heading first: a task list files each row under the plan item it details (银川's 清单 puts r93 在全市范围推行
 * “房+电”同步过户 under 1.切实提升办电效率, the plan's item of that title; a site review found five such rows
 * called 新增). A title two upstream measures share names neither.
 */
export function filedUnder(row: TransmissionMeasure, upstreamTitles: Map<string, number[]>): number | null {
  for (const heading of [...(row.path ?? [])].reverse()) {
    const holders = upstreamTitles.get(bareHeading(heading)) ?? [];
    if (holders.length === 1) return holders[0]!;
    if (holders.length > 1) return null;
  }
  return null;
}

/** Upstream titles as `filedUnder` matches them, read once per alignment. */
export function titlesIndex(measures: TransmissionMeasure[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  measures.forEach((m, i) => {
    const title = bareHeading(m.title ?? '');
    if ([...title].length >= MIN_FILED_TITLE) index.set(title, [...(index.get(title) ?? []), i]);
  });
  return index;
}

/** Upstream texts as `liftedFrom` compares them, read once per alignment. */
export const bareTexts = (measures: TransmissionMeasure[]): string[] => measures.map((m) => bare(m.text));

/** The names a title quotes (推进“掌上办”“集成办”，深化“异地办”“就近办” → 掌上办, 集成办, 异地办, 就近办). */
export function quotedNames(title: string | null): string[] {
  return [...(title ?? '').matchAll(/[“"]([^”"]{2,12})[”"]/g)].map((m) => m[1]!);
}

/** Verbs and degree words a plan item's title opens on before what it is about (加快实施, 进一步强化). */
const TITLE_VERB =
  /^(进一步|持续|全面|深入|大力|着力|加快|加大|加强|强化|深化|推进|推动|推行|实施|落实|开展|提升|提高|优化|规范|建立|健全|完善|创新|探索|积极|稳步|不断|切实)+/;

/**
 * What an item's title is about, its verbs taken off (推进跨部门综合监管 → 跨部门综合监管), when it is
 * six Han characters or more and no plan's own machinery: a name specific enough that a measure whose
 * text holds it word for word takes the item on.
 */
export function titleObject(title: string | null): string | null {
  const object = hanWords(title ?? '').replace(TITLE_VERB, '');
  return object.length >= 6 && !PROCEDURAL_OBJECT.test(object) ? object : null;
}

/** A word segmenter: where a title's object may be cut into its terms. */
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/** A measure's sentences, Han characters only, to find a title's terms together in one. */
export const sentencesOf = (text: string): string[] =>
  text
    .split(/[。；\n]/)
    .map(hanWords)
    .filter(Boolean);

/** Terms are cut to at least this many characters: 网上, 办事, 服务 apart are in any sentence about anything. */
const MIN_TERM = 4;

/**
 * The measures with a sentence holding both terms of a title's object, apart (重大项目帮办代办 → 重大项目 and
 * 帮办代办 in 提升对重大项目、招商引资项目…的帮办代办服务水平): the object cut once, at a word boundary, into two
 * terms of MIN_TERM characters or more.
 */
export function sentenceHolders(object: string, sentences: string[][]): number[] {
  const cuts = [...WORDS.segment(object)].map((w) => w.index).filter((k) => k >= MIN_TERM && object.length - k >= MIN_TERM);
  const terms = cuts.map((k) => [object.slice(0, k), object.slice(k)] as const);
  return sentences.flatMap((own, j) => (own.some((s) => terms.some(([a, b]) => s.includes(a) && s.includes(b))) ? [j] : []));
}

/**
 * The kinds of safeguard a plan's closing section sets, by its items' titles: who leads (组织实施, 组织领导),
 * who checks (督导, 督查), how it is judged (考核, 评比), how it is made known (宣传, 氛围). An implementing
 * plan rewrites them in its own words, so only their kind pairs them.
 */
const SAFEGUARDS: [string, RegExp][] = [
  ['organization', /组织(实施|领导|保障|推进)/],
  ['supervision', /督导|督查|督促|督办/],
  ['assessment', /考核|考评|评比/],
  ['publicity', /宣传|氛围|舆论/],
];
/** A safeguard section's heading: 保障措施, 组织保障, 工作要求. */
const SAFEGUARD_SECTION = /保障|工作要求/;

/** The kind of safeguard an item sets, where its title names one kind only and it stands, or is titled, as one. */
function safeguardOf(m: TransmissionMeasure): string | null {
  const kinds = SAFEGUARDS.filter(([, re]) => re.test(m.title ?? '')).map(([kind]) => kind);
  const placed = (m.path ?? []).some((h) => SAFEGUARD_SECTION.test(h)) || /考核|督/.test(m.title ?? '');
  return kinds.length === 1 && placed ? kinds[0]! : null;
}

/** Unmatched pairs of one safeguard kind: where each side has one unmatched measure of that kind, and only one. */
export function safeguardPairs(
  upstream: TransmissionMeasure[],
  downstream: TransmissionMeasure[],
  usedU: Set<number>,
  usedD: Set<number>,
): { u: number; d: number }[] {
  const kindsOf = (side: TransmissionMeasure[], used: Set<number>) => {
    const found = new Map<string, number[]>();
    side.forEach((m, k) => {
      const kind = used.has(k) ? null : safeguardOf(m);
      if (kind) found.set(kind, [...(found.get(kind) ?? []), k]);
    });
    return found;
  };
  const downKinds = kindsOf(downstream, usedD);
  return [...kindsOf(upstream, usedU)].flatMap(([kind, ups]) => {
    const downs = downKinds.get(kind) ?? [];
    return ups.length === 1 && downs.length === 1 ? [{ u: ups[0]!, d: downs[0]! }] : [];
  });
}

/**
 * The one upstream item whose text quotes a name an implementing measure's title quotes (扎实开展“坐窗口、走流程、
 * 跟执法”活动 and 陕西 强化工作机制's 每半年参加1次“坐窗口、走流程、跟执法”活动), or null: names of four Han
 * characters or more, which no other item quotes.
 */
export function quotedBy(m: TransmissionMeasure, upstream: TransmissionMeasure[]): number | null {
  const names = quotedNames(m.title).filter((n) => hanWords(n).length >= 4);
  const holders = new Set(names.flatMap((n) => upstream.flatMap((u, i) => (u.text?.includes(`“${n}”`) || u.text?.includes(`"${n}"`) ? [i] : []))));
  return holders.size === 1 ? [...holders][0]! : null;
}
