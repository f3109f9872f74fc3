// Comparable quantities: the targets of a theme grouped so that one table (and
// one chart) holds one quantity — the same metric, qualifier, unit and kind,
// or, for a target no metric covers, the same subject as written. A chart of
// unlike things is worse than no chart, so whatever is unsure is listed only.
import { createHash } from 'node:crypto';
import type { Direction, Metric } from '../schemas/analysis.ts';
import { COMPARATOR_LABEL } from '../schemas/labels.ts';
import type { Measure, Target } from '../schemas/measure.ts';
import { NONE_RESTATED, targetsOnce, type Place, type Restated } from './compare.ts';
import { CHANGE_VERB, metricName, onePerPromise, ownTargets, quantityKey, targetTheme, targetYears } from './target-key.ts';
import { placeLabel } from './titles.ts';

/** A stable id for a quantity's chart: its metric id where it has one, and a hash of its key. */
export function quantitySlug(table: Pick<QuantityTable, 'key' | 'metric'>): string {
  return `${table.metric?.id ?? 'q'}-${createHash('sha1').update(table.key).digest('hex').slice(0, 6)}`;
}

export interface MetricRow {
  place: string;
  placeName: string;
  value: number;
  unit: string;
  /** The two ends of a range as written (3至5个); `value` is the end the plan commits to. */
  range?: [number, number];
  /** A level, or an amount of change (its cell says its verb: 缩短 30 天). */
  kind: Target['kind'];
  text: string;
  /** The target's clause as the source words it, up to the end of the target (银税互动等企业信用贷款余额增长不低于130亿元). */
  clause?: string;
  /** What the number is of, as the clause words it (首次登记、转移登记等一般登记及在建建筑物抵押登记). */
  subject?: string;
  measureId: string;
  href: string;
  year?: number;
  /** The year of the measure's deadline, when the target names no year of its own: a 2020 plan's promise is not a 2023 one's. */
  dueYear?: number;
  /** The year its document was issued, when neither the target nor its measure's deadline names one. */
  issuedYear?: number;
  /** The place's headline value is the most ambitious of the table (ties all count). */
  best: boolean;
}

/** One quantity across places. */
export interface QuantityTable {
  key: string;
  /** 不动产登记时间（抵押登记）, or the subject as written. */
  name: string;
  /** The metric of content/metrics.json, or null when places are compared by identical wording. */
  metric: Metric | null;
  qualifier: string;
  unit: string;
  kind: Target['kind'];
  /** Which way is more ambitious; null when the targets do not say, and then nothing is ranked. */
  direction: Direction | null;
  /**
   * A count or a sum of money (新增贷款400亿元, 培育上市企业12家): it grows with
   * a place's size and level, so places are listed side by side, never ranked; and so is a
   * stock a place holds (Metric.stock: 每万人发明专利拥有量), which is mostly its base.
   */
  amount: boolean;
  /** Every distinct target, places in order. */
  rows: MetricRow[];
  /** How many places state it. */
  places: number;
  /** Levels places say they already stand at on this quantity (Measure.statedLevels): shown beside it, never ranked. */
  statedLevels: StatedLevelRow[];
}

/** A level a place states as reached, with the words that say so. */
export interface StatedLevelRow {
  place: string;
  placeName: string;
  value: number;
  unit: string;
  comparator: Target['comparator'];
  /** The clause that states it, whole (…压减至0.5个工作日以内的基础上). */
  clause: string;
  measureId: string;
  href: string;
}

/**
 * The quantities of a theme (`targetTheme`): a metric's targets, and the
 * targets no metric covers whose subject names a quantity, compared only where
 * two or more places state it in the same words; one place's stand in the
 * table of targets only one place sets. Every target the matrix counts on the
 * theme is in one of them.
 */
