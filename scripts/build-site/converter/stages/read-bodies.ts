// The names of the bodies a measure's unit lists name: one entry per body,
// decided by the grammar of Chinese body names rather than by examples.
//   市市场监管局、人社局、税务局等市级相关部门及各县（市、区）
//     → 市市场监管局 · 市人社局 · 市税务局 · 各县（市、区）, and the list is open (等)
// Lists split on 、，,；and on 及/以及/和/与/并 where both sides are bodies
// (住房和城乡建设局 and 发展和改革委员会 stay whole: 住房, 发展 are no bodies).
// `X等Y` marks the list open; Y is a body only if it is not the kind of the
// list (相关部门, 有关单位, 金融机构). A level or parent prefix the list's first
// name carries is written out on the names that leave it implied; a shared head
// noun distributes over specific places (高新区、经开区管委会) but not over a
// 各-group (各市、县（区）人民政府 is one group). Role words never stay in a
// name. A name the grammar cannot read is returned as unreadable, for a
// warning with file and line.
import { type BodyOrigin, type BodyRole, strongerRole } from '../../../../src/schemas/body.ts';
import { beginsCityName, PROVINCES, placeNamedIn } from '../../../../src/domain/places.ts';
import { splitTopLevel } from '../text/clauses.ts';

/** A unit list as a stage found it: its text, the role it gives, and where it was written. */
export interface UnitClaim {
  text: string;
  role: BodyRole;
  origin: BodyOrigin;
  /** 各项任务的第一责任单位为牵头单位: this list's first body leads (by the document's rule). */
  firstLeads?: boolean;
  /** The source lost the 、 between some names (石嘴山供电公司市住建局). */
  lostSeparators?: boolean;
  /** A heading's 分别牵头: each body leads some of its items, which the text does not say. */
  respectively?: true;
  /** Under a 分别牵头 heading: which of its sections (by number) holds the measure, of how many. */
  section?: { index: number; of: number };
}

export interface BodyName {
  /** The body's name with implied prefixes written out and brackets balanced: 市人社局. */
  name: string;
  /** The name as the list wrote it: 人社局. */
  asWritten: string;
  role: BodyRole;
  origin: BodyOrigin;
  respectively?: true;
  inOrder?: true;
  /** The list stops after this body with 等, and these words after it say what else it holds ('' for a bare 等). */
  etc?: string;
}

export interface MeasureBodies {
  bodies: BodyName[];
  /** A list ended in 等 (…等市级相关部门): the bodies named are not all. */
  open: Record<BodyRole, boolean>;
  /** Pieces of a list that read as no body name, kept for a warning. */
  unreadable: string[];
}

/** Endings of body names: bureaus, commissions, offices, courts, companies, branches, governments, divisions. */
const BODY_END =
  /(局|委|办|厅|院|中心|公司|支行|分行|银行|政府|管委会|委员会|处|室|科|所|队|站|部|会|联|团|海关|大学|学院|窗口|集团|单位|部门|机构|馆|社|校|组|署|台|库|行|\((委|局)\)|（(委|局)）|区|县|旗|市|州|地)$/;
/** Groups: 各县区, 有关部门, 相关单位, 其他成员单位, 市级有关部门. */
const GROUP = /^(各|有关|相关|其他|其它|全体|[省市州县区]级(有关|相关|各)?|[省市州县]直|中、省)/;
/** After 等, the kind of the list rather than a body: 相关部门, 有关单位, 金融机构, 领导小组成员单位. */
const KIND_OF_LIST = /^(.{0,24}?)(部门|单位|机构|成员单位|相关方)([（(][^）)]{0,6}[）)])?$/;
/** Role words that end a unit list and are not part of a name. */
const ROLE_TAIL =
  /(按照职责分工|按职责分工|按职责|分别|共同|具体|负责组织|组织|牵头抓总|牵头负责|牵头|配合|负责|落实|实施|参与|协助|协同|推进|完成|到位|并|和|及|与|以及|、|，|,)+$/;
