// Policy transmission: a city plan that implements a provincial one (or a
// task list that implements a plan of the same city). Pairs are found by
// citation (the downstream names the upstream's 文号 or title) or by overlap
// (a large share of upstream measures have a close counterpart downstream).
// Each pair is then aligned measure by measure: kept, changed (targets or
// deadline differ), dropped, added.
import { decidedByTargets, untakenTasks } from '../../../src/domain/untaken-tasks.ts';
import { datedSentences } from '../../../src/domain/dates.ts';
import { copiedSentences } from '../../../src/domain/text-kinship.ts';
import { bareHeading, hanWords } from '../../../src/domain/titles.ts';
import { boundsFromBelow } from '../../../src/domain/quantities.ts';
import type { Transmission, TransmissionRow } from '../../../src/schemas/analysis.ts';
import {
  argmax,
  contained,
  liftedFrom,
  filedUnder,
  titlesIndex,
  bareTexts,
  MIN_TITLE_OVERLAP,
  namedReforms,
  overlap,
  quantityOf,
  quotedNames,
  titleObject,
  quotedBy,
  safeguardPairs,
  sentenceHolders,
  sentencesOf,
  sharedOpenings,
  targetHolders,
  titlePairs,
  wordRuns,
} from './transmission-clues.ts';
import type { TransmissionMeasure, TransmissionView } from './transmission-view.ts';

/** The fields of a document that decide whether it may implement another, and whether it cites it. */
export interface TransmissionDocument {
  id: string;
  title: string;
  docNumber: string | null;
  date: string | null;
  province: string;
  city: string | null;
  level: 'province' | 'city';
}

export interface TransmissionInput extends TransmissionView {
  document: TransmissionDocument;
}

const MIN_MATCH = 0.35;
/** A rewritten measure: matched only where each is the other's best among the unmatched. */
const MIN_REWRITTEN = 0.2;
/** Titles this close name one item, whatever its text became. */
const SAME_TITLE = 0.6;
const MIN_COVERAGE = 0.25;
/** An item with this share of its six-character runs in one implementing measure was merged into it. */
const MIN_MERGED = 0.25;
/**
 * A row with this share of its six-character runs in one plan item details that item. A task list
 * restates its plan's items in part and goes on in words of its own: at 0.6 a review of 银川's task list
 * found 11 of its 12 rows shown as 新增 restating plan items, five of them with a third to a half of
 * their words from the item (r26 体外循环 0.50, r248 五项制度 0.48, r65 公转铁 0.44, r188 欠薪预警 0.41,
 * r40 免费邮寄 0.33); no row of any pair shown as 新增 held more than 0.2 of another item's words.
 */
const MIN_DETAIL = 0.3;
/**
 * A provincial department's measure wraps the province's words in its own (处室负责, its sector), and
 * takes on several items in one: a quarter of its runs copied from one item (陕西市场监管局
 * 全面落实公平竞争审查制度, 0.42 of 营造公平竞争市场环境's words) is that item taken on.
 */
const MIN_DETAIL_DEPARTMENT = 0.25;
const MIN_MATCHED = 5;

/**
 * Could `down` implement `up`? A city plan implementing its province's (same
 * province, dated no earlier), a task list of the same city implementing
 * its plan, or a provincial department's plan taking on its share of the
 * province's (only where it cites it: provincial plans on one subject are
 * alike without one implementing the other; see transmissionBetween). Read
 * from the documents' own fields only, so the pairs worth aligning are known
 * without their measures.
 */
export function mayImplement(up: TransmissionInput['document'], down: TransmissionInput['document']): boolean {
  if (up.id === down.id || up.province !== down.province) return false;
  const provincial = up.level === 'province' && down.level === 'city';
  const sameCityList = up.city !== null && up.city === down.city && /清单|台账|分工/.test(down.title) && !/清单|台账|分工/.test(up.title);
  if (!provincial && !sameCityList && !bothProvincial(up, down)) return false;
  return !(up.date && down.date && down.date < up.date);
}