export function quantityTables(
  theme: string,
  metrics: Metric[],
  places: Place[],
  measures: Measure[],
  yearOfDocument: (documentId: string) => number | null | undefined = () => undefined,
  restated: Restated = NONE_RESTATED,
): QuantityTable[] {
  const placeOfDocument = new Map(places.flatMap((p) => p.documentIds.map((id) => [id, p] as const)));
  const metricById = new Map(metrics.map((m) => [m.id, m]));
  const themeOf = targetTheme(metrics);
  const groups = new Map<string, { target: Target; measure: Measure; place: Place }[]>();
  for (const measure of targetsOnce(measures, restated)) {
    const place = placeOfDocument.get(measure.documentId);
    if (!place) continue;
    for (const target of ownTargets(measure)) {
      const key = quantityKey(target);
      if (!key) continue;
      if (themeOf(target, measure) !== theme) continue;
      groups.set(key, [...(groups.get(key) ?? []), { target, measure, place }]);
    }
  }
  const levels = new Map<string, StatedLevelRow[]>();
  for (const measure of measures) {
    const place = placeOfDocument.get(measure.documentId);
    if (!place || measure.practiceFrom) continue;
    for (const level of measure.statedLevels) {
      const key = quantityKey(level);
      if (!key || level.theme !== theme) continue;
      const rows = levels.get(key) ?? [];
      if (rows.some((r) => r.place === place.id && r.value === level.value)) continue;
      const { value, unit, comparator } = level;
      levels.set(key, [
        ...rows,
        {
          place: place.id,
          placeName: placeLabel(place),
          value,
          unit,
          comparator,
          clause: clauseAround(measure.text, level),
          measureId: measure.id,
          href: measure.url,
        },
      ]);
    }
  }
  const order = new Map(places.map((p, i) => [p.id, i]));
  const tables: QuantityTable[] = [];
  for (const [key, items] of groups) {
    const placeCount = new Set(items.map((i) => i.place.id)).size;
    const first = items[0]!.target;
    const metric = first.metric ? metricById.get(first.metric)! : null;
    const rows: MetricRow[] = [];
    for (const { target: t, measure: m, place: p } of onePerPromise(items, (i) => ({ target: i.target, deadline: i.measure.deadline, place: i.place.id }))) {
      rows.push({
        place: p.id,
        // 新疆自治区级, as the chart beside it names the province's own documents: 新疆维吾尔自治区 would include its cities.
        placeName: placeLabel(p),
        value: t.value,
        unit: t.unit,
        ...(t.range ? { range: t.range } : {}),
        kind: t.kind,
        text: t.text,
        clause: clauseOf(m.text, t),
        ...(t.subject ? { subject: t.subject } : {}),
        measureId: m.id,
        href: m.url,
        year: t.year,
        ...targetYears(t, m, yearOfDocument),
        best: false,
      });
    }
    rows.sort((a, b) => order.get(a.place)! - order.get(b.place)! || (a.year ?? 0) - (b.year ?? 0) || a.value - b.value);
    const direction = directionOf(
      metric,
      first.kind,
      items.map((i) => i.target),
    );
    const qualifier = first.qualifier ?? '';
    const table: QuantityTable = {
      key,
      name: nameOf(metric, qualifier, first),
      metric,
      qualifier,
      unit: first.unit,
      kind: first.kind,
      direction,
      amount: isAmount(first.unit, metric) || Boolean(metric?.stock),
      rows,
      places: placeCount,
      statedLevels: (levels.get(key) ?? []).sort((a, b) => order.get(a.place)! - order.get(b.place)!),
    };
    markBest(table);
    tables.push(table);
  }
  // Metrics in taxonomy order, then the quantities more places share.
  const rank = new Map(metrics.map((m, i) => [m.id, i]));
  return tables.sort(
    (a, b) =>
      (a.metric ? rank.get(a.metric.id)! : 1e6) - (b.metric ? rank.get(b.metric.id)! : 1e6) || b.places - a.places || a.name.localeCompare(b.name, 'zh-CN'),
  );
}

