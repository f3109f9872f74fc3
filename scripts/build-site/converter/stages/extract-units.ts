// Where a measure says who leads it and who shares it, in order of
// precedence: the item's own clauses, its table columns, its enclosing
// headings, and the document's standing rules. This stage finds the unit
// lists and the role each gives; read-bodies.ts reads the names in them.
import type { DocumentRules, MeasureDraft } from '../model.ts';
import { CONTACT, FIELD_LABEL, findClauses, NO_UNIT, splitTopLevel } from '../text/clauses.ts';
import type { UnitClaim } from './read-bodies.ts';
import { BODY_ROLES, type BodyRole } from '../../../../src/schemas/body.ts';

/** Parts of a plan about carrying it out, where a rule for “the tasks below” does not reach. */
const SAFEGUARDS = /保障措施|组织保障|保障机制|工作要求|组织实施|实施步骤|工作保障/;

/** Verbs that close a clause and say the role of the units before them. */
const LEAD_VERB = /(按职责分别牵头|按职责牵头|分别牵头|共同牵头|牵头并按照?职责分工(负责|落实)|牵头并负责|牵头负责|牵头抓总|牵头)$/;
const RESPONSIBLE_VERB =
  /(按照职责分工负责|按职责分工负责|按照职责分工落实|按职责分工落实|按职责负责|负责组织落实|负责组织实施|组织落实|负责落实|具体落实|分工负责|负责实施|负责|落实)$/;
/** Verbs of a supporting role (配合单位): 市委统战部、市工商联配合, 各成员单位配合落实. */
const SUPPORT_VERB = /(配合|参与|协助|协同)(组织)?(落实|实施|推进)?$/;
const CLAUSE_SEPARATOR = /[，,；;]/;

export function extractUnits(measure: MeasureDraft, rules: DocumentRules): UnitClaim[] {
  const lost = rules.lostSeparators ?? false;
  const claim = (text: string, role: UnitClaim['role'], origin: UnitClaim['origin']): UnitClaim => ({
    text,
    role,
    origin,
    ...(lost ? { lostSeparators: true } : {}),
  });
  const claims: UnitClaim[] = [];
  const fromClauses = (found: RoleLists, origin: UnitClaim['origin']) => BODY_ROLES.flatMap((role) => found[role].map((t) => claim(t, role, origin)));
  claims.push(...fromClauses(unitsInText(measure.text), 'item'));
  const has = (role: UnitClaim['role']) => claims.some((c) => c.role === role);
  // Only an item whose brackets name no one: where they do (中卫 由市政府牵头，会同市法院出台… (责任单位:市政府办公室…)),
  // they assign the task, and the sentence tells who acts in one step of it.
  if (!claims.length) claims.push(...fromClauses(unitsInSentence(measure.text), 'sentence'));

  for (const role of BODY_ROLES) {
    const column = measure.fields[role];
    if (!has(role) && column && !NO_UNIT.test(column)) claims.push(claim(column, role, 'column'));
  }

  if (!has('lead')) {
    for (const heading of measure.headingUnits) {
      const found = unitsInText(heading.text);
      const lead = found.lead.length ? found.lead : headingLead(heading.text);
      if (!lead.length) continue;
      // （石嘴山供电公司、市住建局分别牵头）: each leads some of the items below; read-bodies.ts
      // pairs them with the heading's sections in order where they are as many.
      const respectively = /分别牵头/.test(heading.text);
      const pairing = respectively ? { respectively: true as const, ...(heading.section ? { section: heading.section } : {}) } : {};
      claims.push(...lead.map((t) => ({ ...claim(t, 'lead', 'heading'), ...pairing })));
      if (!has('responsible') && !has('support')) claims.push(...fromClauses({ ...found, lead: [] }, 'heading'));
      break;
    }
  }

  // 各项任务的第一责任单位为牵头单位: the first body of the first responsible list leads.
  if (!has('lead') && rules.firstUnitLeads) {
    const first = claims.find((c) => c.role === 'responsible');
    if (first) first.firstLeads = true;
  }
  for (const standing of rules.standingUnits) {
    // A standing rule covers the tasks after it, not the plan's safeguards, unless their items number on from the
    // tasks': 甘肃 02e0c8's 以下各项 reaches （十四）–（十六） under 四、切实强化工作保障 (a review found them left out).
    if (measure.span.line < standing.fromLine || (SAFEGUARDS.test(measure.path[0] ?? '') && !rules.itemsNumberOn)) continue;
    claims.push(claim(standing.units, 'responsible', 'document-rule'));
  }
  return claims;
}