const bothProvincial = (up: TransmissionDocument, down: TransmissionDocument) => up.level === 'province' && down.level === 'province';

/**
 * The transmission from `up` to `down`, or null when too few of its measures
 * carry over. `similarity` scores a pair of measures; `candidates` proposes,
 * for an upstream measure, the downstream measures worth scoring (its nearest
 * neighbours), so aligning two plans does not compare every measure with
 * every other. `flatDown` is the downstream text with whitespace removed.
 */
export function transmissionBetween(
  up: TransmissionInput,
  down: TransmissionInput,
  flatDown: string,
  similarity: (a: TransmissionMeasure, b: TransmissionMeasure) => number,
  candidates?: (u: TransmissionMeasure, downstream: TransmissionMeasure[]) => number[],
): Transmission | null {
  if (up.measures.length === 0 || down.measures.length === 0 || !mayImplement(up.document, down.document)) return null;
  const cited = cites(flatDown, up.document);
  const departmental = bothProvincial(up.document, down.document);
  if (departmental && !cited) return null;
  const rows = align(up.measures, down.measures, similarity, candidates, departmental ? MIN_DETAIL_DEPARTMENT : MIN_DETAIL);
  const taken = rows.filter((r) => r.kind === 'kept' || r.kind === 'changed').length;
  const coverage = taken / up.measures.length;
  // Whether the city implements the plan at all is judged on close texts only: shared titles
  // (强化组织领导) are what any two plans have. A citation alone is not implementation either.
  const close = rows.filter((r) => (r.kind === 'kept' || r.kind === 'changed') && !r.by).length;
  if (cited ? close < 3 : close / up.measures.length < MIN_COVERAGE || close < MIN_MATCHED) return null;
  return {
    id: `${up.document.id}--${down.document.id}`,
    upstreamId: up.document.id,
    downstreamId: down.document.id,
    basis: cited ? 'citation' : 'similarity',
    coverage: Math.round(coverage * 1000) / 1000,
    rows,
  };
}