function nameOf(metric: Metric | null, qualifier: string, t: Target): string {
  const base = metric ? metricName(metric, qualifier) : t.subject!;
  return t.kind === 'change' ? `${base}·变化幅度` : base;
}

/** Units of a time, a rate or a rank: comparable across places whatever their size. */
const INTENSIVE_UNITS = new Set(['%', '‰', '个百分点', '倍', '个工作日', '小时', '天', '日', '分钟', '个月', '年', '个名次', '名次']);

/** A count or a sum of money, unless its metric is per head (每万人发明专利拥有量) or a share. */
export function isAmount(unit: string, metric: Pick<Metric, 'name'> | null): boolean {
  if (INTENSIVE_UNITS.has(unit)) return false;
  return !(metric && /每万|每千|人均|率|占比|比例|比重/.test(metric.name));
}

/**
 * A metric's direction; for an amount of change (缩短30天) the larger cut is the
 * more ambitious. Without a metric, the targets' own comparators decide when
 * they agree (all 以内 → lower is better); otherwise there is no ranking.
 */
/** A comparator that bounds from below: 达到 (>=) and 超过 (>) alike say more is the aim. */
export const boundsFromBelow = (comparator: Target['comparator'] | undefined): boolean => comparator === '>=' || comparator === '>';

function directionOf(metric: Metric | null, kind: Target['kind'], targets: Target[]): Direction | null {
  if (metric) return kind === 'change' ? 'higher-is-better' : metric.direction;
  if (kind === 'change') return null;
  // 超过 (>) ranks as 达到 (>=) does.
  const comparators = new Set(targets.map((t) => (boundsFromBelow(t.comparator) ? '>=' : t.comparator)));
  if (comparators.size !== 1) return null;
  const [only] = comparators;
  return only === '<=' ? 'lower-is-better' : only === '>=' ? 'higher-is-better' : null;
}

/**
 * A target's number as a chip or a table cell says it: ≤ 3个工作日 (a cell,
 * whose table names the direction, gives 3 个工作日), and a range as written,
 * 3–5个, never only the end the plan commits to.
 */
export function targetValue(t: Pick<Target, 'value' | 'unit' | 'range'> & Partial<Pick<Target, 'comparator' | 'kind' | 'text'>>): string {
  const number = t.range ? `${t.range[0]}–${t.range[1]}` : String(t.value);
  // An amount of change says its verb (缩短 30天), never = 30天 or a bare 30 天, which would read as a level.
  const verb = t.kind === 'change' ? LEADING_CHANGE_VERB.exec(t.text ?? '')?.[1] : undefined;
  // 增加10%以上 says its bound as written (a review read 增加 10% as exactly that).
  const bound = boundsFromBelow(t.comparator) ? '以上' : t.comparator === '<=' ? '以内' : '';
  if (t.kind === 'change') return t.comparator ? `${verb ?? '变化'} ${number}${t.unit}${t.range ? '' : bound}` : `${verb ?? '变化'} ${number} ${t.unit}`;
  if (!t.comparator) return `${number} ${t.unit}`;
  if (t.range) return `${number}${t.unit}`;
  // 50%左右 is about 50%, not exactly (a site review read = 50% as a promise of precisely that).
  if (t.comparator === '=' && /左右|约|大约/.test(t.text ?? '')) return `约 ${number}${t.unit}`;
  return `${COMPARATOR_LABEL[t.comparator]} ${number}${t.unit}`;
}

const LEADING_CHANGE_VERB = new RegExp(`^[^\\d]*?${CHANGE_VERB}`);

/** A target of a theme's measure that names no quantity to compare it by (行政审批时长不超过3个工作日). */
export interface UncomparedTarget {
  place: string;
  placeName: string;
  text: string;
  clause: string;
  measureId: string;
  href: string;
}

/**
 * The targets of a theme's own measures (primary theme, each promise once as in `quantityTables`)
 * whose clause names no quantity (`quantityKey` null: only 审批时长, or who acts): compared with
 * nothing and counted nowhere, but listed, so a theme page shows every target its measures set (two
 * reviews looked for 石嘴山's 涉电 and 用水 approval times in vain).
 */
