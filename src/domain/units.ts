// Responsible bodies across documents: each body (a place and a canonical
// name, src/domain/bodies.ts) with the measures it leads or shares, so a page
// can say who must deliver what, by when; and each function across places
// (市场监管部门 everywhere), so like bodies compare city by city.
import { BODY_ROLES, type Body, type BodyRole } from '../schemas/body.ts';
import type { Measure } from '../schemas/measure.ts';
import { countsForPlace, type Restated } from './compare.ts';
import { hasDueDate } from './dates.ts';
import { departmentRows } from './departments.ts';

export interface UnitEntry {
  body: Body;
  /** The body's page: /units/<slug>/ */
  slug: string;
  name: string;
  /** What an index files the body under: its canonical name, without its place. */
  sortName: string;
  lead: Measure[];
  responsible: Measure[];
  /** Measures the body supports (配合) and does not answer for. */
  support: Measure[];
}

/** All the measures a unit is named by, in role order. */
export const unitMeasures = (u: UnitEntry): Measure[] => BODY_ROLES.flatMap((role) => u[role]);

/** Every body named by a measure, busiest first. */
export function unitIndex(measures: Measure[], bodies: Body[]): UnitEntry[] {
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const index = new Map<string, UnitEntry>();
  for (const m of measures) {
    for (const ref of m.bodies) {
      let e = index.get(ref.id);
      if (!e) {
        const body = byId.get(ref.id);
        if (!body) throw new Error(`measure ${m.id} names body ${ref.id}, which content/analysis/bodies.json lacks`);
        index.set(ref.id, (e = { body, slug: body.id, name: body.name, sortName: body.canonical, lead: [], responsible: [], support: [] }));
      }
      e[ref.role].push(m);
    }
  }
  return [...index.values()].sort(
    (a, b) => unitMeasures(b).length - unitMeasures(a).length || a.name.localeCompare(b.name, 'zh') || a.slug.localeCompare(b.slug),
  );
}

/** A body with how many of a place's measures it leads, is alone in charge of, and answers for beside others. */
export interface LeadingBody {
  id: string;
  name: string;
  lead: number;
  /** Measures that name no lead and this body as the one responsible (（登记指导处负责，…）): it is in charge of them. */
  sole: number;
  responsible: number;
}

/**
 * The bodies in charge of most of a place's measures, busiest first: who a reader asks first about
 * that place (a review found a city page gave no way to see it short of the units CSV). A body is in
 * charge where it leads, or where the measure names no lead and it alone is responsible: 陕西省市场监管局's
 * 85号 gives each item to one 处 with （X负责，…）, and a review found 登记指导处, sole owner of 8, missing
 * from a ranking of leads. Bodies a document's standing rule adds to every task (以下各项均需各市州政府…落实)
 * take no item from the body the item names. Each commitment counts once: a plan item its own task list or
 * annex restates (`restated`) counts as the rows that restate it, and another place's practice a list passes
 * on not at all, as the comparisons count (`countsForPlace`).
 */
export function leadingBodies(measures: Pick<Measure, 'id' | 'bodies' | 'practiceFrom'>[], restated: Restated, limit = 8): LeadingBody[] {
  const rows = new Map<string, LeadingBody>();
  for (const m of measures) {
    if (!countsForPlace(m, restated)) continue;
    // Alone by the measure's own role clause, column or heading: a body read from a sentence of the running text
    // may be one actor of several the text names (宁夏 13dc79's 自治区市场监管厅 beside city bureaus; a review).
    const named = m.bodies.filter((b) => b.role === 'responsible' && b.origin !== 'document-rule');
    const alone = !m.bodies.some((b) => b.role === 'lead') && named.length === 1 && named[0]!.origin !== 'sentence' ? named[0]!.id : null;
    for (const ref of m.bodies) {
      if (ref.role === 'support') continue;
      let row = rows.get(ref.id);
      if (!row) rows.set(ref.id, (row = { id: ref.id, name: ref.name, lead: 0, sole: 0, responsible: 0 }));
      row[ref.id === alone ? 'sole' : ref.role]++;
    }
  }
  const inCharge = (r: LeadingBody) => r.lead + r.sole;
  return [...rows.values()]
    .filter((r) => inCharge(r) > 0)
    .sort(
      (a, b) => inCharge(b) - inCharge(a) || b.lead - a.lead || b.responsible - a.responsible || a.name.localeCompare(b.name, 'zh') || a.id.localeCompare(b.id),
    )
    .slice(0, limit);
}