/**
 * Do the items number on from one part to the next (（十三） ends 三、, （十四） opens 四、), rather than afresh
 * in each? Only where there are two parts or more, each holding numbered items.
 */
export function itemsNumberOn(drafts: Pick<MeasureDraft, 'numbers'>[]): boolean {
  const parts = new Map<string, number[]>();
  for (const d of drafts) {
    if (d.numbers.length !== 2) continue;
    parts.set(d.numbers[0]!, [...(parts.get(d.numbers[0]!) ?? []), Number(d.numbers[1])]);
  }
  const items = [...parts.values()];
  return items.length > 1 && items.every((part, i) => i === 0 || part[0] === items[i - 1]!.at(-1)! + 1);
}

/**
 * A heading whose lead clause lost its brackets, or its opening one, in extraction:
 * （十）健全市场监管体系市市场监管局牵头, 七、便利企业融资市金融局牵头) — the units run from the last level
 * prefix before 牵头 (市, not the 市 of 市场) to the verb.
 */
function headingLead(text: string): string[] {
  // The heading's own marker (十三、) is no list separator.
  const line = text
    .split('\n')[0]!
    .split('。')[0]!
    .replace(/^[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*/, '')
    // 七、便利企业融资市金融局牵头): extraction may drop the opening bracket and keep the closing one.
    .replace(/(牵头)[)）]\s*$/, '$1');
  const verb = /(分别牵头|共同牵头|牵头)$/.exec(line);
  if (!verb) return [];
  const [first = '', ...rest] = line.slice(0, verb.index).split('、');
  // The earliest level prefix whose name runs to the end within a name's length.
  const start = [...first.matchAll(/自治区|省|市(?![场政民])|州/g)].find((m) => first.length - m.index <= 14)?.index;
  return start === undefined ? [] : [[first.slice(start), ...rest].join('、')];
}