/** The widest transmissions first; equal coverage in id order, so the order never depends on the input's. */
export function sortTransmissions(list: Transmission[]): Transmission[] {
  return list.sort((a, b) => b.coverage - a.coverage || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Does a text (whitespace removed) name a document by its 文号 or its plan title (《…》)?
 * A plan of the same province is often named without its province (按照省委、省政府推进营商环境突破年实施意见).
 */
export function cites(flat: string, doc: TransmissionInput['document']): boolean {
  if (doc.docNumber && flat.includes(doc.docNumber.replace(/〔|〕/g, (b) => b))) return true;
  const plan = /《([^《》]{6,})》/.exec(doc.title)?.[1] ?? doc.title.replace(/^.*?关于(印发)?/, '').replace(/的通知$/, '');
  const unplaced = plan.startsWith(doc.province) ? plan.slice(doc.province.length).replace(/^(省|自治区|回族自治区|维吾尔自治区)/, '') : plan;
  return [plan, unplaced].some((name) => name.length >= 8 && flat.includes(name));
}

/** Greedy one-to-one alignment, best pairs first. */
export function align(
  upstream: TransmissionMeasure[],
  downstream: TransmissionMeasure[],
  similarity: (a: TransmissionMeasure, b: TransmissionMeasure) => number,
  candidates?: (u: TransmissionMeasure, downstream: TransmissionMeasure[]) => number[],
  minDetail = MIN_DETAIL,
): TransmissionRow[] {
  type Pair = { u: number; d: number; score: number; by?: TransmissionRow['by'] };
  const pairs: Pair[] = [];
  upstream.forEach((u, i) => {
    const proposed = candidates ? candidates(u, downstream) : downstream.map((_, j) => j);
    for (const j of proposed) {
      const score = similarity(u, downstream[j]);
      if (score >= MIN_REWRITTEN) pairs.push({ u: i, d: j, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score);
  const usedU = new Set<number>();
  const usedD = new Set<number>();
  const matched: Pair[] = [];
  const take = (p: Pair) => {
    usedU.add(p.u);
    usedD.add(p.d);
    matched.push(p);
  };
  for (const p of pairs) if (p.score >= MIN_MATCH && !usedU.has(p.u) && !usedD.has(p.d)) take(p);
  // A measure the city rewrote (金昌's 优化园区项目投资服务 beside 甘肃's) scores under MIN_MATCH, and
  // was listed both as 未采纳 and as 新增. Among what is left, a pair is taken where each is the
  // other's best and their titles share their words: a task list that splits a plan into many
  // tasks leaves many unmatched, and best alone would pair strangers.
  const bestOf = (side: 'u' | 'd') => {
    const best = new Map<number, Pair>();
    for (const p of pairs) if (!usedU.has(p.u) && !usedD.has(p.d) && !best.has(p[side])) best.set(p[side], p);
    return best;
  };
  // Each title's pairs are read once: the pass by title below compares every unmatched pair of measures.
  const [upTitles, downTitles] = [upstream.map((u) => titlePairs(u.title)), downstream.map((d) => titlePairs(d.title))];
  const [bestU, bestD] = [bestOf('u'), bestOf('d')];
  for (const p of bestU.values()) if (bestD.get(p.d) === p && overlap(upTitles[p.u]!, downTitles[p.d]!) >= MIN_TITLE_OVERLAP) take({ ...p, by: 'rewritten' });
  // A measure rewritten so far that the similarity index never proposed the pair: one title the
  // other's (持续规范中介服务, 深化“异地办”), where each is the other's closest title among the unmatched.
  const byTitle: { u: number; d: number; overlap: number }[] = [];
  upTitles.forEach((x, i) => {
    if (usedU.has(i) || !x.size) return;
    downTitles.forEach((y, j) => {
      if (usedD.has(j) || !y.size) return;
      const shared = overlap(x, y);
      if (shared >= SAME_TITLE) byTitle.push({ u: i, d: j, overlap: shared });
    });
  });
  byTitle.sort((a, b) => b.overlap - a.overlap);
  for (const t of byTitle) if (!usedU.has(t.u) && !usedD.has(t.d)) take({ u: t.u, d: t.d, score: similarity(upstream[t.u]!, downstream[t.d]!), by: 'title' });
  // A measure whose title and most words changed but whose opening sentence stayed (陕西 26 推进数据资源共享 and
  // 咸阳 28 提升数据共享和安全保障能力 both begin 推进政务数据跨层级、跨部门、跨地区共享): long measures that share
  // one sentence score low, and the similarity index may never propose the pair.
  for (const p of sharedOpenings(upstream, downstream, usedU, usedD))
    if (!usedU.has(p.u) && !usedD.has(p.d)) take({ ...p, score: similarity(upstream[p.u]!, downstream[p.d]!), by: 'opening' });
  // A rewritten item whose title names a reform in quotes (规范开展政务服务“好差评”) that one unmatched measure,
  // and only one, names too (咸阳 12 规范开展评估评价: 统一开展政务服务“好差评”).
  for (const p of namedReforms(upstream, downstream, usedU, usedD, upTitles, downTitles))
    take({ ...p, score: similarity(upstream[p.u]!, downstream[p.d]!), by: 'term' });
  // A plan item a task list splits over rows (银川 便利企业开办: 准营事项覆盖率80% in r2, 新登记企业2万户 in r23):
  // no row is close to the whole item, but its targets all stand in rows that detail it.
  const holdersOf = targetHolders(upstream, downstream, upTitles, downTitles);
  const detailedBy = new Map<number, number[]>();
  upstream.forEach((u, i) => {
    if (usedU.has(i)) return;
    const holders = holdersOf(i, [...new Set(u.targets.map(quantityOf))]);
    if (!holders) return;
    detailedBy.set(i, holders);
    usedU.add(i);
    for (const j of holders) usedD.add(j);
    matched.push({ u: i, d: holders[0]!, score: similarity(u, downstream[holders[0]!]!), by: 'targets' });
  });
  // An item the implementing plan merged into one of its measures (陕西 2 推进政务服务事项实施清单标准化 into
  // 咸阳 1 深入推进政务服务事项清单化管理; 甘肃 27 强化规划引领 into 金昌 6): a good share of the item's
  // words stand in that measure, which may already stand for another item.
  const grams = wordRuns(upstream, downstream);
  upstream.forEach((u, i) => {
    if (usedU.has(i)) return;
    const [best, share] = argmax(downstream.length, (j) => contained(grams.up[i]!, grams.down[j]!));
    if (share < MIN_MERGED) return;
    usedU.add(i);
    usedD.add(best);
    matched.push({ u: i, d: best, score: similarity(u, downstream[best]!), by: 'merged' });
  });
  // An item whose title stands word for word in a longer title of a measure that already stands for another item: merged there (咸阳's 规范审批服务行为 takes 陕西's 规范审批服务 with 规范政务服务行为;
  // 甘肃交通运输厅's 推进“掌上办”“集成办”… takes 甘肃's 推进“掌上办”; a site review read the first as 未采纳).
  // So does an item whose quoted names all stand quoted in a title that lists more (甘肃's 推进“就近办” in 甘肃交通运输厅's
  // 推进“掌上办”“集成办”，深化“异地办”“就近办”; a site review read it as 未承接).
  const [downTitleWords, downNames] = [downstream.map((d) => hanWords(d.title ?? '')), downstream.map((d) => quotedNames(d.title))];
  upstream.forEach((u, i) => {
    const own = hanWords(u.title ?? '');
    const names = quotedNames(u.title);
    if (usedU.has(i) || own.length < 4) return;
    const j = downstream.findIndex((_, k) => {
      const theirs = downTitleWords[k]!;
      if (theirs.length > own.length && theirs.includes(own)) return true;
      const listed = downNames[k]!;
      return names.length > 0 && listed.length > names.length && names.every((n) => listed.includes(n));
    });
    if (j < 0) return;
    usedU.add(i);
    usedD.add(j);
    matched.push({ u: i, d: j, score: similarity(u, downstream[j]!), by: 'titled' });
  });
  // An item whose title names a thing (推进跨部门综合监管 → 跨部门综合监管) that the text of one implementing measure,
  // and only one, holds word for word: taken on there, beside what that measure stands for (甘肃交通运输厅 5
  // 推进“公路运输车辆”跨部门综合监管工作; a site review read 甘肃 7 and 10 as 未承接).
  const downWords = downstream.map((d) => hanWords(`${d.title ?? ''}${d.text ?? ''}`));
  const takeNamed = (holdersOf: (object: string) => number[]) =>
    upstream.forEach((u, i) => {
      const object = usedU.has(i) ? null : titleObject(u.title);
      const holders = object ? holdersOf(object) : [];
      if (holders.length !== 1) return;
      usedU.add(i);
      usedD.add(holders[0]!);
      matched.push({ u: i, d: holders[0]!, score: similarity(u, downstream[holders[0]!]!), by: 'named' });
    });
  takeNamed((object) => downWords.flatMap((w, j) => (w.includes(object) ? [j] : [])));
  // An item one of whose sentences an implementing measure copies word for word (a run of twenty Han
  // characters, as counterparts read them): merged there, beside the items it stands for (咸阳 1 takes
  // 陕西 3's 确保政务服务事项数据同源、动态更新、联动管理 with 陕西 1 and 2; a site review read 3 as 未采纳).
  const upAt = new Map(upstream.map((u, i) => [u.id, i]));
  const downAt = new Map(downstream.map((d, j) => [d.id, j]));
  for (const [a, b] of copiedSentences([...upstream, ...downstream])) {
    // A pair across the two plans: one end upstream, the other downstream.
    const i = upAt.get(a) ?? upAt.get(b);
    const j = downAt.get(b) ?? downAt.get(a);
    if (i === undefined || j === undefined || usedU.has(i)) continue;
    usedU.add(i);
    usedD.add(j);
    matched.push({ u: i, d: j, score: similarity(upstream[i]!, downstream[j]!), by: 'merged' });
  }
  // An item whose title's thing no measure holds whole, where one measure has a sentence holding both its terms
  // (甘肃 33 强化重大项目帮办代办 in 陇南 21's 提升对重大项目、招商引资项目…的帮办代办服务水平; a site review read it as 未采纳).
  const downSentences = downstream.map((d) => sentencesOf(d.text ?? ''));
  takeNamed((object) => sentenceHolders(object, downSentences));
  // A matched item whose other targets stand in other rows is detailed by those rows too.
  for (const p of matched) {
    if (detailedBy.has(p.u)) continue;
    const own = new Set(downstream[p.d]!.targets.map(quantityOf));
    const elsewhere = [...new Set(upstream[p.u]!.targets.map(quantityOf))].filter((k) => !own.has(k));
    const holders = elsewhere.length ? holdersOf(p.u, elsewhere, true) : undefined;
    if (!holders) continue;
    detailedBy.set(p.u, [p.d, ...holders.filter((j) => j !== p.d)]);
    for (const j of holders) usedD.add(j);
  }
  // An unmatched row found to detail item `from`: beside the rows already standing for it, or its first.
  const detail = (j: number, from: number, by: TransmissionRow['by']) => {
    usedD.add(j);
    if (usedU.has(from)) detailedBy.set(from, [...(detailedBy.get(from) ?? [matched.find((p) => p.u === from)!.d]), j]);
    else {
      usedU.add(from);
      matched.push({ u: from, d: j, score: similarity(upstream[from]!, downstream[j]!), by });
    }
  };
  // A row of a task list written mostly in a plan item's own words (银川 r3, r4, r5 from 进一步便利企业开办)
  // details that item: it is not new.
  downstream.forEach((_, j) => {
    if (usedD.has(j)) return;
    const [best, share] = argmax(upstream.length, (i) => contained(grams.down[j]!, grams.up[i]!));
    if (share >= minDetail) detail(j, best, 'contained');
  });
  // A row that opens with a plan item's own sentence, word for word, and goes on in words of its own
  // (银川 r42 探索推行“带押过户”) details that item too (a site review counted five such rows as 新增).
  const upTexts = bareTexts(upstream);
  downstream.forEach((d, j) => {
    if (usedD.has(j)) return;
    const from = liftedFrom(d, upTexts);
    if (from !== null) detail(j, from, 'lifted');
  });
  // A row the implementing document files under a heading that is an item's title details that item (its 目标任务 column).
  const upTitleIndex = titlesIndex(upstream);
  downstream.forEach((d, j) => {
    if (usedD.has(j)) return;
    const from = filedUnder(d, upTitleIndex);
    if (from !== null) detail(j, from, 'filed');
  });
  // A plan's goals that a department's plan takes in part, in its own goals (陕西's 工作目标 企业开办时间压减到1个工作日内 in
  // 省市场监管局's 工作目标 （一）市场主体活力持续激发…压减到1个工作日以内; a site review read them as 未承接 and 新增): its
  // goals that state one of the item's quantities detail it.
  upstream.forEach((u, i) => {
    const keys = !usedU.has(i) && isGoals(u) ? new Set(u.targets.map(quantityOf)) : null;
    if (!keys) return;
    downstream.forEach((d, j) => {
      if (!usedD.has(j) && isGoals(d) && d.targets.some((t) => keys.has(quantityOf(t)))) detail(j, i, 'goals');
    });
  });
  // A safeguard the implementing plan rewrites in its own words (甘肃 抓好组织实施 → 交通运输厅 加强组织领导; 陕西 加强考核协同
  // → 咸阳 强化监督考核; a site review read each as 未承接 and 新增): the one unmatched item of a kind takes the one
  // unmatched measure of that kind.
  for (const p of safeguardPairs(upstream, downstream, usedU, usedD)) take({ ...p, score: similarity(upstream[p.u]!, downstream[p.d]!), by: 'safeguard' });
  // A measure whose title quotes a name one item's text alone quotes details that item (省市场监管局 扎实开展“坐窗口、走流程、
  // 跟执法”活动 from 陕西 强化工作机制; a site review read it as 新增).
  downstream.forEach((d, j) => {
    const from = usedD.has(j) ? null : quotedBy(d, upstream);
    if (from !== null) detail(j, from, 'term');
  });
  const rows: TransmissionRow[] = [];
  const matchOf = new Map(matched.map((p) => [p.u, p]));
  const goals = planGoals(downstream);
  // A plan item a task list splits over several rows keeps its target in one of them (银川: 4天 → 4小时 is r35, not r34).
  const downTargets = new Set(downstream.flatMap((d) => d.targets.map(quantityOf)));
  const untaken = untakenTasks(upstream.map(asText), downstream.map(asText));
  upstream.forEach((u, i) => {
    const m = matchOf.get(i);
    if (!m) {
      rows.push({ kind: 'dropped', upstream: u.id, downstream: null, score: null, changes: [] });
      return;
    }
    const d = downstream[m.d];
    // In the implementing document's order, whichever pass found each row (r89…r94, not r92, r91, r89, r90, r94, r93).
    const also = (detailedBy.get(i) ?? [])
      .slice(1)
      .sort((a, b) => a - b)
      .map((j) => downstream[j]!);
    // A measure that took in other items too states their targets as well: only a target of this item missing is a change.
    const changes = differences(u, [d, ...also], downTargets, m.by === 'merged' || m.by === 'titled', goals);
    // A deadline or a target the implementing plan adds where the plan it follows set none details the
    // measure, it changes no commitment (哈密's 95% 网上办 for 自治区's undated, unquantified 办税缴费 item;
    // a blind reading of transmissions): the row is kept, and the page says what was added.
    const changesCommitment = changes.some((c) => c.upstream !== null && !c.reached && !c.upstreamOwn);
    // A level or a whole the implementing measures commit that meets the item's targets keeps them all.
    const lost = changes.some((c) => c.field === 'target' && c.reached) ? [] : lostTargets(u, [d, ...also], downTargets);
    const kept = u.targets.filter((t) => !lost.includes(t));
    const tasks = decidedByTargets(
      asText(u),
      untaken(asText(u), [d, ...also].map(asText)),
      lost.map((t) => t.text),
      kept.map((t) => t.text),
    );
    rows.push({
      kind: changesCommitment ? 'changed' : 'kept',
      upstream: u.id,
      downstream: d.id,
      score: Math.round(m.score * 1000) / 1000,
      ...(m.by ? { by: m.by } : {}),
      ...(also.length ? { alsoDownstream: also.map((x) => x.id) } : {}),
      changes,
      ...untakenOf(tasks),
    });
  });
  downstream.forEach((d, j) => {
    if (!usedD.has(j)) rows.push({ kind: 'added', upstream: null, downstream: d.id, score: null, changes: [] });
  });
  return rows;
}

/** A measure as untakenTasks reads it. */
const asText = (m: TransmissionMeasure) => ({ text: m.text ?? '', title: m.title });
/** The row's field for the item's tasks left out, absent when there are none. */
const untakenOf = (tasks: string[]) => (tasks.length ? { untaken: tasks } : {});

/**
 * A date the upstream sets its own departments (2023年6月底前，省级行业主管部门…认领) or for filing the
 * very plan that implements it (工作方案2023年5月底前报省政府办公厅备案): not the implementing plan's to
 * restate, so its absence there is no change (a site review read it as a deadline 咸阳 dropped).
 */
const OWN_OR_FILING = /省级[^，。；]{0,8}(部门|单位)|省直[^，。；]{0,4}部门|工作方案[^。；]{0,16}报[^。；]{0,12}备案/;

function notTheImplementers(m: TransmissionMeasure): boolean {
  if (!m.deadline || !m.text) return false;
  const sentences = datedSentences(m.text, m.deadline);
  return sentences.length > 0 && sentences.every((s) => OWN_OR_FILING.test(s));
}

/**
 * What changed between an upstream measure and the downstream measures that
 * take it over (one, or the rows a task list splits it into). A target changed
 * where the upstream states a quantity the implementing plan states nowhere, or
 * the downstream measures state one the upstream does not; a quantity another
 * measure of the implementing plan states is kept, not dropped.
 */
function differences(
  u: TransmissionMeasure,
  down: TransmissionMeasure[],
  downTargets: Set<string>,
  shared = false,
  goals: string | null = null,
): TransmissionRow['changes'] {
  const changes: TransmissionRow['changes'] = [];
  const texts = (targets: TransmissionMeasure['targets']) => [...new Set(targets.map((t) => t.text))].join('；') || null;
  const upKeys = new Set(u.targets.map(quantityOf));
  // The matched measure's targets, and of the rows that detail it besides, the upstream's targets they state
  // (a task list row carries other items' targets too).
  const [first, ...others] = down;
  const downs = [...first!.targets, ...others.flatMap((d) => d.targets.filter((t) => upKeys.has(quantityOf(t))))];
  const lostUnits = new Set(lostTargets(u, down, downTargets).map((t) => t.unit));
  const added = !shared && first!.targets.some((t) => !upKeys.has(quantityOf(t)));
  if (lostUnits.size || added) {
    // 金昌 在…压减至0.5个工作日以内的基础上 states where it stands, no target: shown, so the row does not read as dropped.
    const clause = lostUnits.size ? baselineClause(first!.text ?? '', lostUnits) : null;
    const baseline = clause?.replace(/^在/, '').replace(/的基础上$/, '');
    // A level it builds on that already meets every lost target keeps the commitment: 0.5 days is within 1.
    const lost = u.targets.filter((t) => lostUnits.has(t.unit));
    // 金昌 新批工业项目全部采用…“标准地”供地 against 甘肃's 不低于30％: all of them is at least any share.
    const whole =
      !baseline && lost.length > 0 && lost.every((t) => t.unit === '%' && boundsFromBelow(t.comparator))
        ? wholeClause(first!.text ?? '', u.text ?? '', lost)
        : null;
    const reached = !added && ((baseline !== undefined && lost.every((t) => meets(baseline, t))) || whole !== null);
    changes.push({
      field: 'target',
      upstream: texts(u.targets),
      downstream: texts(downs),
      ...(baseline ? { baseline } : {}),
      ...(whole ? { whole } : {}),
      ...(reached ? { reached } : {}),
    });
  }
  const deadline = (m: TransmissionMeasure) => m.deadline?.date ?? m.deadline?.raw ?? null;
  const d = down[0]!;
  // A deadline of a measure that took in other items too is that measure's, not necessarily this item's.
  if (shared && deadline(u) === null) return changes;
  // A date the implementing measure keeps as a step of its text (哈密: 2023年3月底前，配合自治区完成…, under a
  // 完成时限 of 12月30日) is the upstream's deadline kept, not moved (a site review).
  const keptAsStep = Boolean(u.deadline?.date && d.deadline?.textSteps?.some((s) => s.date === u.deadline!.date));
  if (deadline(u) !== deadline(d) && (deadline(u) || deadline(d)) && !keptAsStep)
    changes.push(
      deadline(d) === null && notTheImplementers(u)
        ? // Said on the row, so a kept row whose plan shows a date does not read as breaking 沿用's rule (a site review).
          { field: 'deadline', upstream: deadline(u), downstream: null, upstreamOwn: true }
        : { field: 'deadline', upstream: deadline(u), downstream: deadline(d), ...(deadline(d) === null && goals ? { goals } : {}) },
    );
  return changes;
}

/** The item's targets neither its implementing measures nor any other measure of their plan states (`downTargets`). */
function lostTargets(u: TransmissionMeasure, down: TransmissionMeasure[], downTargets: Set<string>): TransmissionMeasure['targets'] {
  const held = new Set(down.flatMap((d) => d.targets.map(quantityOf)));
  return u.targets.filter((t) => !held.has(quantityOf(t)) && !downTargets.has(quantityOf(t)));
}

/** Titles of the section where a plan sets its goals for the whole plan, stage by stage. */
const GOALS_TITLE = /^(工作目标|主要目标|总体目标|发展目标)$/;

/** A measure of a plan's goals section: titled so, or standing under a heading so titled (二、工作目标 （一）…). */
const isGoals = (m: TransmissionMeasure): boolean => GOALS_TITLE.test(m.title ?? '') || (m.path ?? []).some((h) => GOALS_TITLE.test(bareHeading(h)));

/**
 * The deadlines of a plan's own goals section (咸阳 （二）工作目标。2023年底前…2024年底前…2025年底前):
 * a plan that dates its goals there dates no item, and a row whose item has no deadline says where
 * the plan's deadlines stand instead of reading as undated.
 */
function planGoals(measures: TransmissionMeasure[]): string | null {
  return measures.find((m) => m.title && GOALS_TITLE.test(m.title) && m.deadline)?.deadline?.raw ?? null;
}

/**
 * The clause of an implementing measure that commits all of what the upstream's share targets are
 * of: it says 全部 and names a term the target's own clause quotes (“标准地”). Null when none does.
 */
export function wholeClause(text: string, upstreamText: string, targets: TransmissionMeasure['targets']): string | null {
  const terms = targets.flatMap((t) => {
    const at = upstreamText.indexOf(t.text);
    const clause =
      at < 0
        ? ''
        : upstreamText
            .slice(0, at)
            .split(/[，,。；;]/)
            .at(-1)!;
    return [...clause.matchAll(/“([^”]{2,8})”/g)].map((m) => m[1]!);
  });
  if (!terms.length) return null;
  return (
    text
      .split(/[，,。；;]/)
      .find((c) => /全部/.test(c) && terms.some((term) => c.includes(term)))
      ?.trim() ?? null
  );
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a level stated in `clause` (0.5个工作日以内) is at or past target `t` (压减至1个工作日), by the target's comparator. */
function meets(clause: string, t: TransmissionMeasure['targets'][number]): boolean {
  const stated = clause.match(new RegExp(`(\\d+(?:\\.\\d+)?)${escapeRegExp(t.unit)}`));
  if (!stated || !t.comparator) return false;
  const level = Number(stated[1]);
  return t.comparator === '<=' ? level <= t.value : t.comparator === '>=' ? level >= t.value : t.comparator === '>' ? level > t.value : level === t.value;
}

/**
 * The clause of a measure that states, in one of `units`, a level already reached that it builds on
 * (在全市企业开办全流程办理时限压减至0.5个工作日以内的基础上): the target reader leaves it out, as no
 * target, but the implementing plan has not dropped the quantity.
 */
export function baselineClause(text: string, units: ReadonlySet<string>): string | null {
  for (const clause of text.replace(/\s+/g, '').split(/[，,。；;：:]/)) {
    if (!clause.endsWith('的基础上')) continue;
    if ([...units].some((unit) => new RegExp(`\\d${escapeRegExp(unit)}`).test(clause))) return clause;
  }
  return null;
}