export interface UnitKind {
  /** Function id: /units/kinds/<id>/ */
  id: string;
  name: string;
  units: UnitEntry[];
  /** How many departments its units are, a division counted in its department (departmentRows): its kinds page's rows. */
  departments: number;
}

/** Bodies of one function across places (市场监管部门: each city's market regulator), for the functions held by two or more departments. */
export function unitKinds(units: UnitEntry[]): UnitKind[] {
  const kinds = new Map<string, UnitKind>();
  for (const u of units) {
    let k = kinds.get(u.body.function);
    if (!k) kinds.set(u.body.function, (k = { id: u.body.function, name: u.body.functionName, units: [], departments: 0 }));
    k.units.push(u);
  }
  for (const k of kinds.values()) k.departments = departmentRows(k.units).length;
  // Two departments at least: a department and its own divisions (陕西省知识产权局 and its 处室) compare nothing.
  return [...kinds.values()].filter((k) => k.departments >= 2).sort((a, b) => b.units.length - a.units.length || a.name.localeCompare(b.name, 'zh'));
}

/** Tasks per unit page: about 100 kB of HTML, far under the 1 MB page budget. */
export const UNIT_PAGE_SIZE = 100;

export interface UnitTask {
  measure: Measure;
  role: BodyRole;
}

export interface UnitPlaceRow {
  placeId: string;
  placeName: string;
  documents: number;
  lead: number;
  responsible: number;
  support: number;
  dated: number;
  /** The listing page (1-based) where this place's tasks begin. */
  page: number;
}

/**
 * One body's tasks in reading order — place by place (in the places' order),
 * then document, then item — with a row per place saying where its tasks
 * begin once the list is cut into pages of `pageSize`. The same name in two
 * cities is two bodies; the rows keep them apart.
 */
export function unitListing(
  unit: UnitEntry,
  places: { id: string; name: string; documentIds: string[] }[],
  pageSize: number,
): { tasks: UnitTask[]; places: UnitPlaceRow[] } {
  const tasks: UnitTask[] = BODY_ROLES.flatMap((role) => unit[role].map((measure) => ({ measure, role })));
  const rank = new Map<string, [number, number]>();
  places.forEach((p, i) => {
    p.documentIds.forEach((d, j) => {
      rank.set(d, [i, j]);
    });
  });
  const key = (t: UnitTask) => rank.get(t.measure.documentId) ?? [places.length, 0];
  tasks.sort((a, b) => {
    const [pa, da] = key(a);
    const [pb, db] = key(b);
    return pa - pb || da - db || a.measure.documentId.localeCompare(b.measure.documentId) || a.measure.ordinal - b.measure.ordinal;
  });
  const rows: UnitPlaceRow[] = [];
  const documentsOf = new Map<UnitPlaceRow, Set<string>>();
  tasks.forEach((task, index) => {
    const place = places[key(task)[0]];
    const placeId = place?.id ?? 'other';
    let row = rows.at(-1);
    if (row?.placeId !== placeId) {
      row = { placeId, placeName: place?.name ?? '其他', documents: 0, lead: 0, responsible: 0, support: 0, dated: 0, page: Math.floor(index / pageSize) + 1 };
      rows.push(row);
      documentsOf.set(row, new Set());
    }
    row[task.role]++;
    if (hasDueDate(task.measure.deadline)) row.dated++;
    documentsOf.get(row)!.add(task.measure.documentId);
  });
  for (const row of rows) row.documents = documentsOf.get(row)!.size;
  return { tasks, places: rows };
}
