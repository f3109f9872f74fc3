// A place that states a commitment twice — a plan and then a task list
// restating it item by item (银川's 实施方案 and its 任务清单), or a plan whose
// annex ledger breaks each item down under the item's own title (石嘴山 2020's
// 台账) — would be counted twice, and a reader benchmarking it against a place
// with one statement misled. So such an item counts once, as the entries that
// restate it, which carry the deadlines and the bodies. A provincial plan a
// city implements is not restated: each is its own place's commitment. Nor is
// a province's plan by its departments' plans: a department takes on its own
// share (甘肃交通运输厅's 证照分离, led by its 法规处), which stands beside the
// province's item (省市场监管局) and never replaces it (a site review).
import type { Transmission } from '../schemas/analysis.ts';
import type { Measure } from '../schemas/measure.ts';
import type { Place } from './compare.ts';
import { bareHeading } from './titles.ts';

export interface Restatement {
  /** The (first) measure that restates it. */
  by: string;
  /**
   * Every measure that restates it, `by` first: 银川's plan item on 登记财产 is broken into six rows of its
   * task list (r37–r42), and the open data must name them all (a site review found one id of six).
   */
  all: string[];
  /** The policy transmission that pairs them; null when the restatement is in the same document. */
  transmission: string | null;
}

/**
 * Whether a measure is restated by one of `held` (a body's tasks): the body holds the commitment in the
 * entries that break it down, so counting both counts it twice (unit pages and like-bodies pages say so alike).
 */
export const restatedAmong = (restated: { get(id: string): { all: string[] } | undefined }, id: string, held: { has(id: string): boolean }): boolean =>
  restated.get(id)?.all.some((entry) => held.has(entry)) ?? false;

/** Measures restated by a later document of the same city, or later in their own document, by measure id. */
export function restatedMeasures(
  transmissions: Transmission[],
  places: Place[],
  measures: Pick<Measure, 'id' | 'documentId' | 'ordinal' | 'title' | 'path' | 'text' | 'detailedBy'>[] = [],
): Map<string, Restatement> {
  const cityOf = new Map(places.filter((p) => p.level === 'city').flatMap((p) => p.documentIds.map((id) => [id, p.id] as const)));
  const restated = detailedWithin(measures);
  for (const t of transmissions) {
    const city = cityOf.get(t.upstreamId);
    if (city === undefined || city !== cityOf.get(t.downstreamId)) continue;
    for (const row of t.rows)
      if (row.upstream !== null && row.downstream !== null && (row.kind === 'kept' || row.kind === 'changed'))
        restated.set(row.upstream, { by: row.downstream, all: [row.downstream, ...(row.alsoDownstream ?? [])], transmission: t.id });
  }
  return restated;
}

/**
 * An item that a later heading of its own document names, with entries under
 * it (石嘴山: body item 1进一步压缩不动产登记办理时间, then the annex's heading
 * 1.进一步压缩不动产登记办理时间 over 1)…3)): the entries detail it.
 */
function detailedWithin(measures: Pick<Measure, 'id' | 'documentId' | 'ordinal' | 'title' | 'path' | 'text' | 'detailedBy'>[]): Map<string, Restatement> {
  const restated = new Map<string, Restatement>();
  const under = new Map<string, { id: string; ordinal: number }>();
  const entries = new Map<string, string[]>();
  const headingsOf = new Map<string, string[]>();
  for (const m of measures) {
    const heading = m.path.at(-1);
    const key = heading && `${m.documentId}|${bareHeading(heading)}`;
    if (key) entries.set(key, [...(entries.get(key) ?? []), m.id]);
    if (!key || under.has(key)) continue;
    under.set(key, m);
    headingsOf.set(m.documentId, [...(headingsOf.get(m.documentId) ?? []), bareHeading(heading)]);
  }
  // A task whose 具体举措 are measures of their own (铜川's （二） and its 1.…7.): they detail it.
  for (const m of measures) if (m.detailedBy?.length) restated.set(m.id, { by: m.detailedBy[0]!, all: m.detailedBy, transmission: null });
  for (const m of measures) {
    if (restated.has(m.id)) continue;
    const title = m.title ? bareHeading(m.title) : titleLost(m.text, headingsOf.get(m.documentId) ?? []);
    if (!title || title.length < 4) continue;
    const key = `${m.documentId}|${title}`;
    const first = under.get(key);
    if (first && first.id !== m.id && first.ordinal > m.ordinal) restated.set(m.id, { by: first.id, all: entries.get(key)!, transmission: null });
  }
  return restated;
}