const ROLE_HEAD = /^(由|会同|联合|并|及|和|与|以及)+/;
/** Conjunctions that may join two bodies. */
const CONJUNCTION = /(以及|及|和|与|并)/g;
/** Level prefixes a name can share with the name before it (市 but not 市场, 市民, 市政 unless 市政府/市政务). */
const LEVEL_PREFIX = /^(自治区|省|市(?!场|政(?![务府])|民(?![政委族宗]))|州|盟|县|区(?!域))/;
/** Names that never take another's prefix: national or vertical bodies, groups, branches named by place. */
// 厅加快交通项目建设指挥部: a name that opens on its parent department's bare word (厅, 委) is that
// department's own unit, already placed; the level before it (省运输发展中心、…) is no part of it (a site review).
const OWN_NAME = /^(各|有关|相关|其他|全|国家|国网|中国|中央|人行|人民银行|驻|宁东|兰州新区|西咸新区|[厅委](?![办会员]))/;
/** A division of a department: 厅法规处, 市场监管厅登记注册局 (its parent lends itself to the next divisions). */
const PARENT_AND_DIVISION = /^(.*?(厅|委|局))([^厅委局]{1,12}?)(处|室|科|中心|所|大队|支队|局)$/;
const DIVISION_END = /(处|室|科|中心|所|大队|支队)$/;
/** A specific place before a head noun it shares: 高新区、经开区管委会. */
const PLACE_AND_HEAD = /^(.{1,10}?(开发区|新区|园区|高新区|经开区|区|县|市|旗|州))(管委会|人民政府|政府|党委|党工委)$/;
const PLACE_ONLY = /^[^、，,]{1,10}?(开发区|新区|园区|区|县|市|旗|州)$/;
/** Companies, and bodies named by a zone (高新区管委会), are no department of the level before them. */
// A district's or county's own government (兴庆区人民政府) is named by its place: no 市 before it (a review read 市兴庆区人民政府).
const NEVER_PREFIXED = /(公司|集团|海关)$|^[^、]{0,8}?(开发区|新区|园区|高新区|经开区|综保区|工业园)|^[^、各]{2,4}[区县旗](人民政府|政府)$/;
/** Bare kind words: after 等 or 和 they describe a list, they are no body. */
const KIND_WORD = /^(部门|单位|机构|有关单位|相关单位|有关部门|相关部门)$/;

const OPEN_BRACKETS = '（(〔[［';
const CLOSE_OF: Record<string, string> = { '（': '）', '(': ')', '〔': '〕', '[': ']', '［': '］' };

/** The bodies of one measure, from its unit lists in the order the extraction found them. */
export function readBodies(claims: UnitClaim[]): MeasureBodies {
  const bodies: BodyName[] = [];
  const open: Record<BodyRole, boolean> = { lead: false, responsible: false, support: false };
  const unreadable: string[] = [];
  const seen = new Map<string, BodyName>();
  for (const claim of claims) {
    const list = readBodyList(claim.lostSeparators ? restoreSeparators(claim.text) : separateDistricts(claim.text));
    if (list.open) open[claim.role] = true;
    unreadable.push(...list.unreadable);
    // 分别 (respectively): a heading that names as many bodies as it has sections gives each
    // section its own — 电力 to 石嘴山供电公司, 水气暖 to 市住建局. Else each body is marked as
    // leading some of the items, the text not saying which.
    const paired = claim.section && claim.section.of > 1 && list.names.length === claim.section.of;
    const names = paired ? [list.names[claim.section!.index]!] : list.names;
    names.forEach(({ name, asWritten, etc }, i) => {
      const role: BodyRole = claim.firstLeads && i === 0 ? 'lead' : claim.role;
      const origin = claim.firstLeads && i === 0 ? 'document-rule' : claim.origin;
      const key = fold(name);
      const known = seen.get(key);
      const pairing = {
        ...(claim.respectively && !paired && role === 'lead' ? { respectively: true as const } : {}),
        ...(paired && role === 'lead' ? { inOrder: true as const } : {}),
      };
      // A body both leads and shares a task leads; one both responsible and supporting is responsible.
      // A document rule adds no one already named.
      if (known) {
        if (strongerRole(role, known.role)) Object.assign(known, { role, origin, ...pairing });
        return;
      }
      const body: BodyName = {
        name,
        asWritten,
        role,
        origin,
        ...pairing,
        ...(etc !== undefined ? { etc } : {}),
      };
      seen.set(key, body);
      bodies.push(body);
    });
  }
  return { bodies, open, unreadable };
}

