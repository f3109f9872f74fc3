// Lead and responsible units of a measure. Read, in order of
// precedence, from the item's own clauses, its table columns, its enclosing
// headings, and the document's standing rules. Lists are kept as written
// (split on 、，, and spaces) and also expanded where a shared prefix was
// left out: 市市场监管局、人社局、税务局 → 市人社局, 市税务局.
import type { UnitOrigin } from '../../../../src/schemas/measure.ts';
import { placeNamedIn } from '../../../../src/domain/places.ts';
import type { DocumentRules, MeasureDraft } from '../model.ts';
import { CONTACT, FIELD_LABEL, findClauses, splitTopLevel } from '../text/clauses.ts';

export interface UnitResult {
  leadUnits: string[];
  responsibleUnits: string[];
  leadUnitsNormalized: string[];
  responsibleUnitsNormalized: string[];
  unitOrigin: { lead: UnitOrigin; responsible: UnitOrigin };
}

/** Parts of a plan about carrying it out, where a rule for “the tasks below” does not reach. */
const SAFEGUARDS = /保障措施|组织保障|保障机制|工作要求|组织实施|实施步骤|工作保障/;

/** Verbs that close a clause and say the role of the units before them. */
const LEAD_VERB = /(按职责分别牵头|按职责牵头|分别牵头|共同牵头|牵头负责|牵头抓总|牵头)$/;
const OTHER_VERB =
  /(按照职责分工负责|按职责分工负责|按照职责分工落实|按职责分工落实|按职责负责|配合组织落实|负责组织落实|负责组织实施|组织落实|负责落实|具体落实|分工负责|负责实施|负责|配合|落实|参与|协助|协同)$/;
/** Separators of unit lists, as the issue of record defines them. */
const LIST_SEPARATOR = /[、，,；;\s]/;
const CLAUSE_SEPARATOR = /[，,；;]/;

export function extractUnits(measure: MeasureDraft, rules: DocumentRules): UnitResult {
  let lead = EMPTY;
  let responsible = EMPTY;
  let leadOrigin: UnitOrigin = 'none';
  let responsibleOrigin: UnitOrigin = 'none';
  const lost = rules.lostSeparators ?? false;

  const item = unitsInText(measure.text, lost);
  if (item.lead.raw.length) [lead, leadOrigin] = [item.lead, 'item'];
  if (item.responsible.raw.length) [responsible, responsibleOrigin] = [item.responsible, 'item'];

  if (!lead.raw.length && measure.fields.lead) [lead, leadOrigin] = [unitList(measure.fields.lead, lost), 'column'];
  if (!responsible.raw.length && measure.fields.responsible) {
    [responsible, responsibleOrigin] = [unitList(measure.fields.responsible, lost), 'column'];
  }

  if (!lead.raw.length) {
    for (const heading of measure.headingUnits) {
      const found = unitsInText(heading.text, lost);
      if (found.lead.raw.length) {
        [lead, leadOrigin] = [found.lead, 'heading'];
        if (!responsible.raw.length && found.responsible.raw.length) [responsible, responsibleOrigin] = [found.responsible, 'heading'];
        break;
      }
    }
  }

  if (!lead.raw.length && responsible.raw.length && rules.firstUnitLeads) {
    lead = { raw: responsible.raw.slice(0, 1), normalized: responsible.normalized.slice(0, 1) };
    responsible = { raw: responsible.raw.slice(1), normalized: responsible.normalized.slice(1) };
    leadOrigin = 'document-rule';
    if (!responsible.raw.length) responsibleOrigin = 'none';
  }
  for (const standing of rules.standingUnits) {
    // A standing rule covers the tasks after it, not the plan's safeguards.
    if (measure.span.line < standing.fromLine || SAFEGUARDS.test(measure.path[0] ?? '')) continue;
    const before = responsible.raw.length;
    responsible = merge(responsible, unitList(standing.units), lead);
    if (!before && responsible.raw.length) responsibleOrigin = 'document-rule';
  }

  return {
    leadUnits: lead.raw,
    responsibleUnits: responsible.raw,
    leadUnitsNormalized: lead.normalized,
    responsibleUnitsNormalized: responsible.normalized,
    unitOrigin: { lead: leadOrigin, responsible: responsibleOrigin },
  };
}

