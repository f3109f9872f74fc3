// Counterparts: the measures of different places that do the same thing, lined
// up in rows on a theme page (side-by-side.ts). A row holds a measure per
// place, two where a place wrote the same thing twice. What links two measures,
// strongest first:
// - texts that are near copies (the similarity analysis's cosine of character
//   pairs: a city plan written from its province's);
// - the same opening words: a title (深化“异地办” of 甘肃, 金昌 and 陇南, each
//   written anew under one title), else the text's first clause
//   (优化水利工程项目招标投标程序，… of 铜川 and 克拉玛依);
// - titles quoting the same terms (推进“就近办”, 深化政务服务“就近办”: the
//   reform the measure is about), or opening words nearly the same
//   (切实规范政府采购和招投标, 规范政府采购和招投标) where the texts are linked;
// - any other link of the similarity analysis (at least 0.3);
// - a sentence of twenty Han characters or more shared word for word (陕西's
//   and 咸阳's 推进政务数据跨层级、跨部门、跨地区共享，逐步融合社会第三方数据);
// - a term the texts quote that few measures of the page quote (“刷脸办电” of
//   银川 and 陕西): the name of the reform they adopt, whatever the words
//   around it;
// - the same subject (subject-kinship.ts): a tracked reform both titles or
//   opening clauses name (“个转企” and 个体工商户转型企业 of 甘肃, 宁夏 and 陕西);
// - the same distinctive words: two measures of one page whose words, weighed
//   by how rare each is on that page, are alike (cosine at least 0.2), and
//   whose openings share a word (推进数据资源共享 and 提升数据共享和安全保障能力
//   of 陕西 and 咸阳, whose texts share one sentence of five). The character
//   analysis weighs words by their rarity in the whole corpus, where 政务数据
//   is common; on the digital-government page it is what sets two measures
//   apart. Without these links a reader who grouped every measure of drawn
//   pages found three in four of the measures given a counterpart standing in
//   no row beside one (tests/fixtures/labels/README.md, row groups).
// Equal openings rank below near copies, so a province's column holds the
// item its cities copied, not a department's plan that shares its title (a
// site review found 甘肃省交通运输厅's 提升一体化政务服务平台支撑能力 standing
// where 甘肃省政府's, copied by 金昌 and 陇南, belonged).

import { hanWords } from './titles.ts';
import { sameReformSubject } from './subject-kinship.ts';
import { copiedSentences, dice, rarelyQuoted, wordCosines, words } from './text-kinship.ts';

/** What aligning rows needs of a measure: its id, title, label and text, and its similar-measure links. */
export interface Linked {
  id: string;
  title?: string | null;
  label?: string;
  text?: string;
  similar: { id: string; score: number }[];
  /** Ids of the tracked reforms the measure names (content/analysis/reforms.json). */
  reforms?: readonly string[];
}

/**
 * A link at least this close joins a measure to a row of others, or two rows
 * into one, on its own. A weaker link joins rows only where more than half
 * the pairs across them are linked: a site review found 克拉玛依's 交房即交证
 * in the row of 一窗受理 and 咸阳's 行政备案 list in the row of 行政许可
 * lists, each joined by one link of 0.35–0.39 to one member of a row it had
 * nothing else in common with.
 */
export const STRONG_LINK = 0.5;

/** Same opening words: strong, below near-copied texts (a tenth of the texts' own closeness is added, to order ties). */
const SAME_OPENING = 0.6;
/** Same quoted terms in the titles, or openings nearly the same: strong, below the same opening. */
const SAME_TERMS = 0.55;
/** Openings this alike (Dice coefficient of their character pairs) are nearly the same. */
const NEARLY_SAME = 0.8;
/** Texts this alike in their page's rare words (and whose openings share a word) are counterparts: a weak link. */
const SAME_WORDS = 0.2;
/** A place's cell in a row holds this many measures at most: its counterparts of two plans, or one item it wrote as two. */
const PER_CELL = 2;
/** Texts sharing a sentence word for word, or quoting a term few others quote: a weak link. */
const COPIED = 0.3;
/** A group of measures with one opening links each member to this many of the others at most: pairs grow as the square of a group. */
const GROUP_LINKS = 20;

