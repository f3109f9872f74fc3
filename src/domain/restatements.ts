// A place that publishes a plan and then a task list restating it item by item
// (银川's 实施方案 and its 任务清单) states each of those commitments twice. A
// count of the place's measures on a theme would then double, and a reader
// benchmarking it against a city with one document would be misled. So a plan
// item the same place's later document takes over (policy transmission: kept
// or changed) counts once, as the task that restates it, which carries the
// deadline and the bodies. A provincial plan implemented by a city is not a
// restatement: each is its own place's commitment.
import type { Transmission } from '../schemas/analysis.ts';
import type { Place } from './compare.ts';

export interface Restatement {
  /** The measure of the later document that restates it. */
  by: string;
  transmission: string;
}

/** Upstream measures restated by a document of the same place, by measure id. */
export function restatedMeasures(transmissions: Transmission[], places: Place[]): Map<string, Restatement> {
  const placeOf = new Map(places.flatMap((p) => p.documentIds.map((id) => [id, p.id] as const)));
  const restated = new Map<string, Restatement>();
  for (const t of transmissions) {
    const place = placeOf.get(t.upstreamId);
    if (place === undefined || place !== placeOf.get(t.downstreamId)) continue;
    for (const row of t.rows)
      if (row.upstream !== null && row.downstream !== null && (row.kind === 'kept' || row.kind === 'changed'))
        restated.set(row.upstream, { by: row.downstream, transmission: t.id });
  }
  return restated;
}