/** A list of units as written and with shared prefixes expanded. */
export interface UnitList {
  raw: string[];
  normalized: string[];
}

const EMPTY: UnitList = { raw: [], normalized: [] };

function merge(a: UnitList, b: UnitList, exclude: UnitList = EMPTY): UnitList {
  return {
    raw: unique([...a.raw, ...b.raw]).filter((u) => !exclude.raw.includes(u)),
    normalized: unique([...a.normalized, ...b.normalized]).filter((u) => !exclude.normalized.includes(u)),
  };
}

export function unitList(text: string, lostSeparators = false): UnitList {
  const repaired = lostSeparators ? restoreSeparators(text) : text;
  return { raw: splitUnits(repaired), normalized: expandUnits(repaired) };
}

/** Name endings after which a lost 、 is restored when another full name follows. */
const RUN_TOGETHER = /(?<!总)(局|委|公司|海关|法院|支行|分局)(?=((?!局|委)[\u4e00-\u9fa5]){1,10}(局|委|公司|中心|海关|法院|支行|办)(?![\u4e00-\u9fa5]))/g;

/** 石嘴山供电公司市住建局 → 石嘴山供电公司、市住建局 (only where a source lost its 、). */
export function restoreSeparators(text: string): string {
  return text.replace(RUN_TOGETHER, (suffix, _s, _x, _y, offset: number, whole: string) =>
    /(市|区|县|省|党)$/.test(whole.slice(Math.max(0, offset - 1), offset)) && suffix === '委' ? suffix : `${suffix}、`,
  );
}

/** A clause part that is a deadline, not a unit: 6 月底前完成, 长期坚持. */
export const DEADLINE_PART =
  /^((\d{4}\s*年)?\s*(\d{1,2}\s*月|年)\s*(底|末)?\s*(前|以前)?|上半年|下半年|[一二三四]季度|长期坚持|长期|持续推进|持续)\s*(完成|落实到位|到位)?$/;
/** Sentences inside a clause that state a rule for other tasks, not units of this one. */
const RULE_SENTENCE = /以下.*均需|不再一一列出|括号中为|下同/;

type Clauses = { lead: UnitList; responsible: UnitList; deadlines: string[] };

/** The units and deadline stages both read a measure's clauses: parse each text once. */
const clauseCache = new Map<string, Clauses>();

/** Units and deadline phrases named by the clauses of one text. */
export function unitsInText(text: string, lostSeparators = false): Clauses {
  const key = `${lostSeparators ? 1 : 0}${text}`;
  const cached = clauseCache.get(key);
  if (cached) return cached;
  if (clauseCache.size > 5000) clauseCache.clear();
  const value = readClauses(text, lostSeparators);
  clauseCache.set(key, value);
  return value;
}

function readClauses(text: string, lostSeparators: boolean): Clauses {
  let lead = EMPTY;
  let responsible = EMPTY;
  const deadlines: string[] = [];
  for (const found of findClauses(text)) {
    // A clause broken across paragraphs (市发 / 展改革委) is one text again; rule
    // sentences inside it (以下均需…不再一一列出) speak of other tasks.
    const content = found.content
      .replace(/\n/g, '')
      .split('。')
      .filter((sentence) => !RULE_SENTENCE.test(sentence))
      .join('。');
    const clause = { ...found, content };
    const contact = CONTACT.exec(clause.content);
    if (contact) {
      lead = merge(lead, unitList(contact[1], lostSeparators));
      continue;
    }
    let free = clause.content;
    const labelAt = clause.content.search(new RegExp(FIELD_LABEL.source));
    if (labelAt >= 0) {
      for (const [label, value] of labelledFields(clause.content)) {
        if (label.startsWith('牵头')) lead = merge(lead, unitList(stripVerb(value), lostSeparators));
        else if (label === '完成时限') deadlines.push(value);
        else responsible = merge(responsible, unitList(stripVerb(value), lostSeparators));
      }
      // （登记指导处负责，完成时限：2023 年底前）: units may precede the labels.
      free = clause.content.slice(0, labelAt);
    }
    // 市审批局牵头，各有关部门，各县〈市〉区人民政府配合: clauses without a verb
    // take the role of the next verb.
    let pending: string[] = [];
    const take = () => unitList(pending.map(stripVerb).join('，'), lostSeparators);
    const sentences = free.split('。').filter((s) => s.trim() && !RULE_SENTENCE.test(s));
    for (const part of sentences.flatMap((s) => splitTopLevel(s, CLAUSE_SEPARATOR))) {
      if (DEADLINE_PART.test(part.trim())) {
        deadlines.push(part.trim());
        continue;
      }
      pending.push(part);
      if (LEAD_VERB.test(part)) {
        lead = merge(lead, take());
        pending = [];
      } else if (OTHER_VERB.test(part)) {
        responsible = merge(responsible, take());
        pending = [];
      }
    }
    if (pending.length && (lead.raw.length || responsible.raw.length)) responsible = merge(responsible, take());
  }
  return { lead, responsible: merge(EMPTY, responsible, lead), deadlines };
}