export function uncomparedTargets(theme: string, places: Place[], measures: Measure[], restated: Restated = NONE_RESTATED): UncomparedTarget[] {
  const placeOfDocument = new Map(places.flatMap((p) => p.documentIds.map((id) => [id, p] as const)));
  const order = new Map(places.map((p, i) => [p.id, i]));
  const rows: UncomparedTarget[] = [];
  for (const measure of targetsOnce(measures, restated)) {
    const place = placeOfDocument.get(measure.documentId);
    if (!place || measure.themes[0] !== theme) continue;
    for (const t of ownTargets(measure)) {
      if (quantityKey(t) !== null) continue;
      rows.push({
        place: place.id,
        placeName: placeLabel(place),
        text: t.text,
        // The sentence, not the clause: 在1个工作日内办结 alone says nothing of what is done.
        clause: sentenceAround(measure.text, t),
        measureId: measure.id,
        href: measure.url,
      });
    }
  }
  // Places in page order; within one, the measures' own order (the sort is stable).
  return rows.sort((a, b) => order.get(a.place)! - order.get(b.place)!);
}

/** Longest quoted clause; a longer one keeps its end, where the number is. */
const CLAUSE_MAX = 60;

/** The clause a target stands in, verbatim from its last ，；。 (or line) to the end of the target. */
export function clauseOf(text: string, t: Pick<Target, 'offset' | 'text'>): string {
  const STOPS = '，,；;。\n：:';
  let end = t.offset + t.text.length;
  let start = t.offset;
  while (start > 0 && !STOPS.includes(text[start - 1]!)) start--;
  // 85%政务服务事项“一网通办”: a clause that opens on its number says what it is of after it.
  if (!text.slice(start, t.offset).trim()) while (end < text.length && end - t.offset < CLAUSE_MAX && !STOPS.includes(text[end]!)) end++;
  const clause = text.slice(start, end).trim();
  return clause.length > CLAUSE_MAX ? `…${clause.slice(-CLAUSE_MAX)}` : clause;
}

/** The sentence a number stands in, at most 40 characters either side of it (… where cut). */
export function sentenceAround(text: string, t: Pick<Target, 'offset' | 'text'>): string {
  const stop = /[。；;\n]/;
  const [from, to] = spanBounds(text, t.offset, t.offset + t.text.length, stop, 40);
  const cutBefore = from > 0 && !stop.test(text[from - 1]!);
  const cutAfter = to < text.length && !stop.test(text[to]!);
  return `${cutBefore ? '…' : ''}${text.slice(from, to).trim()}${cutAfter ? '…' : ''}`;
}

/** The clause a number stands in, whole: from its last ，；。 to its next. */
export function clauseAround(text: string, t: Pick<Target, 'offset' | 'text'>): string {
  return spanAround(text, t.offset, t.offset + t.text.length, /[，,；;。\n]/).trim();
}

/** Text around [start, end) out to the nearest `stop` on either side, or `reach` characters beyond it at most. */
export function spanAround(text: string, start: number, end: number, stop: RegExp, reach = Number.POSITIVE_INFINITY): string {
  const [from, to] = spanBounds(text, start, end, stop, reach);
  return text.slice(from, to);
}

/** Where spanAround's text begins and ends. */
function spanBounds(text: string, start: number, end: number, stop: RegExp, reach: number): [number, number] {
  let from = start;
  let to = end;
  while (from > 0 && start - from < reach && !stop.test(text[from - 1]!)) from--;
  while (to < text.length && to - end < reach && !stop.test(text[to]!)) to++;
  return [from, to];
}

/**
 * What a chip's number is of where no metric or subject names it: the clause's words before the
 * number, at most a dozen characters of them; where the clause opens on the target
 * (培养5个以上创新团队), the words after it, which name what is counted (a site review found chips
 * that read ≥ 5个 alone).
 */