/**
 * The heading an untitled item's text opens with: its title, whose 。 the extraction lost (石嘴山
 * 3持续推进互联网+政务服务推动政务服务线上线下…, restated under the annex's 3.持续推进互联网+政务服务; a review
 * found two such items counted twice). Only a heading of six characters or more: a short one opens many texts.
 */
function titleLost(text: string, headings: string[]): string | undefined {
  const opening = bareHeading(text);
  return headings.filter((h) => h.length >= 6 && opening.startsWith(h)).sort((a, b) => b.length - a.length)[0];
}

/**
 * Where the entries restating an item are counted on the theme pages: how many have `theme` as their primary
 * theme (listed on that page), and the other primary themes with their counts, in the entries' order. 银川's
 * 强化投资者权益保护 is restated by three tasks, two on 保护中小投资者 and one on 执行合同; a note naming only the
 * first entry's theme told readers all three were counted elsewhere (a review).
 */
export function restatingThemes(
  all: string[],
  theme: string,
  primaryOf: (id: string) => string | undefined,
): { here: number; elsewhere: { theme: string; count: number }[] } {
  let here = 0;
  const elsewhere = new Map<string, number>();
  for (const id of all) {
    const primary = primaryOf(id);
    if (primary === undefined) continue;
    if (primary === theme) here++;
    else elsewhere.set(primary, (elsewhere.get(primary) ?? 0) + 1);
  }
  return { here, elsewhere: [...elsewhere].map(([t, count]) => ({ theme: t, count })) };
}

/**
 * The entry a theme page quotes for a restated item: the first that page lists (primary theme `theme`), else the
 * first entry. 包容普惠创新's 打造便捷智慧交通 had quoted its first task, which is counted under 政务服务 (a review).
 */
export function restatingExample(restatement: { by: string; all: string[] }, theme: string, primaryOf: (id: string) => string | undefined): string {
  return restatement.all.find((id) => primaryOf(id) === theme) ?? restatement.by;
}

/**
 * The adopting documents whose every adopting measure restates an adopting measure of another document: 银川's
 * task list naming 带押过户 in r42, which breaks down the 17号 plan's item that names it too. Their adoption is
 * that item's, stated twice, so a count of adopting documents says how many of them only restate (a review read
 * 带押过户's 4 documents as 4 adoptions where 银川's two are one commitment).
 */
export function restatingAdoptions(
  adoptions: { documentId: string; measureIds: string[] }[],
  restated: { get(id: string): { all: string[] } | undefined },
): Set<string> {
  const restating = new Map<string, string>();
  for (const a of adoptions) for (const id of a.measureIds) for (const row of restated.get(id)?.all ?? []) restating.set(row, a.documentId);
  return new Set(
    adoptions
      .filter((a) => a.measureIds.length > 0 && a.measureIds.every((id) => restating.has(id) && restating.get(id) !== a.documentId))
      .map((a) => a.documentId),
  );
}

type Entry = Pick<Measure, 'id' | 'documentId' | 'ordinal' | 'label' | 'detailedBy'>;

/**
 * What a measure's card says of its restatements: the entries breaking it down, in runs of consecutive numbers
 * (银川's 任务清单 37–42 is one link, not six), and the items it breaks down. Specific measures printed right under
 * their task (铜川's 具体举措, `detailedBy`) need neither. The page and its size estimate both read this.
 */
export function restatementLinks<M extends Entry>(
  measure: M,
  restated: { get(id: string): { all: string[] } | undefined },
  restatedFrom: { get(id: string): string[] | undefined },
  byId: { get(id: string): M | undefined },
): { down: M[][]; up: M[] } {
  const entries = (ids: string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  const numberOf = (label: string) => Number(/\d+/.exec(label)?.[0] ?? Number.NaN);
  const down: M[][] = [];
  // In reading order, not the closest first: 银川's r41、r37–r40、r42 read as scattered rows (a review).
  const inOrder = (list: M[]) => [...list].sort((a, b) => (a.documentId === b.documentId ? a.ordinal - b.ordinal : 0));
  for (const m of measure.detailedBy?.length ? [] : inOrder(entries(restated.get(measure.id)?.all ?? []))) {
    const run = down.at(-1);
    const last = run?.at(-1);
    if (run && last && last.documentId === m.documentId && numberOf(m.label) === numberOf(last.label) + 1) run.push(m);
    else down.push([m]);
  }
  return { down, up: entries(restatedFrom.get(measure.id) ?? []).filter((item) => !item.detailedBy?.length) };
}

/** Each restating entry's items: a ledger entry's plan item. */
export function restatedFromOf(restated: Map<string, Restatement>): Map<string, string[]> {
  const from = new Map<string, string[]>();
  for (const [item, r] of restated) for (const entry of r.all) from.set(entry, [...(from.get(entry) ?? []), item]);
  return from;
}
