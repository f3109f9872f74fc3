// How documents and places are named where space is short.
import type { Level } from '../schemas/document.ts';
import { LEVEL_LABEL } from '../schemas/labels.ts';
import { NORTHWEST } from './places.ts';

/**
 * A document's title without the covering notice around it: 《…》 of
 * “XX人民政府关于印发《…》的通知” — the plan itself, as readers name it. Used
 * where a measure lists documents elsewhere: five per measure on a long
 * document, so the wrapper alone would be a sizeable share of the page.
 */
export function shortTitle(title: string): string {
  const unwrapped = title.replace(/^.*?关于印发/, '');
  // A notice that covers a plan loses its wrapper; one that is itself the policy (庆阳…关于复制推广…改革举措的通知)
  // keeps it, or its title stops mid-phrase (a review).
  const covers = unwrapped !== title || PLAN_GENRE.test(title);
  const core = (covers ? unwrapped.replace(/的通知$/, '') : unwrapped).replace(/^《(.*)》$/, '$1');
  return core || title;
}

/** What a notice's own plan is called, just before 的通知: 哈密市落实…工作方案的通知. */
const PLAN_GENRE = /(方案|意见|措施|办法|清单|规定|要点|细则|计划|规划|条例)》?的通知$/;

/** A place as a comparison names it: a province's own documents are 陕西省级, not 陕西省 (which would include its cities). */
/** A title's words only: Han characters, Latin letters and digits (深化“异地办” and 深化异地办 are one title). */
export const hanWords = (text: string) => text.replace(/[^\p{Script=Han}a-zA-Z0-9]/gu, '');

/**
 * A title in book-title marks: 《…》, a title already in them as it is, and
 * marks inside turned to 〈〉 as nesting requires (《中共陕西省委陕西省人民政府印发〈陕西省
 * 推进营商环境突破年实施意见〉》, not 《…《…》》; a site review).
 */
export function bookTitle(title: string): string {
  const core = /^《.*》$/.test(title) ? title.slice(1, -1) : title;
  return `《${core.replaceAll('《', '〈').replaceAll('》', '〉')}》`;
}

export function placeLabel(place: { level: Level; province: string; city?: string | null; name?: string }): string {
  if (place.level !== 'province') {
    const city = place.city ?? place.name ?? place.province;
    // A city outside the compilation's Northwest (甘孜, filed in its 甘肃 part) says its province: a reader takes a bare one for Gansu's (a site review).
    return NORTHWEST.includes(place.province) ? city : `${city}（${place.province}）`;
  }
  return `${place.province}${provincialLevel(place.province)}`;
}

/** The level of a province's own documents: 宁夏 and 新疆 are autonomous regions, theirs 自治区级 (a review read 宁夏省级 as a misnomer). */
export function provincialLevel(province: string): string {
  return AUTONOMOUS_REGION.test(province) ? '自治区级' : LEVEL_LABEL.province;
}

const AUTONOMOUS_REGION = /^(宁夏|新疆|西藏|广西|内蒙古)/;

/**
 * Whether a department issued a document (省交通运输厅, 西安市住建局, 党委政法委), not a government or its
 * office or a party committee: a column of 甘肃省级 holds the transport department's sector plan beside the
 * province's own, and a reader benchmarking a province should know it (a review). No issuer stated: not known.
 */
export function issuedByDepartment(d: { issuers: string[] }): boolean {
  return d.issuers.length > 0 && d.issuers.every((issuer) => !/(人民政府(办公厅|办公室)?|[省市州县区]委)$/.test(issuer));
}

/** A document's level as its place calls itself: 自治区级 for 宁夏's own, 州级 for 甘孜's (lists and metadata alike). */
export function levelOf(d: { level: 'province' | 'city'; province: string; city: string | null }): string {
  return d.level === 'city' && d.city ? cityLevel(d.city) : provincialLevel(d.province);
}

/** What a province's cities are called, counted: 个城市, or 个市（州） where a 自治州 or 地区 is among them (甘孜; a review). */
export function citiesNoun(cities: string[]): string {
  return cities.every((c) => /市$/.test(c)) ? '个城市' : '个市（州）';
}

/** The level of a city's documents as the place calls itself: 甘孜藏族自治州's are 州级, 阿克苏地区's 地区级 (a review read 市级 for a 自治州). */
export function cityLevel(city: string): string {
  if (/州$/.test(city)) return '州级';
  if (/地区$/.test(city)) return '地区级';
  if (/盟$/.test(city)) return '盟级';
  return LEVEL_LABEL.city;
}

/** Where a document stands, named as comparisons name places: its city, else its province's own documents (陕西省级, 新疆自治区级). */
/**
 * A 文号 as a line naming the document shows it: one the source misprints (甘肃省交通运输厅's 湘政务函, a
 * document page explains it) says it is as printed, so no reader cites it as Hunan's (a site review).
 */
export const docNumberShown = (d: { docNumber?: string | null; docNumberNote?: string | null }): string | null =>
  d.docNumber ? `${d.docNumber}${d.docNumberNote ? '，原文如此' : ''}` : null;

