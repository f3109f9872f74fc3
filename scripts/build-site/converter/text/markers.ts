// Numbering markers of Chinese official documents (一、 （一） 1. （1） 1) ①) and
// the rule that turns a flat run of blocks into nested sections: a marker
// opens a section only where its number continues its list, so a line that
// merely starts with “3.” after a wrap does not become a task.
import { warning, type Diagnostic } from '../diagnostics.ts';
import { findClauses } from './clauses.ts';
import type { BodyNode, Marker, MarkerKind, ParagraphNode, RowFields, SectionNode, Span, TableNode } from '../model.ts';

const CN_DIGITS: Record<string, number> = {
  // ー (katakana long mark) stands for 一 where extraction swapped look-alikes: (十ー).
  零: 0,
  〇: 0,
  一: 1,
  ー: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 → 1, 十二 → 12, 二十三 → 23, 一百零五 → 105. */
export function chineseNumber(text: string): number | null {
  if (!/^[零〇一ー二三四五六七八九十百]+$/.test(text)) return null;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = CN_DIGITS[ch];
  }
  return total + digit;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

interface MarkerPattern {
  kind: MarkerKind;
  pattern: RegExp;
  number: (match: RegExpExecArray) => number | null;
}

/** Order matters: （一） must be tried before （1）, 1. before 1). */
export const MARKER_PATTERNS: MarkerPattern[] = [
  { kind: 'chapter', pattern: /^第([一二三四五六七八九十]{1,3})章/, number: (m) => chineseNumber(m[1]) },
  { kind: 'article', pattern: /^第([一二三四五六七八九十百零〇]{1,4})条/, number: (m) => chineseNumber(m[1]) },
  { kind: 'cn-dun', pattern: /^([一二三四五六七八九十]{1,3}) ?[、．]/, number: (m) => chineseNumber(m[1]) },
  { kind: 'cn-paren', pattern: /^[（(] ?([一二三四五六七八九十][一ー二三四五六七八九十]{0,2}) ?[）)]/, number: (m) => chineseNumber(m[1]) },
  { kind: 'arabic-paren', pattern: /^[（(] ?(\d{1,3}) ?[）)]/, number: (m) => Number(m[1]) },
  // 1.5 公顷 is a number, not a marker: a digit may not follow the dot.
  { kind: 'arabic-dot', pattern: /^(\d{1,3}) ?[.．](?!\d)/, number: (m) => Number(m[1]) },
  { kind: 'arabic-dun', pattern: /^(\d{1,3}) ?、/, number: (m) => Number(m[1]) },
  { kind: 'arabic-half', pattern: /^(\d{1,3}) ?[）)]/, number: (m) => Number(m[1]) },
  { kind: 'circled', pattern: /^([①-⑳])/, number: (m) => CIRCLED.indexOf(m[1]) + 1 },
];

/** A file that lost its dots writes `1不断提升…`: digits straight before a Han character. */
const BARE_ARABIC = /^(\d{1,2})(?=[\u4e00-\u9fff“《])/;

export interface MarkerOptions {
  /** Accept `1不断提升` as item 1 (only for sources known to have lost the dot). */
  bareArabic?: boolean;
}

export function parseMarker(text: string, options: MarkerOptions = {}): Marker | null {
  for (const { kind, pattern, number } of MARKER_PATTERNS) {
    const match = pattern.exec(text);
    if (match) {
      const n = number(match);
      if (n !== null && n > 0) return { kind, number: n, label: match[0] };
    }
  }
  // 35.5 个地级市: item 35 or the number 35.5? Only the list's order can tell.
  const decimal = /^(\d{1,3})\.(?=\d)/.exec(text);
  if (decimal) return { kind: 'arabic-dot', number: Number(decimal[1]), label: decimal[0], ambiguous: true };
  if (options.bareArabic) {
    const match = BARE_ARABIC.exec(text);
    if (match) return { kind: 'arabic-dot', number: Number(match[1]), label: match[1], bare: true };
  }
  return null;
}

/** Sections whose titles frame a plan rather than assign a task. */
const FRAMING_TITLE = /^(总体要求|指导思想|基本原则|工作原则|总体思路|编制依据|适用范围|目的依据)/;
/**
 * Articles that state a policy's purpose, its force or how it yields to others, not a task (白银 三十条:
 * 第一条 为…制定本政策; 第二十七条 如因…调整，导致本政策与其不一致的…; 第三十条 本政策自发布之日起实施…负责解释).
 * Counted as measures they made a subsidy policy look like 39 commitments (a site review).
 */
