// /units/<slug>.csv — one body's tasks, each with the body's role in it first
// (牵头, 责任 or 配合: who is responsible is what the file is for; a site review).
// An old address whose tasks went to two bodies (content/moved-units.json)
// keeps its file with the rows it listed, since no single body's file holds
// them; an old address whose tasks one body holds is a host redirect instead.
import type { APIRoute } from 'astro';
import { loadComparison } from '../../site-data/comparison.ts';
import { loadCorpus } from '../../site-data/corpus.ts';
import { downloadCsv, UNIT_TASK_COLUMNS, toMeasureRow } from '../../domain/downloads.ts';
import { placingOf } from '../../domain/compare.ts';
import type { UnitRedirect } from '../../domain/moved-units.ts';
import type { UnitEntry } from '../../domain/units.ts';
import type { MeasureRecord } from '../../site-data/corpus.ts';
import { BODY_ROLES, strongerRole, type BodyRole } from '../../schemas/body.ts';

type Props = { unit: UnitEntry; split?: undefined } | { unit?: undefined; split: UnitRedirect };

export async function getStaticPaths() {
  const { units, unitRedirects } = await loadComparison();
  return [
    ...units.map((unit) => ({ params: { slug: unit.slug }, props: { unit } })),
    ...unitRedirects.filter((r) => r.to.length > 1).map((split) => ({ params: { slug: split.from }, props: { split } })),
  ];
}

export const GET: APIRoute = async ({ props }) => {
  const corpus = await loadCorpus();
  const docs = corpus.documentDataById;
  const { themeName, places, restated, metrics } = await loadComparison();
  const metricById = new Map(metrics.map((m) => [m.id, m]));
  const placing = placingOf(places, restated);
  const row = (m: MeasureRecord, role: BodyRole) => ({ ...toMeasureRow(m, docs.get(m.documentId)!, themeName, placing(m), metricById), role });
  const { unit, split } = props as Props;
  const rows = split
    ? split.measureIds.map((id) => {
        const m = corpus.measureById.get(id)!;
        // The old page listed a task once, under the strongest role its body had in it.
        const heirs = m.bodies.filter((b) => split.to.some((t) => t.id === b.id)).map((b) => b.role);
        return row(
          m,
          heirs.reduce((best, role) => (strongerRole(role, best) ? role : best)),
        );
      })
    : BODY_ROLES.flatMap((role) => unit![role].map((m) => row(m, role)));
  return new Response(downloadCsv(UNIT_TASK_COLUMNS, rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
