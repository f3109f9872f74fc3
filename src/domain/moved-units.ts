// Old unit addresses and where they lead now. A body's page is /units/<id>/,
// and a body's id changes when the naming rules merge it into another body
// (市政府金融办 into the 金融局), place it elsewhere (兰州新区管委会 is
// 甘肃's, not 兰州市's) or rename it. A link a reader saved or cited should
// still reach the tasks it showed: each old page names where its tasks were
// written, and whichever body that name on that measure resolves to today is
// where the old address now leads.
import type { MovedUnit } from '../schemas/moved-unit.ts';

/** What a redirect needs of a measure: where it stands in its source and the ids its names resolve to. */
export interface MeasureNames {
  source: { file: string; line: number };
  bodies: { id: string; asWritten: string }[];
}

export interface UnitRedirect {
  from: string;
  /** The body's name on the old page. */
  name: string;
  /** The body's page it leads to now, or null when none of its tasks names a body today (it leads to the index). */
  to: string | null;
}

/**
 * Each moved page's redirect. An old id that is again a body's id today is
 * that body's page and gets none; of an entry's places, the first that still
 * names a body decides. A name that held two bodies (市自然资源局兴庆区人民政府,
 * since split) leads to the first body read from it today.
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
      const named = (same: (written: string, asWritten: string) => boolean) =>
        entry.refs
          .flatMap((ref) => (bySource.get(ref.source) ?? []).flatMap((m) => m.bodies.filter((b) => same(ref.asWritten, b.asWritten) && live.has(b.id))))
          .at(0)?.id;
      const to = named((was, now) => was === now) ?? named((was, now) => was.includes(now));
      return { from: entry.from, name: entry.name, to: to ?? null };
    });
}
