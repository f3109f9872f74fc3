// Named reforms: terms the sources put in quotation marks (“带押过户”,
// “一照多址”, “拿地即开工”) that read like a reform's name, kept when
// documents of two or more places mention them (quoted or not). Adoption is by document, dated
// by the document's date, so a timeline shows how a reform spread.
import { pinyin } from 'pinyin-pro';
import { adoptingPlaces, byAdoption, COINED_SUFFIX, NOT_REFORM, REFORM_VARIANTS, writtenForms } from '../../../src/domain/reform-order.ts';
import type { Reform } from '../../../src/schemas/analysis.ts';

export interface ReformInput {
  document: { id: string; date: string | null; province: string; city: string | null };
  measures: { id: string; text: string }[];
}

/** Punctuation of any script: a quote holding it is a phrase or a list, not a name (+ is a symbol, and 标准地+承诺制 a name). */
const CLAUSE = /\p{P}/u;

/** A quoted term between 2 and 10 characters. */
const QUOTED = /“([^“”\n]{2,10})”/g;
/** A quoted slogan that names a thing with the words after it (“办不成事”反映窗口): see COINED_SUFFIX. */
const QUOTED_COINED = /“([^“”\n]{2,10})”(反映窗口)/g;
/**
 * Formulas reform names are coined in: X即Y (拿地即开工), 一X一Y / 一X多Y
 * (一业一证, 一照多址), X合一 (多测合一), X通办 (跨省通办), 首违不罚,
 * 带押过户, 告知承诺, 免/零/不见面 promises, and service modes ending in 办.
 */
const REFORM_FORMULAS = [
  /即/,
  /^一[^一]{1,4}[一多][^一]{1,4}$/,
  /合一$/,
  /通办$/,
  /(不罚|免罚)$/,
  /过户$/,
  /承诺|容缺|先证后核|照后减证|证照分离|证照联办|多证联发|一证准营/,
  /^(免|零|不见面|不来|秒批)/,
  /^[^一]{1,3}办$/,
  /代办|帮办|双随机|标准地|减证便民|非禁即入|两步申报|最多跑一次|一单四制|一业一册|综合查一次|扫码亮证|一枚印章|一个章子|一套图纸|一口受理|一窗|一件事|无证明/,
  // Named in quotes by many plans, though no formula above coins them (a site review found them missing).
  /好差评|个转企|清单制$|^非接触|亩均论英雄/,
];

/**
 * Quoted terms of one document's measures that read like a reform's name,
 * with how often each is quoted there. Summed over the corpus and folded
 * (reformNames), they say which names are tracked.
 */
export function quotedNames(measures: { text: string }[]): Map<string, number> {
  const quoted = new Map<string, number>();
  for (const m of measures) {
    for (const match of m.text.matchAll(QUOTED)) {
      const name = match[1].trim();
      // A variant (“带押登记”) is quoted for its reform; a quote that holds a clause (“一窗受理,立等可取”) names none.
      const coined = REFORM_FORMULAS.some((re) => re.test(name)) || Object.keys(REFORM_VARIANTS).some((v) => name.startsWith(v));
      if (name.length >= 3 && coined && !NOT_REFORM.test(name) && !CLAUSE.test(name)) {
        quoted.set(name, (quoted.get(name) ?? 0) + 1);
      }
    }
    for (const match of m.text.matchAll(QUOTED_COINED)) {
      const name = `${match[1].trim()}${match[2]}`;
      if (COINED_SUFFIX.test(name) && !CLAUSE.test(name)) quoted.set(name, (quoted.get(name) ?? 0) + 1);
    }
  }
  return quoted;
}

/** How often a tracked name is quoted in the whole corpus, and in which written forms (the text between the quotes). */
export interface QuotedCount {
  count: number;
  forms: Map<string, number>;
}