export function documentPlace(d: { province: string; city?: string | null }): string {
  return placeLabel({ level: d.city ? 'city' : 'province', province: d.province, city: d.city });
}

/** Where a measure's first sentence ends. */
const SENTENCE_END = /[。；;]/;

/**
 * A measure named in one short line: its short title, else its first sentence
 * without its number; a sentence longer than `max` is cut at its first comma
 * (the action usually comes first: 拓展不动产登记平台功能，…), else at `max` with “…”.
 */
/** A measure named in a line: its number without its closing mark (1、 → 1), then its title, else its opening `max` characters. */
export function numberedTitle(measure: { title: string | null; text: string; label: string }, max: number): string {
  return `${measure.label ? `${measure.label.replace(/[.、．]$/, '')} ` : ''}${measure.title ?? measure.text.slice(0, max)}`;
}

export function measureHeadline(measure: { title: string | null; text: string; label: string }, max = 30): string {
  const head = headOf(measure);
  if (head.length <= max) return head;
  const comma = head.indexOf('，');
  if (comma >= 6 && comma <= max) {
    if (!FRAMING.test(head) && !CONDITION_END.test(head.slice(0, comma))) return head.slice(0, comma);
    // 在全市范围内，推行…: a clause that only frames the action is no name for it; the action follows.
    const next = head.indexOf('，', comma + 1);
    if (next > 0 && next <= max) return head.slice(0, next);
  }
  return `${head.slice(0, max)}…`;
}

/** A first clause that ends on a condition (支持任何人经实名认证后，…; a review found the card named by it alone): the action follows. */
const CONDITION_END = /(后|时|之前|以前|期间|之际)$/;

/** Openings of a clause that sets the scope or means of the action rather than stating it (在…内, 依托…, 对标…). */
const FRAMING = /^(在|对标|对照|对于|对|按照|依托|围绕|针对|通过|结合|聚焦|根据|依据|立足|借助|利用|以)/;

/** A measure's text after its number and its title (or first sentence): what a card shows under the headline. */
export function measureAfterHeadline(measure: { title: string | null; text: string; label: string }): string {
  const rest = after(withoutLabel(measure), measure.title ?? firstSentence(measure));
  // A bare heading's first sentence went into the headline (headOf).
  return isBareHeading(measure.title) ? after(rest, firstSentenceOf(rest)) : rest;
}

/** A text after its head, and the stops that closed the head; the whole text where it does not open on it. */
const after = (text: string, head: string): string => (text.startsWith(head) ? text.slice(head.length).replace(/^[。；;，,：:\s]+/, '') : text);

/**
 * An article headed by a word or two (白银 细则 第一条申请, 第四条公示) names a step, not what is done in it: its
 * headline goes on with its first sentence (申请：投资项目符合本政策规定条件的申请人…; a review found “申请” alone).
 */
const isBareHeading = (title: string | null): title is string => title !== null && [...title].length <= 3;

function headOf(measure: { title: string | null; text: string; label: string }): string {
  if (!isBareHeading(measure.title)) return measure.title ?? firstSentence(measure);
  const rest = after(withoutLabel(measure), measure.title);
  return rest ? `${measure.title}：${firstSentenceOf(rest)}` : measure.title;
}

const firstSentenceOf = (text: string): string => {
  const stop = text.search(SENTENCE_END);
  return stop > 0 ? text.slice(0, stop) : text;
};

/** A bracketed clause naming who does the task (（市场监管局牵头，…配合）): the card says who leads apart, so in the text it only repeats. */
const UNIT_CLAUSE = /[（(][^（）()]*(?:牵头|负责|配合)[^（）()]*[）)]/g;

/** A line of fields under a task (克拉玛依: 牵头单位：… 责任单位：… 完成时限：…): the card says them apart, so they are no part of its text. */
const FIELD_LINE = /^\s*(牵头单位|责任单位|配合单位|协办单位|责任部门|完成时限|时限要求)\s*[:：]/;

function withoutLabel(measure: { text: string; label: string }): string {
  const text = measure.text
    .split('\n')
    .filter((line) => !FIELD_LINE.test(line))
    .join('');
  return (text.startsWith(measure.label) ? text.slice(measure.label.length) : text).replace(UNIT_CLAUSE, '').trim();
}

function firstSentence(measure: { text: string; label: string }): string {
  return firstSentenceOf(withoutLabel(measure));
}

/**
 * A heading or title without its number and closing punctuation: (七)优化供电服务 → 优化供电服务, 1.进一步压缩不动产登记办理时间。
 * → 进一步压缩…: how a plan item and the heading a list files its entries under are matched (restatements.ts,
 * transmission-clues.ts).
 */
export const bareHeading = (heading: string): string => heading.replace(/^[\s\d一二三四五六七八九十百（）()、.．]+/, '').replace(/[。；;：:\s]+$/, '');

/** The compilation pages a document spans (第 12 页, 第 12–14 页), or null for a source without pages. */
export function pageSpan(source: { firstPage: number | null; lastPage: number | null }): string | null {
  const { firstPage, lastPage } = source;
  if (!firstPage) return null;
  return firstPage === lastPage ? `第 ${firstPage} 页` : `第 ${firstPage}–${lastPage} 页`;
}