export interface BodyList {
  /** `etc`: 等 follows this name, with the words after it (相关部门); a page writes it there, not after the list's last body. */
  names: { name: string; asWritten: string; etc?: string }[];
  open: boolean;
  unreadable: string[];
}

/** One unit list → its body names. */
export function readBodyList(text: string): BodyList {
  const out: BodyList = { names: [], open: false, unreadable: [] };
  // A prefix carries across ， as well as 、 (市残联，住建局、公安局 → 市住建局): a name
  // that carries a prefix of its own sets it again.
  let context: PrefixContext | null = null;
  for (const clause of splitTopLevel(text.trim(), /[，,；;]/)) {
    const parts = joinGroups(
      distributeHeads(
        splitTopLevel(spacesAsSeparators(balance(clause)), /[、]/)
          .flatMap(splitConjunctions)
          .flatMap(splitGroups),
      ),
    );
    for (const raw of parts) {
      const { names, open, kind } = splitEtc(trimRoles(raw));
      if (open) out.open = true;
      names.forEach((asWritten, i) => {
        if (!isBodyName(asWritten)) {
          if (asWritten) out.unreadable.push(asWritten);
          return;
        }
        const read = withPrefix(asWritten, context);
        context = read.context;
        // 市发改委等相关部门，各县区: 等 closes the first part, and 各县区 is named after it (a review read 市发改委、各县区等).
        out.names.push({ name: read.name, asWritten, ...(open && i === 0 ? { etc: kind } : {}) });
      });
    }
  }
  return out;
}

/** Does this read as the name of one body (or one group)? */
function isBodyName(name: string): boolean {
  if (name.length < 2 || name.length > 40) return false;
  if (/[。；;：:！？]/.test(name) || !balanced(name)) return false;
  // 省政府办公厅〔省大数据管理局〕: a body with its other name in brackets.
  return BODY_END.test(name.replace(/[（(〔][^）)〕]{2,20}[）)〕]$/, (m) => (BODY_END.test(m.slice(1, -1)) ? '' : m))) || GROUP.test(name);
}

/** What the last name that carried a prefix lends the bare names after it. */
interface PrefixContext {
  kind: 'level' | 'parent' | 'group' | 'kind';
  prefix: string;
}

/** 各市、县（区）市场监管局 → 各市、县（区）; 各县区审批局 → 各县区. */
const GROUP_PREFIX = /^(各.*[）)〕]|各(?:[县区州旗地盟]|市(?![场政民]))+)(?=[^、]{2,}(局|委|办|中心)$)/;
/** 市直有关部门、单位 → 市直有关单位: a group of departments lends its qualifier to the bare kind after it. */
const GROUP_KIND_PREFIX = /^(.*?(?:有关|相关))(?:部门|单位|机构)$/;

/** 甘肃银保监局, 甘孜银保监分局: a name that begins with its province's or city's short name takes no level prefix. */
function namesItsPlace(name: string): boolean {
  return PROVINCES.some((p) => name.startsWith(p.name)) || beginsCityName(name.slice(0, 2));
}

/**
 * A name with the prefix its list leaves implied written out, and the prefix
 * it lends the names after it: a level (市审批局、公安局 → 市公安局), a parent
 * department over its divisions (厅法规处、公路处 → 厅公路处), or a 各-group
 * over departments (各市、县（区）市场监管局、审批服务管理局).
 */