/** A clause of the item's own sentences that names who leads: 由市政务公开办牵头, 自治区全面依法治疆委员会办公室牵头. */
const SENTENCE_LEAD = /^由?(.{2,40}?)牵头$/;
/** The clause after it that names who shares: 市委网信办、市融媒体中心配合. */
const SENTENCE_SHARE = /^(.{2,40}?)(配合|参与|协助|协同)$/;
/** A sentence opening on who leads its step: 人事与老干部处牵头研究制定…, 科技和财务处牵头，争取… */
const SENTENCE_OPENING_LEAD = /^(?:[一二三四五六七八九十]+是)?([^，,、：:（(]{2,24}(?:、[^，,、：:（(]{2,24})*)牵头(?!单位|部门|作用|职责|的)/;
/** A department's division (处, 室, 科): a body only where its sentence opens on it, not on a verb (要发挥人事处牵头作用). */
const DIVISION = /^(?!要|应|须|需|由|发挥|加强|强化|做好|落实|推动)[^各有相其]{2,12}(处|室|科)$/;
/** What every name of such a clause must end in to be read as a body: 由各地牵头 or 行业协会商会牵头 names none. */
const NAMES_A_BODY = /(局|委|办|厅|院|中心|公司|政府|管委会|委员会|办公室|部门|单位|海关|银行|机关)$/;

/**
 * Units an item names in its own sentences rather than in a bracketed clause (平凉 由市政务公开办牵头，市委网信办、
 * 市融媒体中心配合，…): read only where the brackets name no lead. The first reading that finds any decides.
 */
export function unitsInSentence(text: string): RoleLists {
  const joined = text.replace(/\s+/g, '');
  return leadClause(joined) ?? leadingDivisions(joined) ?? { lead: [], responsible: dutySubjects(joined), support: [] };
}

/** A clause that is nothing but names and 牵头, and the clause after it if it names who shares. */
function leadClause(joined: string): RoleLists | undefined {
  const clauses = joined.split(/[，,；;。：:]/);
  const bodies = (names: string) => splitTopLevel(names, /、/).every((n) => NAMES_A_BODY.test(n));
  for (let i = 0; i < clauses.length; i++) {
    const lead = SENTENCE_LEAD.exec(clauses[i]!);
    if (!lead || !bodies(lead[1]!)) continue;
    const share = SENTENCE_SHARE.exec(clauses[i + 1] ?? '');
    return { lead: [lead[1]!], responsible: [], support: share && bodies(share[1]!) ? [share[1]!] : [] };
  }
  return undefined;
}

/**
 * A department's own plan names its divisions as the subjects of its steps (宁夏市场监管厅: 二是制定实施方案。
 * 人事与\n老干部处牵头研究制定…; 三是积极争取支持。科技和财务处\n牵头，争取…): each sentence that opens on
 * names and 牵头 gives a lead (a site review found the plan with no body at all).
 */
function leadingDivisions(joined: string): RoleLists | undefined {
  const divisions = (names: string) => splitTopLevel(names, /、/).every((n) => NAMES_A_BODY.test(n) || DIVISION.test(n));
  const openings = joined
    .split(/[。；;]/)
    .flatMap((sentence) => SENTENCE_OPENING_LEAD.exec(sentence)?.[1] ?? [])
    .filter(divisions);
  return openings.length ? { lead: [...new Set(openings)], responsible: [], support: [] } : undefined;
}

/**
 * A safeguard written as who must do what (银川 （四）强化督导考核。市委督查室、市政府督查室要主动出击…。市纪委监委要对…
 * 启动问责程序。市营商办要建立…机制): each clause that opens on named bodies and 要/负责, or on one body and its
 * step's verb, gives a body responsible for its step, none leading the whole (a review found the item with none).
 * Groups (各地各部门要…) are the plan's exhortation, not an assignment. The bodies guide reads role clauses only, so
 * one tuning record (宁夏 002:4808) was read with no body; the labels README says so.
 */
function dutySubjects(joined: string): string[] {
  const named = (names: string) =>
    splitTopLevel(names, /、/).every((n) => {
      // 省政府办公厅（省政务大数据局）: the name before its alias says what it is.
      const name = n.replace(/（[^）]*）$/, '');
      return ONE_BODY.test(n) && !GENERIC_BODY.test(name) && (NAMES_A_BODY.test(name) || DIVISION.test(name));
    });
  const duties = joined
    .split(/[。；;，,]/)
    .flatMap((clause) => (SENTENCE_OPENING_DUTY.exec(clause) ?? BODY_THEN_VERB.exec(clause))?.[1] ?? [])
    .filter(named)
    .map((names) => names.replace(/（[^）]*）/g, ''));
  return [...new Set(duties)];
}

/** A sentence opening on who must do its step: 市委督查室、市政府督查室要主动出击, 市营商办负责建立… */
const SENTENCE_OPENING_DUTY =
  /^(?:[一二三四五六七八九十]+是)?([^，,、：:（(要]{2,16}(?:（[^）]{2,12}）)?(?:、[^，,、：:（(要]{2,16}(?:（[^）]{2,12}）)?)*)(?:要|负责)(?!求)/;
/**
 * A clause opening on one named body and the verb of its step, with no 要 between (宁夏 市场监管所 plan:
 * 自治区市场监管厅加强对事权划分的统筹指导; 自治区市场监管厅结合实际研究制定…; a review found the 厅 with one task of seven).
 * The name ends on a body's head noun, the verb is one a step opens on.
 */
const BODY_THEN_VERB =
  /^((?:市|省|自治区|州|县)[^，,、：:（(]{1,12}?(?:厅|局|委|办|室))(?=加强|研究|制定|制订|结合|按照|统筹|组织|会同|指导|建立|推进|开展|审核|抽查|验收|成立|做好|落实|牵头组织)/;
/**
 * One body of one level, named (市委督查室, 自治区市场监管厅, 省营商办): not a group (各地各部门, 县级以上人民政府,
 * 市县两级政府, 自治区各部门) nor a role any body may hold (起草单位, 行业主管部门, 各指标牵头部门).
 */
const ONE_BODY = /^(市|省|自治区|州|县)(?!级|县|直|、)[^各有相级等两及和]{1,14}(（[^）各有相级等两及和]{2,12}）)?$/;
const GENERIC_BODY = /(部门|单位|牵头|主管)$/;

/** A clause part that is a deadline, not a unit: 6 月底前完成, 长期坚持. */
const DEADLINE_PART =
  /^((\d{4}\s*年)?\s*(\d{1,2}\s*月|年)\s*(底|末)?\s*(前|以前)?|上半年|下半年|[一二三四]季度|长期坚持|长期|持续推进|持续)\s*(完成|落实到位|到位)?$/;
/** Sentences inside a clause that state a rule for other tasks, not units of this one. */
const RULE_SENTENCE = /以下.*均需|不再一一列出|括号中为|下同/;

/** Unit lists, as written, by the role their clause gives them. */
type RoleLists = Record<BodyRole, string[]>;

interface Clauses extends RoleLists {
  deadlines: string[];
}

/** The units and deadline stages both read a measure's clauses: parse each text once. */
const clauseCache = new Map<string, Clauses>();

/** Unit lists and deadline phrases named by the clauses of one text. */
export function unitsInText(text: string): Clauses {
  const cached = clauseCache.get(text);
  if (cached) return cached;
  if (clauseCache.size > 5000) clauseCache.clear();
  const value = readClauses(text);
  clauseCache.set(text, value);
  return value;
}

function readClauses(text: string): Clauses {
  const out: Clauses = { lead: [], responsible: [], support: [], deadlines: [] };
  for (const found of findClauses(text)) {
    // A clause broken across paragraphs (市发 / 展改革委) is one text again; rule
    // sentences inside it (以下均需…不再一一列出) speak of other tasks.
    const content = found.content
      .replace(/\n/g, '')
      .split('。')
      .filter((sentence) => !RULE_SENTENCE.test(sentence))
      .join('。');
    const contact = CONTACT.exec(content);
    if (contact) {
      out.lead.push(contact[1]!);
      continue;
    }
    let free = content;
    const labelAt = content.search(new RegExp(FIELD_LABEL.source));
    if (labelAt >= 0) {
      for (const [label, value] of labelledFields(content)) {
        if (label.startsWith('牵头')) out.lead.push(stripVerb(value));
        else if (label === '完成时限') out.deadlines.push(value);
        else if (label.startsWith('配合')) out.support.push(stripVerb(value));
        else out.responsible.push(stripVerb(value));
      }
      // （登记指导处负责，完成时限：2023 年底前）: units may precede the labels.
      free = content.slice(0, labelAt);
    }
    // 市审批局牵头，各有关部门，各县〈市〉区人民政府配合: clauses without a verb
    // take the role of the next verb.
    let pending: string[] = [];
    const sentences = free.split('。').filter((s) => s.trim() && !RULE_SENTENCE.test(s));
    for (const part of sentences.flatMap((s) => splitTopLevel(s, CLAUSE_SEPARATOR))) {
      if (DEADLINE_PART.test(part.trim())) {
        out.deadlines.push(part.trim());
        continue;
      }
      pending.push(part);
      if (LEAD_VERB.test(part)) {
        out.lead.push(pending.map(stripVerb).join('，'));
        pending = [];
      } else if (RESPONSIBLE_VERB.test(part) || SUPPORT_VERB.test(part)) {
        out[SUPPORT_VERB.test(part) ? 'support' : 'responsible'].push(pending.map(stripVerb).join('，'));
        pending = [];
      }
    }
    if (pending.length && BODY_ROLES.some((role) => out[role].length)) out.responsible.push(pending.map(stripVerb).join('，'));
  }
  for (const role of BODY_ROLES) out[role] = out[role].filter((t) => t.trim());
  return out;
}

/** [label, value] pairs of 牵头单位：… 责任单位：… 完成时限：… */
function labelledFields(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  const re = new RegExp(FIELD_LABEL.source, 'g');
  const matches = [...text.matchAll(re)];
  matches.forEach((m, i) => {
    const end = i + 1 < matches.length ? matches[i + 1]!.index : text.length;
    const value = text.slice(m.index + m[0].length, end).replace(/^[\s]+|[\s；;，,。）)]+$/g, '');
    pairs.push([m[1]!, value]);
  });
  return pairs;
}

function stripVerb(text: string): string {
  return text.replace(LEAD_VERB, '').replace(SUPPORT_VERB, '').replace(RESPONSIBLE_VERB, '').trim();
}