/**
 * The names tracked, with how often they are quoted in the whole corpus.
 * 一件事 and 一件事一次办, 告知承诺 and 告知承诺制 name one reform: a name that
 * extends another is folded into it (mentions of the longer name also mention
 * the shorter, so the shorter's adoptions are the union). The forms folded in
 * are kept, so the count can be checked against the text, form by form.
 */
export function reformNames(perDocument: Iterable<Map<string, number>>): Map<string, QuotedCount> {
  const quoted = new Map<string, QuotedCount>();
  for (const counts of perDocument)
    for (const [name, n] of counts) {
      const entry = quoted.get(name) ?? { count: 0, forms: new Map([[name, 0]]) };
      entry.count += n;
      entry.forms.set(name, entry.forms.get(name)! + n);
      quoted.set(name, entry);
    }
  for (const name of [...quoted.keys()].sort((a, b) => a.length - b.length)) {
    const shorter =
      [...quoted.keys()].find((other) => other !== name && other.length < name.length && name.startsWith(other)) ??
      // 咸阳's “容缺受理+承诺制” opens with another name of 容缺办理: folded into it, or the longer name takes the mention.
      Object.entries(REFORM_VARIANTS).find(([variant, canonical]) => name !== canonical && name.startsWith(variant) && quoted.has(canonical))?.[1];
    if (shorter) {
      const [into, from] = [quoted.get(shorter)!, quoted.get(name)!];
      into.count += from.count;
      for (const [form, n] of from.forms) into.forms.set(form, (into.forms.get(form) ?? 0) + n);
      quoted.delete(name);
    }
  }
  return quoted;
}