/** [label, value] pairs of 牵头单位：… 责任单位：… 完成时限：… */
export function labelledFields(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  const re = new RegExp(FIELD_LABEL.source, 'g');
  const matches = [...text.matchAll(re)];
  matches.forEach((m, i) => {
    const end = i + 1 < matches.length ? matches[i + 1].index : text.length;
    const value = text.slice(m.index + m[0].length, end).replace(/^[\s]+|[\s；;，,。）)]+$/g, '');
    pairs.push([m[1], value]);
  });
  return pairs;
}

function stripVerb(text: string): string {
  return text.replace(LEAD_VERB, '').replace(OTHER_VERB, '').trim();
}

/** Unit names as written: split on 、，, and spaces, never inside brackets. */
export function splitUnits(text: string): string[] {
  return unique(
    splitTopLevel(trimUnbalanced(text), LIST_SEPARATOR)
      .map((u) => u.replace(/^(由|及|和)/, '').trim())
      .filter((u) => u.length >= 2 && !/^(等|等单位|等部门)$/.test(u)),
  );
}

/** Level prefixes a department name can share with the name before it. */
const PREFIX = /^(自治区|省|市(?!场)|州|盟|县|区(?!域))/;
/** Districts and counties are places of their own: 金凤区, 各县区. */
const PLACE_NAME = /(区|县|旗|区人民政府|县人民政府)$/;
/** Names that never take a prefix: collective or national bodies. */
const NO_PREFIX = /^(各|有关|相关|其他|全|国家|国网|中国|中央|人行|人民银行|驻|\S*?(?:[县区省州]|市(?!场))\S*(局|委|办|中心|公司|政府|支行))/;

/**
 * Expands names that left out the prefix their 、-list shares
 * (市发改委、教育局 → 市教育局) and splits “市住建局等市级相关部门及各区县”
 * into its bodies. A ，starts a new list: its first name sets the prefix again.
 */
export function expandUnits(text: string): string[] {
  const out: string[] = [];
  for (const group of splitTopLevel(text, CLAUSE_SEPARATOR)) {
    let prefix = '';
    for (const unit of splitUnits(group)) {
      // 等 and 及 join bodies; 和 only before a place (省水利厅和各市州政府), never
      // inside a name (住房和城乡建设局).
      for (const part of unit
        .split(/等(?=.{2,})|及(?=.{2,})|和(?=[各省市县区])/)
        .map((p) => p.trim().replace(/等$/, ''))
        .filter((p) => p.length >= 2)) {
        const own = PREFIX.exec(part);
        if (own) {
          prefix = own[1];
          out.push(part);
        } else if (prefix && !NO_PREFIX.test(part) && !PLACE_NAME.test(part) && !placeNamedIn(part)) out.push(prefix + part);
        else out.push(part);
      }
    }
  }
  return unique(out);
}

/** Drops sentence punctuation and brackets left open or closed by the clause around a list. */
function trimUnbalanced(text: string): string {
  let out = text.trim().replace(/[。；;，,、\s]+$/, '');
  const opens = (s: string) => (s.match(/[（(〔[]/g) ?? []).length;
  const closes = (s: string) => (s.match(/[）)〕\]]/g) ?? []).length;
  while (/[）)〕\]]$/.test(out) && closes(out) > opens(out)) out = out.slice(0, -1).trim();
  while (/^[（(〔[]/.test(out) && opens(out) > closes(out)) out = out.slice(1).trim();
  return out;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
