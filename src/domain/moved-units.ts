// Old unit addresses and where they lead now. A body's page is /units/<id>/,
// and a body's id changes when the naming rules merge it into another body
// (市政府金融办 into the 金融局), place it elsewhere (兰州新区管委会 is
// 甘肃's, not 兰州市's) or rename it. A link a reader saved or cited should
// still reach the tasks it showed: each old page names where its tasks were
// written, and the body that name on that line resolves to today is where the
// old address now leads; where its tasks went to two bodies, it lists both.
import type { MovedUnit } from '../schemas/moved-unit.ts';

/** What a redirect needs of a measure: where it stands in its source and the ids its names resolve to. */
export interface MeasureNames {
  id: string;
  source: { file: string; line: number };
  bodies: { id: string; asWritten: string }[];
}

export interface UnitRedirect {
  from: string;
  /** The body's name on the old page. */
  name: string;
  /**
   * The bodies its tasks are named by today, most tasks first: one is where
   * the old address leads; two or more (an old page that held two bodies'
   * tasks) are listed for the reader to choose; none leads to the index.
   */
  to: { id: string; tasks: number }[];
  /** The old page's tasks as measures today, in the order its names stood: the rows its CSV listed. */
  measureIds: string[];
}

/**
 * Each moved page's bodies today. An old id that is again a body's id is that
 * body's page and gets no entry. Each place the old page's name stood is
 * looked up: the body that name on that line resolves to now; a name that
 * held two bodies (市自然资源局兴庆区人民政府, since split) counts for each body
 * read from it.
 */
export function unitRedirects(moved: readonly MovedUnit[], measures: readonly MeasureNames[], live: ReadonlySet<string>): UnitRedirect[] {
  const bySource = new Map<string, MeasureNames[]>();
  for (const m of measures) {
    const key = `${m.source.file}:${m.source.line}`;
    bySource.set(key, [...(bySource.get(key) ?? []), m]);
  }
  return moved
    .filter((entry) => !live.has(entry.from))
    .map((entry) => {
      const tasks = new Map<string, number>();
      const measureIds = new Set<string>();
      for (const ref of entry.refs) {
        const atSource = bySource.get(ref.source) ?? [];
        const bodies = atSource.flatMap((m) => m.bodies).filter((b) => live.has(b.id));
        const exact = bodies.filter((b) => b.asWritten === ref.asWritten);
        // A name now split (市自然资源局兴庆区人民政府): each body read from it, its written level (市) aside. A fragment
        // now named whole (石嘴山's 场监管局, its first characters lost, named as its heading's 市市场监管局): the body
        // whose name holds it.
        const found = new Set(
          (exact.length
            ? exact
            : bodies.filter(
                (b) =>
                  ref.asWritten.includes(b.asWritten) ||
                  ref.asWritten.includes(b.asWritten.replace(/^[省市县区州]/, '')) ||
                  b.asWritten.includes(ref.asWritten),
              )
          ).map((b) => b.id),
        );
        for (const id of found) tasks.set(id, (tasks.get(id) ?? 0) + 1);
        for (const m of atSource) if (m.bodies.some((b) => found.has(b.id))) measureIds.add(m.id);
      }
      const to = [...tasks].map(([id, n]) => ({ id, tasks: n })).sort((a, b) => b.tasks - a.tasks || a.id.localeCompare(b.id));
      return { from: entry.from, name: entry.name, to, measureIds: [...measureIds] };
    });
}

/** One line of a static host's `_redirects` file: a path, where it leads, and the status. */
export interface HostRedirect {
  from: string;
  to: string;
  status: 301;
}

/**
 * The old addresses a host can answer with a permanent redirect: the page and
 * its CSV (a cited download, fetched by a notebook, is an address too) of each
 * old id whose tasks one body holds now. An old id whose tasks two bodies hold
 * keeps its page listing both and gets no rule: sending its CSV to one body's
 * file would hand a script the wrong rows without a word, so its CSV is
 * written at the old address with the rows it held (units/[slug].csv.ts).
 */
export function hostRedirects(redirects: readonly UnitRedirect[]): HostRedirect[] {
  return redirects
    .filter((r) => r.to.length === 1)
    .flatMap(({ from, to }) => {
      const id = to[0]!.id;
      return [
        { from: `/units/${from}/`, to: `/units/${id}/`, status: 301 as const },
        { from: `/units/${from}.csv`, to: `/units/${id}.csv`, status: 301 as const },
      ];
    });
}