/** One pattern for every name and its variants at once (the longest first at any position), instead of a pass per name. */
export function namesPattern(names: Iterable<string>): RegExp | null {
  const list = [...new Set([...names].flatMap(writtenForms))].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return list.length ? new RegExp(list.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : null;
}

/**
 * A name that heads a batch of others' reforms (对国家明确由非试点地区参考借鉴的开展“一照多址”改革等24项改革举措，
 * …有条件的进行复制推广): the document passes a list on to study, it does not adopt that reform.
 */
const HEADS_A_BATCH = /^[”"]?[^，。；“]{0,8}等\s*\d+\s*项/;

/**
 * A name the measure leaves behind for another (克拉玛依: 实现从“减证便民”向“无证利民”升级): the stage it
 * moves on from, not what it adopts (a site review found 克拉玛依 listed as 减证便民's latest adopter).
 */
function movesOnFrom(text: string, start: number, end: number): boolean {
  return /从[“"]?$/.test(text.slice(Math.max(0, start - 2), start)) && /^[”"]?向/.test(text.slice(end, end + 2));
}

/**
 * A name that, unquoted, is only part of another word: 承诺办结时限 (办结), 掌上办税体验区 (办税),
 * 掌上办公 (办公), 豁免提交 (豁免), 申请人承诺办理 (承诺 + 办理: a promise to handle, not 承诺办),
 * and the plain 网上办理, 自助办理, 异地办事, 网上办证 (a site review: they had counted as adopting
 * 网上办, 自助办 and 异地办, 12 places for 网上办 where 5 name it).
 */
function partOfAnotherWord(text: string, at: number, name: string): boolean {
  const before = text[at - 1] ?? '';
  const after = text[at + name.length] ?? '';
  if (before === '“' || before === '"') return false;
  // …通办事项 lists the reform's items (石嘴山's 全市通办事项目录): 事 ends the word only in 办事.
  if (name.endsWith('办') && (/[结税公理证]/.test(after) || (after === '事' && text[at + name.length + 1] !== '项'))) return true;
  return name.startsWith('免') && /[豁减]/.test(before);
}

/** Why a document that mentions a reform does not adopt it: it passes on a batch to study, or another place's practice. */
export type PassedOnWhy = 'batch' | 'practice' | 'surpassed';

/** A measure that mentions a name without adopting it, and why. */
export interface PassedOnMention {
  measureId: string;
  why: PassedOnWhy;
  /** The place whose practice it is (practice), else null. */
  from: string | null;
}

/** A mention of a name in one measure: the document's own, or passed on (and why). */
interface Mention {
  name: string;
  measureId: string;
  passedOn?: { why: PassedOnWhy; from: string | null };
}

type MentionSource = { id: string; text: string; path?: string[]; practiceFrom?: string };
/** A name as one text mentions it; `premise`: the text builds on it (“一网通办”前提下的“最多跑一次”改革), it does not set out to do it. */
type Found = Omit<Mention, 'measureId'> & { premise?: true };

const PREMISE = /^[”"]?的?(前提下|基础上)/;

/** The tracked names one text mentions, each with why it is passed on, if it is. */
function namesIn(text: string, pattern: RegExp, practiceFrom: string | undefined): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(pattern)) {
    if (partOfAnotherWord(text, match.index, match[0])) continue;
    // A variant is its reform; a coined name's quoted form is the name (“办不成事”反映窗口).
    const name = REFORM_VARIANTS[match[0]] ?? match[0].replace(/[“”]/g, '');
    const end = match.index + match[0].length;
    // A 复制推广 row describes another place's practice, offered to learn from: no adoption by the issuer.
    const passedOn = practiceFrom
      ? { why: 'practice' as const, from: practiceFrom }
      : HEADS_A_BATCH.test(text.slice(end, end + 16))
        ? { why: 'batch' as const, from: null }
        : movesOnFrom(text, match.index, end)
          ? { why: 'surpassed' as const, from: null }
          : undefined;
    found.push({ name, ...(passedOn ? { passedOn } : {}), ...(PREMISE.test(text.slice(end, end + 6)) ? { premise: true as const } : {}) });
  }
  return found;
}

/**
 * What a heading passes down to one measure under it. A heading that names one reform passes it to every
 * item (克拉玛依 （四）深入推进“证照分离”改革). One that names several splits them among its items (克拉玛依
 * （十六）…“一网通办”“一件事一次办”“跨省通办”: a site review found its 公证 item listed under 一件事): an item
 * that names some of them itself takes none from the heading, and a name some item states is that item's alone.
 */
function inherited(heading: Found[], own: Set<string>, namedBelow: Set<string>): Found[] {
  // 甘孜 二、纵深推进“一网通办”前提下的“最多跑一次”改革 names one reform on a premise: every item takes both (a review).
  const names = new Set(heading.filter((f) => !f.premise).map((f) => f.name));
  if (names.size < 2) return heading;
  if ([...names].some((name) => own.has(name))) return [];
  return heading.filter((f) => !namedBelow.has(f.name));
}

/**
 * Every mention of a tracked name (quoted or not) in one document's measures: in their text, or in a
 * heading they stand under, each name once per measure.
 */
function scanMentions(measures: MentionSource[], pattern: RegExp): Mention[] {
  const own = measures.map((m) => namesIn(m.text, pattern, m.practiceFrom));
  // The names each heading's items state themselves, keyed by the heading's place in the outline.
  const namedBelow = new Map<string, Set<string>>();
  const headingKey = (path: string[], depth: number) => path.slice(0, depth + 1).join('\u0000');
  measures.forEach((m, i) => {
    (m.path ?? []).forEach((_, depth) => {
      const key = headingKey(m.path!, depth);
      namedBelow.set(key, new Set([...(namedBelow.get(key) ?? []), ...own[i]!.map((f) => f.name)]));
    });
  });
  const found: Mention[] = [];
  measures.forEach((m, i) => {
    const ownNames = new Set(own[i]!.map((f) => f.name));
    const fromHeadings = (m.path ?? []).flatMap((heading, depth) =>
      inherited(namesIn(heading, pattern, m.practiceFrom), ownNames, namedBelow.get(headingKey(m.path!, depth))!),
    );
    const seen = new Map<string, Mention>();
    for (const { name, passedOn } of [...fromHeadings, ...own[i]!]) {
      // A measure that adopts a name anywhere adopts it, whatever else it passes on.
      const before = seen.get(name);
      if (!before || (before.passedOn && !passedOn)) seen.set(name, { name, measureId: m.id, ...(passedOn ? { passedOn } : {}) });
    }
    found.push(...seen.values());
  });
  return found;
}

/** Which measures of one document mention each name as their own reform. */
export function mentionsIn(measures: MentionSource[], pattern: RegExp | null): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  if (!pattern) return byName;
  for (const { name, measureId, passedOn } of scanMentions(measures, pattern)) if (!passedOn) byName.set(name, [...(byName.get(name) ?? []), measureId]);
  return byName;
}