const FORMAL_PROVISION =
  /^(为[^。]{4,160}制定本(政策|办法|措施|规定|细则|方案|意见)。|本(政策|办法|措施|规定|细则|方案|意见)(自|从)[^。]{0,20}(起|之日起)(施行|实施|执行)|(如|若)?因[^。]{0,30}调整[^。]{0,20}与[其之本][^。]{0,10}不一致的)/;

/**
 * Articles that bind the applicant, not the government: who may benefit (政策支持的项目须符合…), who may not
 * (…的项目和企业不享受该优惠政策), what a beneficiary must do (享受本政策的项目，须…; 团队申领奖励的，须…) and
 * what lower levels may copy (各县区…可参照本政策制定…). 白银 三十条 and its annex; a site review counted them as
 * commitments the city made. A duty the government takes on (奖励资金纳入…预算…足额落实) stays a task.
 */
const APPLICANT_CONDITION =
  /^((本)?政策支持的|享受本(政策|办法|措施)的)[^。]{0,30}(须|应当?|必须)|^[^。]{0,300}不(得|再)?享受(该|本|此)[^。]{0,6}政策。?$|^各[^。]{0,30}可参照本(政策|办法|措施)制定|^[^。，]{0,8}申领(人|奖励的)/;

const frames = (title: string) => FRAMING_TITLE.test(title) || FORMAL_PROVISION.test(title) || APPLICANT_CONDITION.test(title);

export interface TextBlock {
  text: string;
  span: Span;
  fields?: RowFields;
  role?: ParagraphNode['role'];
  /** Never a section, even if it starts with a marker (e.g. a repeated header). */
  plain?: boolean;
  /** A ready-made node (a table) placed where the block stands. */
  node?: TableNode;
}

/** A contact line: a person, a phone number or a mailbox to write to. */
const CONTACT_LINE = /(联系人|联系电话|联系方式|电子邮箱)[:：]/;

/**
 * 各地各部门要认真贯彻落实…: the exhortation a plan closes on. After the last numbered item it is the
 * document's own closing paragraph, not more of that item (新疆 a62e8a's （二十三） had taken it in: a review).
 */
export const CLOSING_EXHORTATION =
  /^(各地|各地区|各部门|各单位|各级|全区各地|全市各|全省各|请各)[^。；，,]{0,8}?(要|务必)?(认真贯彻落实|抓好贯彻落实|结合实际认真贯彻)/;

/** 具体举措： — a label that introduces the concrete steps of the task above it. */
const INTRODUCES_MORE = /^(具体举措|具体措施|主要措施|工作措施|主要举措)[:：]$/;

/** Does a block end by naming who does the task: （…牵头…）, (责任单位:…)? */
export function endsWithUnits(text: string): boolean {
  // Only a closing bracket or a labelled field can end a unit clause: skip the scan otherwise.
  if (!/[）)〕\]］][\s。；;，,]*$/.test(text) && !/(单位|部门|时限)[:：]/.test(text)) return false;
  const known = endings.get(text);
  if (known !== undefined) return known;
  const last = findClauses(text).at(-1);
  const result = Boolean(last && /^[\s。；;，,]*$/.test(text.slice(last.end)));
  if (endings.size > 2000) endings.clear();
  endings.set(text, result);
  return result;
}

/** Headings are asked again for every measure below them: remember the answers. */
const endings = new Map<string, boolean>();