export function targetWords(text: string, t: Pick<Target, 'offset' | 'text'>): string {
  const clause = clauseOf(text, t);
  const before = clause
    .slice(0, Math.max(0, clause.lastIndexOf(t.text)))
    .replace(/^…/, '')
    .trim();
  const rest = text.slice(t.offset + t.text.length).replace(/^(以内|之内|内)/, '');
  // 5日内,退还…: a time limit's comma leads on to what it times.
  const after = (/内$/.test(t.text) || rest !== text.slice(t.offset + t.text.length) ? rest.replace(/^[，,]/, '') : rest)
    .split(/[，,；;。\n：:（(]/)[0]!
    .trim();
  // A time limit written before its action (在1个工作日内办结, 公示结束后5日内退还保证金): what is timed is the
  // action after it, not a lone 在 or the condition (a site review found chips reading 在 ≤ 1个工作日).
  const timesAction = after && (before.length <= 1 || /[后在于]$/.test(before));
  if (before && !timesAction) return pairedQuotes(before.length > 12 ? `…${before.slice(-12)}` : before);
  return pairedQuotes(after.length > 12 ? `${after.slice(0, 12)}…` : after);
}

/** Words cut out of a quotation without its other mark (反馈办理结果” of 做到“…反馈办理结果”): the lone mark dropped. */
function pairedQuotes(words: string): string {
  let open = 0;
  let kept = '';
  for (const c of words) {
    if (c === '”' && open === 0) continue;
    if (c === '“') open++;
    else if (c === '”') open--;
    kept += c;
  }
  for (; open > 0; open--) kept = kept.replace(/“(?=[^“]*$)/, '');
  return kept;
}

/**
 * What a row's number is of, as its clause words it: the clause verbatim where
 * the row carries it; else the subject before the phrase, unless the phrase
 * already holds it (a subject is trimmed of verbs, so it is no quotation).
 */
export function targetClause(r: Pick<MetricRow, 'subject' | 'text' | 'clause'>): string {
  if (r.clause) return r.clause;
  // 新增个转企 beside 新增“个转企”500户: quote marks aside, the text already names it (an open-data review read it twice).
  const bare = (words: string) => words.replace(/[“”"‘’'「」]/g, '');
  if (!r.subject || bare(r.text).includes(bare(r.subject))) return r.text;
  // 引导…力争全年新增贷款 + 力争全年新增贷款40亿元: the words they share are said once.
  let overlap = Math.min(r.subject.length, r.text.length);
  while (overlap > 0 && !r.subject.endsWith(r.text.slice(0, overlap))) overlap--;
  return `${r.subject}${r.text.slice(overlap)}`;
}

/**
 * What a table measures, as its note says it: its qualifier's own definition where it has one (信用贷款（新增）,
 * a year's increase, where the metric defines the balance), else its metric's. Null for a table of identical wording.
 */
export function quantityDefinition(t: Pick<QuantityTable, 'metric' | 'qualifier' | 'name'>): { name: string; text: string } | null {
  if (!t.metric) return null;
  const own = t.metric.qualifiers.find((q) => q.name === t.qualifier)?.definition;
  return own ? { name: t.name, text: own } : { name: t.metric.name, text: t.metric.definition };
}

/** A table's rows as one row per place (places in table order): a place with several values for one quantity shows them together. */
export function rowsByPlace(rows: MetricRow[]): { place: string; placeName: string; values: MetricRow[] }[] {
  const byPlace = new Map<string, { place: string; placeName: string; values: MetricRow[] }>();
  for (const r of rows) {
    const group = byPlace.get(r.place) ?? { place: r.place, placeName: r.placeName, values: [] };
    group.values.push(r);
    byPlace.set(r.place, group);
  }
  return [...byPlace.values()];
}

/**
 * Each place's headline value — its latest year's, else its most ambitious —
 * and the places whose headline is the table's most ambitious. A later year
 * that only repeats the value keeps the earlier one: 陇南 promises 企业开办 in
 * 1 个工作日 for 2023 and again for 2025, and is no 2025 promise (a site review).
 */
export function headlines(table: Pick<QuantityTable, 'rows' | 'direction'>): Map<string, MetricRow> {
  const lower = table.direction === 'lower-is-better';
  const byPlace = new Map<string, MetricRow>();
  for (const row of table.rows) {
    const held = byPlace.get(row.place);
    if (!held) {
      byPlace.set(row.place, row);
      continue;
    }
    const [year, heldYear] = [row.year ?? 0, held.year ?? 0];
    // A repeated value stays with the year it was first promised for; a new one is the latest year's.
    const replaces =
      row.value === held.value ? year < heldYear : year > heldYear || (year === heldYear && (lower ? row.value < held.value : row.value > held.value));
    if (replaces) byPlace.set(row.place, row);
  }
  return byPlace;
}

/**
 * Fewer characters than this in common say nothing of copying: 压缩至1个工作日以内 is every plan's. The copies
 * in the sources run 12–15 (公安交管部门1个工作日内, 全流程电子退税的覆盖面超过90%).
 */
const COPIED_WORDS = 12;

/**
 * Places whose headline targets are one sentence, word for word (咸阳's 部门“信息孤岛”打通率超过80% is 陕西's):
 * a tie between them is one target passed down, not two places choosing alike (a review found most 各地持平 so).
 * Each group with its words, places in the table's order; punctuation and quotes aside.
 */
export function sameWording(table: Pick<QuantityTable, 'rows' | 'direction'>): { places: string[]; words: string }[] {
  const byWords = new Map<string, { places: string[]; words: string }>();
  for (const row of headlines(table).values()) {
    const words = (row.clause ?? row.text).replace(/[^\p{Script=Han}\p{L}\p{N}%.]/gu, '');
    if (words.length < COPIED_WORDS) continue;
    const key = `${row.value}|${words}`;
    const group = byWords.get(key) ?? { places: [], words: row.clause ?? row.text };
    group.places.push(row.place);
    byWords.set(key, group);
  }
  return [...byWords.values()].filter((g) => g.places.length > 1);
}

function markBest(table: QuantityTable): void {
  if (!table.direction || table.amount) return;
  const heads = [...headlines(table).values()];
  // One place alone is no ranking: nothing is marked most ambitious.
  if (heads.length < 2) return;
  const values = heads.map((r) => r.value);
  const best = table.direction === 'lower-is-better' ? Math.min(...values) : Math.max(...values);
  for (const r of heads) r.best = r.value === best;
}

/**
 * The same metric and sub-case stated in other units on the page (甘孜's 企业开办 4小时 beside the
 * 个工作日 chart): never converted, so a chart's "most ambitious" says it leaves them out.
 */
export function otherUnits(table: QuantityTable, tables: QuantityTable[]): { unit: string; places: string[] }[] {
  if (!table.metric) return [];
  return tables
    .filter((t) => t !== table && t.metric?.id === table.metric!.id && t.qualifier === table.qualifier && t.kind === table.kind && t.unit !== table.unit)
    .map((t) => ({ unit: t.unit, places: [...new Set(t.rows.map((r) => r.placeName))] }));
}

/**
 * The targets a measure sets in the sentence where `word` first stands, when the word is in its text:
 * a reform page's card quotes the reform's sentence, and the chips of a long task's other sentences
 * (银川 (一)1's 准营事项覆盖率 80% on 一照多址's page; a review) are counted, not shown as the reform's.
 */
export function targetsInSentenceOf<T extends Pick<Target, 'offset'>>(text: string, targets: T[], word: string): T[] | undefined {
  const at = text.indexOf(word);
  if (at < 0) return undefined;
  const ends = /[。；\n]/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(ends)) {
    if (m.index < at) start = m.index + 1;
    else {
      end = m.index;
      break;
    }
  }
  return targets.filter((t) => t.offset >= start && t.offset < end);
}