/**
 * A measure's opening words: its title's first clause, else its text's (its
 * number dropped). A title of three characters or fewer (抓落实) names no task
 * of its own; an untitled text's opening must run to eight (各县区要 opens many).
 */
export function openingWords(m: Pick<Linked, 'title' | 'label' | 'text'>): string | null {
  if (m.title) {
    const words = withoutIntensifier(hanWords(m.title.split(/[，。；：,;:]/)[0]!));
    return words.length >= 4 ? words : null;
  }
  const text = (m.text ?? '').slice(m.label && m.text?.startsWith(m.label) ? m.label.length : 0);
  const words = withoutIntensifier(hanWords(text.split(/[，。；：,;:（(]/)[0]!));
  return words.length >= 8 ? words : null;
}

/**
 * Adverbs a plan puts before its verb to say how hard it will try: 持续优化增值税留抵退税办理流程
 * (银川) does what 优化增值税留抵退税办理流程 (铜川, 克拉玛依) does; a site review found 银川's in
 * no row beside theirs.
 */
const INTENSIFIER = /^(?:持续|进一步|全面|深入|大力|切实|加快|积极|不断|着力|稳步|扎实|继续)+/;
const withoutIntensifier = (words: string) => words.replace(INTENSIFIER, '');

/** The terms a title quotes (推进“就近办” and 深化政务服务“就近办”: the reform it is about), joined; null if it quotes none. */
function quotedTerms(title: string | null | undefined): string | null {
  const terms = [...(title ?? '').matchAll(/[“"]([^”"]{2,12})[”"]/g)].map((t) => t[1]!.replace(/[^\p{Script=Han}a-zA-Z0-9+]/gu, ''));
  return terms.length ? [...new Set(terms)].sort().join('|') : null;
}

/** How many places a row holds a measure of. */
export const filledCells = (row: readonly (readonly unknown[])[]) => row.filter((cell) => cell.length > 0).length;

/**
 * Rows of counterpart measures, a cell per place. Measures without a
 * counterpart get rows of their own. Rows grow from the strongest links down
 * (a similarity link counts both ways: each measure keeps only its few
 * closest), a measure a place, so a measure lands in the row of its closest
 * counterparts before a weaker link can claim it; then rows kept apart only
 * by a place's second measure on the same thing join, its cell holding both.
 * `reformName` names the tracked reforms by id (a page without it links no
 * two measures by the reform they name).
 */
export function alignedRows<M extends Linked>(columns: { measures: M[] }[], reformName: ReadonlyMap<string, string> = new Map()): M[][][] {
  const placeOf = new Map<string, number>();
  const order = new Map<string, number>();
  columns.forEach((c, i) => {
    for (const m of c.measures) {
      placeOf.set(m.id, i);
      order.set(m.id, order.size);
    }
  });
  const byId = new Map(columns.flatMap((c) => c.measures.map((m) => [m.id, m] as const)));
  const opening = new Map([...byId.values()].map((m) => [m.id, openingWords(m)]));
  const weight = new Map<string, number>();
  const pair = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);
  const link = (a: string, b: string, w: number) => {
    if (placeOf.get(a) === placeOf.get(b)) return;
    const key = pair(a, b);
    weight.set(key, Math.max(weight.get(key) ?? 0, w));
  };
  for (const m of byId.values()) {
    for (const s of m.similar) {
      if (!byId.has(s.id)) continue;
      const [a, b] = [opening.get(m.id), opening.get(s.id)];
      link(m.id, s.id, a && b && dice(a, b) >= NEARLY_SAME ? Math.max(s.score, SAME_TERMS + s.score / 10) : s.score);
    }
  }
  // Among pairs that open alike, the closer texts come first: 金昌 copied 甘肃省政府's 加大公平竞争审查监督力度, not 甘肃's other plan's.
  const text = new Map(weight);
  // Texts alike in the page's rare words: read after `text` is kept, so equal openings are still ordered by copied characters.
  const openingWordSets = new Map([...opening].map(([id, o]) => [id, new Set(words(o ?? '').filter((w) => w.length >= 2))]));
  for (const [a, b, cosine] of wordCosines([...byId.values()])) {
    if (cosine >= SAME_WORDS && [...openingWordSets.get(a)!].some((w) => openingWordSets.get(b)!.has(w))) link(a, b, cosine);
  }
  const linkGroups = (key: (m: M) => string | null, w: number) => {
    const groups = Map.groupBy(
      [...byId.values()].filter((m) => key(m) !== null),
      (m) => key(m)!,
    );
    for (const same of groups.values())
      for (let i = 0; i < Math.min(same.length, GROUP_LINKS); i++)
        for (let j = i + 1; j < same.length; j++) {
          const [a, b] = [same[i]!.id, same[j]!.id];
          link(a, b, Math.max(text.get(pair(a, b)) ?? 0, w + (text.get(pair(a, b)) ?? 0) / 10));
        }
  };
  for (const [a, b] of copiedSentences([...byId.values()])) if (!weight.has(pair(a, b))) link(a, b, COPIED);
  for (const [a, b] of rarelyQuoted([...byId.values()])) if (!weight.has(pair(a, b))) link(a, b, COPIED);
  for (const [a, b] of sameReformSubject([...byId.values()], (id) => opening.get(id) ?? null, reformName)) if (!weight.has(pair(a, b))) link(a, b, COPIED);
  linkGroups((m) => opening.get(m.id) ?? null, SAME_OPENING);
  linkGroups((m) => quotedTerms(m.title), SAME_TERMS);

  // Each measure's row, as the list of its members; rows merge as links are read, strongest first.
  const rowOf = new Map<string, string[]>([...byId.keys()].map((id) => [id, [id]]));
  // Ties are read in the order of the measures' ids, so the rows are the same whatever order the places come in.
  const edges = [...weight].map(([key, w]) => ({ key, ids: key.split('\n') as [string, string], w }));
  edges.sort((x, y) => y.w - x.w || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  /** More than half the pairs of two places' measures across rows a and b are linked. */
  const mostLinked = (a: string[], b: string[]) => {
    let across = 0;
    let linked = 0;
    for (const x of a)
      for (const y of b) {
        if (placeOf.get(x) === placeOf.get(y)) continue;
        across++;
        if (weight.has(pair(x, y))) linked++;
      }
    return 2 * linked > across;
  };
  const merge = (a: string[], b: string[]) => {
    const merged = [...a, ...b];
    for (const id of merged) rowOf.set(id, merged);
  };
  for (const { ids, w } of edges) {
    const [a, b] = [rowOf.get(ids[0])!, rowOf.get(ids[1])!];
    if (a === b) continue;
    const places = new Set(a.map((id) => placeOf.get(id)));
    if (b.some((id) => places.has(placeOf.get(id)))) continue;
    // A weak link joins two rows only where most of their measures are linked across (a star of links is not a row).
    if (w < STRONG_LINK && !mostLinked(a, b)) continue;
    merge(a, b);
  }
  // Then rows that a place's second measure on the same thing kept apart (甘肃's two plans each with
  // 推进政务数据共享应用, one copied by 金昌, the other by 陇南) join, the place's cell holding both:
  // only on a strong link, with most pairs across linked, and at most PER_CELL measures a place.
  for (const { ids, w } of edges) {
    if (w < STRONG_LINK) break;
    const [a, b] = [rowOf.get(ids[0])!, rowOf.get(ids[1])!];
    if (a === b || !mostLinked(a, b)) continue;
    const held = Map.groupBy([...a, ...b], (id) => placeOf.get(id)!);
    if ([...held.values()].some((ms) => ms.length > PER_CELL)) continue;
    merge(a, b);
  }
  // In a cell of two, the measure linked closest to the row's other places stands first: the item its cities copied.
  const closeness = (id: string, members: string[]) => members.reduce((n, o) => n + (weight.get(pair(id, o)) ?? 0), 0);
  const rows = [...new Set(rowOf.values())].map((members) => {
    const row: M[][] = columns.map(() => []);
    const ranked = members.map((id) => ({ id, near: closeness(id, members) })).sort((x, y) => y.near - x.near || order.get(x.id)! - order.get(y.id)!);
    for (const { id } of ranked) row[placeOf.get(id)!]!.push(byId.get(id)!);
    return { row, filled: filledCells(row), first: Math.min(...members.map((id) => order.get(id)!)) };
  });
  // Fullest rows first; among rows as full, in the order their first measures stand.
  return rows.sort((x, y) => y.filled - x.filled || x.first - y.first).map((r) => r.row);
}