export function buildSections(blocks: TextBlock[], file: string, options: MarkerOptions = {}): { body: BodyNode[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const root: BodyNode[] = [];
  const stack: SectionNode[] = [];
  const lastNumber = new Map<MarkerKind, number>();
  const kindCounts = new Map<MarkerKind, number>();
  for (const block of blocks) {
    const marker = block.plain || block.node ? null : parseMarker(block.text);
    if (marker) kindCounts.set(marker.kind, (kindCounts.get(marker.kind) ?? 0) + 1);
  }
  /** The innermost section's task text was closed by a unit clause. */
  let closed = false;
  const lastMarker = blocks.findLastIndex((b) => !b.plain && !b.node && parseMarker(b.text, options) !== null);

  for (const [index, block] of blocks.entries()) {
    if (block.node) {
      (stack.at(-1)?.children ?? root).push(block.node);
      closed = false;
      continue;
    }
    if (block.role === 'heading') {
      // A title such as the attached plan's starts numbering afresh.
      root.push({ type: 'paragraph', text: block.text, span: block.span, role: 'heading' });
      stack.length = 0;
      lastNumber.clear();
      closed = false;
      continue;
    }
    const marker = block.plain ? null : parseMarker(block.text, options);
    const placement = marker ? place(marker, stack, lastNumber, kindCounts) : null;
    if (marker && placement) {
      if (placement.gap) {
        diagnostics.push(warning(file, block.span.line, 'structure/numbering-gap', `item ${marker.label} skips a number in its list`, block.text));
      }
      stack.length = placement.depth;
      const section: SectionNode = {
        type: 'section',
        marker,
        text: block.text,
        span: block.span,
        fields: block.fields,
        framing: frames(block.text.slice(marker.label.length).trim()),
        children: [],
      };
      (stack.at(-1)?.children ?? root).push(section);
      stack.push(section);
      // Kept across parents: some plans number items 1…11 through all parts.
      lastNumber.set(marker.kind, marker.number);
      closed = endsWithUnits(block.text);
      continue;
    }
    const paragraph: ParagraphNode = { type: 'paragraph', text: block.text, span: block.span };
    if (block.role) paragraph.role = block.role;
    if (index > lastMarker && CLOSING_EXHORTATION.test(block.text)) {
      // The closing stands outside every item, as do the paragraphs and signature after it.
      root.push(paragraph);
      stack.length = 0;
      closed = false;
      continue;
    }
    const parent = stack.at(-1);
    // 具体举措： introduces more of the same task; anything else after a unit clause is a note.
    const introducesMore = INTRODUCES_MORE.test(block.text);
    if (parent && closed && !introducesMore && !endsWithUnits(block.text)) paragraph.role = paragraph.role ?? 'note';
    // 联系人：…联系电话：2218504 after a task: who to call, on the page, not part of the task;
    // nor is what follows it in the section, so the text keeps its order.
    if (parent && CONTACT_LINE.test(block.text)) paragraph.role = paragraph.role ?? 'note';
    if (parent && block.fields && !parent.fields) parent.fields = block.fields;
    (parent?.children ?? root).push(paragraph);
    // What 具体举措： introduces is the task's until its own unit clause closes it (铜川 （三）: 具体举措： / 指导… / （市金融办…负责）).
    if (parent && introducesMore) closed = false;
    else if (parent && paragraph.role !== 'note') closed = endsWithUnits(block.text);
    if (parent && CONTACT_LINE.test(block.text)) closed = true;
  }
  return { body: root, diagnostics };
}

/**
 * Where a marker goes: as the next sibling of an open section of its kind, or
 * as the first child of the innermost open section. Null when its number does
 * not continue any list (then the block is ordinary text).
 */
function place(
  marker: Marker,
  stack: SectionNode[],
  lastNumber: Map<MarkerKind, number>,
  kindCounts: Map<MarkerKind, number>,
): { depth: number; gap: boolean } | null {
  if (marker.bare) {
    // 2加大… lost its ) or . : it continues whichever arabic list is open; a
    // bare 1 opens a list of the arabic style the document uses most that is
    // not open already (1规范收费行为 under 6.规范行业协会商会收费).
    const list = stack.findLast((s) => s.marker?.kind.startsWith('arabic') && s.marker.number + 1 === marker.number);
    if (list) marker.kind = list.marker!.kind;
    else if (marker.number === 1) {
      const free = [...kindCounts].filter(([kind]) => kind.startsWith('arabic') && !stack.some((s) => s.marker?.kind === kind));
      free.sort((a, b) => b[1] - a[1]);
      if (free[0]) marker.kind = free[0][0];
    }
  }
  const open = stack.findLastIndex((s) => s.marker?.kind === marker.kind);
  if (open >= 0) {
    const previous = stack[open].marker!.number;
    if (marker.number === previous + 1) return { depth: open, gap: false };
    if (marker.number === previous + 2 && !marker.ambiguous) return { depth: open, gap: true };
    return null;
  }
  const last = lastNumber.get(marker.kind) ?? 0;
  if (marker.number === last + 1 && last > 0) return { depth: stack.length, gap: false };
  if (marker.number === 1 && !marker.ambiguous) return { depth: stack.length, gap: false };
  return null;
}