function withPrefix(name: string, context: PrefixContext | null): { name: string; context: PrefixContext | null } {
  const level = LEVEL_PREFIX.exec(name);
  const group = GROUP_PREFIX.exec(name);
  const parent = PARENT_AND_DIVISION.exec(name);
  if (group) return { name, context: { kind: 'group', prefix: group[1]! } };
  const groupKind = GROUP_KIND_PREFIX.exec(name);
  if (groupKind) return { name, context: { kind: 'kind', prefix: groupKind[1]! } };
  if (parent && (DIVISION_END.test(name) || parent[2] === '厅')) return { name, context: { kind: 'parent', prefix: parent[1]! } };
  if (level) return { name, context: { kind: 'level', prefix: level[1]! } };
  if (!context || OWN_NAME.test(name) || NEVER_PREFIXED.test(name) || placeNamedIn(name) || namesItsPlace(name)) return { name, context };
  if (KIND_WORD.test(name)) return { name: context.kind === 'kind' ? context.prefix + name : name, context };
  const lends =
    context.kind === 'kind'
      ? false
      : context.kind === 'level'
        ? !PLACE_ONLY.test(name)
        : context.kind === 'parent'
          ? DIVISION_END.test(name) || (context.prefix.endsWith('厅') && name.endsWith('局'))
          : /(局|委|办|中心)$/.test(name);
  return { name: lends ? context.prefix + name : name, context };
}

/**
 * A space separates two names (a table cell 市审批局 市网信局) or is extraction
 * damage inside one (国 资委): it separates only where a whole name stands
 * before it and a name begins after it.
 */
function spacesAsSeparators(text: string): string {
  return text.replace(/\s+/g, (space, offset: number, whole: string) => {
    const before =
      whole
        .slice(0, offset)
        .split(/[、，,\s]/)
        .at(-1) ?? '';
    return isBodyName(trimRoles(before)) && startsBody(whole.slice(offset + space.length)) ? '、' : '';
  });
}

/** 各地各有关部门 → 各地, 各有关部门: two groups run together. */
function splitGroups(part: string): string[] {
  return part.split(/(?<=^各[^各、]{1,6}?)(?=各)/);
}

/** 市中院牵头并 → 市中院; 由市审批局 → 市审批局. */
function trimRoles(text: string): string {
  let out = text.trim().replace(ROLE_HEAD, '');
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(ROLE_TAIL, '');
  }
  return out.trim();
}

/** X等Y: X's names, and whether the list is open; Y when it is a body rather than the list's kind, else the kind ('' for none). */
function splitEtc(text: string): { names: string[]; open: boolean; kind: string } {
  const at = text.indexOf('等');
  if (at < 0) return { names: [text], open: false, kind: '' };
  const before = text.slice(0, at);
  const after = text.slice(at + 1).replace(/^等/, '');
  // 等 opens the list only after a body; what follows it is the list's kind, or one more body.
  if (!isBodyName(before)) return { names: [text], open: false, kind: '' };
  if (!after || KIND_OF_LIST.test(after)) return { names: [before], open: true, kind: after };
  return { names: [before, after], open: true, kind: '' };
}

/** 省水利厅和各市州政府 → two; 住房和城乡建设局 → one (住房 is no body). */
function splitConjunctions(part: string): string[] {
  const pieces: string[] = [];
  let rest = part;
  for (;;) {
    let cut = -1;
    let width = 0;
    for (const m of rest.matchAll(CONJUNCTION)) {
      const left = trimRoles(rest.slice(0, m.index));
      const right = rest.slice(m.index + m[0].length);
      const nextWord = trimRoles(right.split(/以及|及|和|与|并|、/)[0] ?? '');
      if (depthBefore(rest, m.index) === 0 && isBodyName(left.replace(/等.*$/, '')) && !KIND_WORD.test(nextWord) && startsBody(right)) {
        cut = m.index;
        width = m[0].length;
        break;
      }
    }
    if (cut < 0) break;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut + width);
  }
  pieces.push(rest);
  return pieces.map((p) => p.trim()).filter(Boolean);
}

