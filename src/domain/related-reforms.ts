// Reforms a plan names together: 一业一证 with 一证准营, 标准地 with 亩均论英雄,
// 跨省通办 with 省内通办. A reader on one reform's page looks for its kin (a site
// review found no way from 一业一证 to 一证准营 or 准入即准营). Kinship is read
// from the measures, not from the names: two reforms are kin where measures
// name both, weighed against how many measures name each (the cosine of their
// measure sets), so 告知承诺 and 一网通办, named everywhere, do not crowd out
// the reforms that go together.

interface Named {
  id: string;
  adoptions: { measureIds: string[] }[];
}

/** Measures two reforms must share to be kin: one shared measure is a list of reforms, not kinship. */
export const KIN_SHARED = 2;
/** Closeness (cosine of measure sets) kin must reach: 一网通办 shares two of 一业一证's nine measures, but stands in seventy (0.08). */
export const KIN_CLOSENESS = 0.2;
/** Kin a page names at most. */
export const KIN_SHOWN = 5;

export interface Kin<R> {
  reform: R;
  /** Measures that name both. */
  shared: number;
}

/** A reform's measures, built once per reform: every reform page reads every other reform's. */
const measureSets = new WeakMap<Named, Set<string>>();
function measuresOf(r: Named): Set<string> {
  let set = measureSets.get(r);
  if (!set) measureSets.set(r, (set = new Set(r.adoptions.flatMap((a) => a.measureIds))));
  return set;
}

/** The reforms named in the same measures as `reform`, closest first (cosine of measure sets, then shared measures, then id). */
export function relatedReforms<R extends Named>(reform: R, reforms: readonly R[]): Kin<R>[] {
  const mine = measuresOf(reform);
  return reforms
    .filter((r) => r.id !== reform.id)
    .map((r) => {
      const theirs = measuresOf(r);
      const shared = [...theirs].filter((id) => mine.has(id)).length;
      return { reform: r, shared, closeness: shared / Math.sqrt(theirs.size * mine.size || 1) };
    })
    .filter((k) => k.shared >= KIN_SHARED && k.closeness >= KIN_CLOSENESS)
    .sort((a, b) => b.closeness - a.closeness || b.shared - a.shared || a.reform.id.localeCompare(b.reform.id))
    .slice(0, KIN_SHOWN)
    .map(({ reform: r, shared }) => ({ reform: r, shared }));
}