/**
 * Which measures of one document mention a name without adopting it, and why: a reader who looks
 * for the name there finds it, and the reform page says why the document is not counted.
 */
export function passedOnIn(measures: MentionSource[], pattern: RegExp | null): Map<string, PassedOnMention[]> {
  const byName = new Map<string, PassedOnMention[]>();
  if (!pattern) return byName;
  for (const { name, measureId, passedOn } of scanMentions(measures, pattern))
    if (passedOn) byName.set(name, [...(byName.get(name) ?? []), { measureId, ...passedOn }]);
  return byName;
}

/**
 * The reforms: each tracked name with the documents that mention it, kept when two or more places do;
 * beside them, the documents that mention it without adopting it (passedOn), which never keep a name.
 */
export function assembleReforms(
  names: Map<string, QuotedCount>,
  documents: { document: ReformInput['document']; mentions: Map<string, string[]>; passedOn?: Map<string, PassedOnMention[]> }[],
): Reform[] {
  const reforms: Reform[] = [];
  const taken = new Set<string>();
  const byName = new Map<string, { document: ReformInput['document']; measureIds: string[] }[]>();
  const passedByName = new Map<string, Reform['passedOn']>();
  const where = (document: ReformInput['document']) => ({ documentId: document.id, date: document.date, province: document.province, city: document.city });
  for (const { document, mentions, passedOn } of documents) {
    for (const [name, measureIds] of mentions) byName.set(name, [...(byName.get(name) ?? []), { document, measureIds }]);
    for (const [name, found] of passedOn ?? []) {
      // A document that adopts the name elsewhere is an adoption: its passed-on mentions say nothing more.
      if (mentions.has(name)) continue;
      const whys = [...new Set(found.map((f) => f.why))];
      const from = [...new Set(found.flatMap((f) => (f.from ? [f.from] : [])))];
      const entry = {
        ...where(document),
        measureIds: found.map((f) => f.measureId),
        why: whys.includes('practice') ? ('practice' as const) : whys.includes('batch') ? ('batch' as const) : ('surpassed' as const),
        from: from.join('、') || null,
      };
      passedByName.set(name, [...(passedByName.get(name) ?? []), entry]);
    }
  }
  const byDate = <T extends { date: string | null; documentId: string }>(a: T, b: T) =>
    (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.documentId.localeCompare(b.documentId);
  for (const [name, { count, forms }] of [...names].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0], 'zh'))) {
    const adoptions = (byName.get(name) ?? []).map(({ document, measureIds }) => ({ ...where(document), measureIds })).sort(byDate);
    // Two documents of one place are one adoption story: require two places.
    if (adoptingPlaces({ adoptions }) < 2) continue;
    let id = slug(name);
    for (let n = 2; taken.has(id); n++) id = `${slug(name)}-${n}`;
    taken.add(id);
    const quotedForms = Object.fromEntries([...forms].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh')));
    reforms.push({ id, name, quoted: count, quotedForms, adoptions, passedOn: (passedByName.get(name) ?? []).sort(byDate) });
  }
  return reforms.sort(byAdoption);
}

/** 带押过户 → dai-ya-guo-hu: readable, stable URLs. */
export function slug(name: string): string {
  const latin = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .map((p) => p.toLowerCase().replace(/[^a-z0-9]+/g, ''))
    .filter(Boolean)
    .join('-');
  return latin || 'reform';
}