/** The right side of a conjunction begins a body: a place, a group, or a name that ends as a body. */
function startsBody(text: string): boolean {
  const head = trimRoles(text.split(/[、，,]/)[0] ?? '').replace(/等.*$/, '');
  return isBodyName(head) || GROUP.test(head);
}

/** 高新区、经开区管委会 → 高新区管委会, 经开区管委会; 各市、县（区）人民政府 stays one group. */
function distributeHeads(parts: string[]): string[] {
  const out = [...parts];
  for (let i = out.length - 2; i >= 0; i--) {
    const next = PLACE_AND_HEAD.exec(out[i + 1]!);
    if (next && PLACE_ONLY.test(out[i]!) && !GROUP.test(out[i]!)) out[i] = `${out[i]}${next[3]}`;
  }
  return out;
}

/** 各市、县（区）市场监管局 is one group: a 各-place before 、 belongs to the name after it. */
function joinGroups(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    // 各市 + 县（区）市场监管局, 县 + 区政府, 中 + 省驻平有关单位: levels listed before one shared name.
    if (last && /^各[市县区州旗盟]{1,3}$/.test(last) && /^[市县区州旗](?:[（(〔][^）)〕]*[）)〕]|[市县区州旗])/.test(part))
      out[out.length - 1] = `${last}、${part}`;
    else if (last && /^[中省市州县区乡]$/.test(last)) out[out.length - 1] = `${last}、${part}`;
    else out.push(part);
  }
  return out;
}

/** Closes what a clause left open at its end (各市(州)交通运输局(委) and drops what it closed that it never opened. */
function balance(text: string): string {
  let out = text.trim().replace(/[。；;，,、\s]+$/, '');
  const stack: string[] = [];
  let kept = '';
  for (const ch of out) {
    if (OPEN_BRACKETS.includes(ch)) stack.push(ch);
    else if (/[）)〕\]］]/.test(ch)) {
      if (!stack.length) continue;
      stack.pop();
    }
    kept += ch;
  }
  out = kept;
  while (stack.length) out += CLOSE_OF[stack.pop()!];
  return out;
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (OPEN_BRACKETS.includes(ch)) depth++;
    else if (/[）)〕\]］]/.test(ch) && --depth < 0) return false;
  }
  return depth === 0;
}

function depthBefore(text: string, offset: number): number {
  let depth = 0;
  for (const ch of text.slice(0, offset)) {
    if (OPEN_BRACKETS.includes(ch)) depth++;
    else if (/[）)〕\]］]/.test(ch) && depth > 0) depth--;
  }
  return depth;
}

/** Brackets folded and spaces dropped: how two spellings of one name compare. */
export function fold(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/[（〔［[]/g, '(')
    .replace(/[）〕］\]]/g, ')');
}

/** Name endings after which a lost 、 is restored when another full name follows. */
const RUN_TOGETHER = /(?<!总)(局|委|公司|海关|法院|支行|分局)(?=((?!局|委)[\u4e00-\u9fa5]){1,10}(局|委|公司|中心|海关|法院|支行|办)(?![\u4e00-\u9fa5]))/g;

/**
 * 自然资源局兴庆区、金凤区、西夏区人民政府 → 自然资源局、兴庆区…: a body's name run into the first
 * district of a list that follows it. Only before a 、: 自然资源局兴庆区分局 is one body.
 */
export function separateDistricts(text: string): string {
  return text.replace(/(局|委|办|中心|公司)(?=[\u4e00-\u9fa5]{1,4}[区县]、)/g, '$1、');
}

/** 石嘴山供电公司市住建局 → 石嘴山供电公司、市住建局 (only where a source lost its 、). */
export function restoreSeparators(text: string): string {
  return text.replace(RUN_TOGETHER, (suffix, _s, _x, _y, offset: number, whole: string) =>
    /(市|区|县|省|党)$/.test(whole.slice(Math.max(0, offset - 1), offset)) && suffix === '委' ? suffix : `${suffix}、`,
  );
}
