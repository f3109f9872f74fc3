// Responsible bodies across documents: each body (a place and a canonical
// name, src/domain/bodies.ts) with the measures it leads or shares, so a page
// can say who must deliver what, by when; and each function across places
// (市场监管部门 everywhere), so like bodies compare city by city.
import { BODY_ROLES, type Body, type BodyRole } from '../schemas/body.ts';
import type { Measure } from '../schemas/measure.ts';
import { countsForPlace, type Restated } from './compare.ts';
import { hasDueDate } from './dates.ts';
import { departmentRows } from './departments.ts';
import { restatedAmong } from './restatements.ts';

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

/**
 * A body's measures per role, each commitment once: a plan item that entries this body also holds restate (银川's
 * 17号 item and its 任务清单 rows) counts as those entries, as its unit page says (每项承诺只计一次) and the place
 * rankings count (a review of the open data found units.csv counting both, its order unlike the pages').
 */
export function onceByRole(u: UnitEntry, restated: { get(id: string): { all: string[] } | undefined }): Record<BodyRole, Measure[]> {
  const held = new Set(unitMeasures(u).map((m) => m.id));
  const once = (role: BodyRole) => u[role].filter((m) => !restatedAmong(restated, m.id, held));
  return { lead: once('lead'), responsible: once('responsible'), support: once('support') };
}

/** A body as the units index ranks it: its commitments per role, each once, and those a standing rule gives it. */
export interface BusyBody {
  unit: UnitEntry;
  once: Record<BodyRole, number>;
  /** Of `once.responsible`, items a document's standing rule (以下各项均需…落实) gives it, not the item itself. */
  byRule: number;
}

/**
 * The bodies that carry most, busiest first: each commitment once (onceByRole), as place rankings and unit pages
 * count (a review found 银川市审批服务管理局 first on 67 leads here, 53 on its city's page), without groups (各县区 are
 * many bodies), and without what a standing rule adds to every item (兰州新区管委会's 73; said beside, not ranked).
 */
export function busiestBodies(units: UnitEntry[], restated: Restated, n: number): BusyBody[] {
  return units
    .filter((u) => u.body.kind !== 'group')
    .map((unit) => {
      const byRole = onceByRole(unit, restated);
      const byRule = byRole.responsible.filter((m) => m.bodies.some((b) => b.id === unit.body.id && b.origin === 'document-rule')).length;
      const once = { lead: byRole.lead.length, responsible: byRole.responsible.length, support: byRole.support.length };
      return { unit, once, byRule, named: once.lead + once.responsible + once.support - byRule };
    })
    .sort((a, b) => b.named - a.named || a.unit.name.localeCompare(b.unit.name, 'zh'))
    .slice(0, n)
    .map(({ named: _, ...busy }) => busy);
}

/** A body with how many of a place's measures it leads, is alone in charge of, and answers for beside others. */
export interface LeadingBody {
  id: string;
  name: string;
  lead: number;
  /** Of `lead`, measures whose lead only a heading over them names (（一）…（市审批局牵头）over its ledger entries). */
  leadByHeading: number;
  /** Measures that name no lead and this body as the one responsible (（登记指导处负责，…）): it is in charge of them. */
  sole: number;
  responsible: number;
  /** The divisions (处, 室) whose measures are counted as this department's: 登记指导处 of 陕西省市场监督管理局. */
  divisions: { id: string; name: string }[];
  /** Whether the body has a unit page (/units/<id>/): a department named only through its divisions has none. */
  page: boolean;
  /** The primary themes of the measures it is in charge of (leads or is alone responsible for), most first. */
  themes: ThemeCount[];
}

/** How a ranking reads bodies: which are many (各区县), and which department each division belongs to. */
export interface RankingBodies {
  collective?: ReadonlySet<string>;
  /** `page`: the department is a body with a unit page; else it is named only through its divisions. */
  departmentOf?: ReadonlyMap<string, { id: string; name: string; page?: boolean }>;
}

/**
 * The bodies in charge of most of a place's measures, busiest first: who a reader asks first about
 * that place (a review found a city page gave no way to see it short of the units CSV). A body is in
 * charge where it leads, or where the measure names no lead and it alone is responsible: 陕西省市场监管局's
 * 85号 gives each item to one 处 with （X负责，…）, and a review found 登记指导处, sole owner of 8, missing
 * from a ranking of leads. Bodies a document's standing rule adds to every task (以下各项均需各市州政府…落实)
 * take no item from the body the item names. Each commitment counts once: a plan item its own task list or
 * annex restates (`restated`) counts as the rows that restate it, and another place's practice a list passes
 * on not at all, as the comparisons count (`countsForPlace`). A collective (各区县, 联席会议各成员单位:
 * `collective`) is many bodies, not one, and is not ranked; a division counts as its department (`departmentOf`):
 * a review found 陕西省市场监管局's 登记指导处 first with 8 while the 局 itself, all its 处 together, held far more.
 */
export function leadingBodies(
  measures: Pick<Measure, 'id' | 'bodies' | 'practiceFrom' | 'themes'>[],
  restated: Restated,
  { collective = new Set(), departmentOf = new Map() }: RankingBodies = {},
  limit = 8,
): LeadingBodies {
  const rows = new Map<string, Omit<LeadingBody, 'themes'> & { folded: Map<string, string>; charged: Pick<Measure, 'themes'>[] }>();
  let unnamed = 0;
  let counted = 0;
  for (const m of measures) {
    if (!countsForPlace(m, restated)) continue;
    counted++;
    if (!m.bodies.some((b) => b.role !== 'support')) unnamed++;
    const byBody = rankedBodies(m, { collective, departmentOf });
    // Alone by the measure's own role clause, column or heading: a body read from a sentence of the running text
    // may be one actor of several the text names (宁夏 13dc79's 自治区市场监管厅 beside city bureaus; a review).
    const named = m.bodies.filter((b) => b.role === 'responsible' && b.origin !== 'document-rule');
    const namedIds = new Set(named.map((b) => departmentOf.get(b.id)?.id ?? b.id));
    const alone = !m.bodies.some((b) => b.role === 'lead') && namedIds.size === 1 && named.every((b) => b.origin !== 'sentence') ? [...namedIds][0] : null;
    for (const [id, entry] of byBody) {
      let row = rows.get(id);
      if (!row)
        rows.set(
          id,
          (row = { id, name: entry.name, page: entry.page, lead: 0, leadByHeading: 0, sole: 0, responsible: 0, divisions: [], folded: new Map(), charged: [] }),
        );
      row[id === alone ? 'sole' : entry.role]++;
      if (id === alone || entry.role === 'lead') row.charged.push(m);
      if (id !== alone && entry.role === 'lead' && entry.byHeading) row.leadByHeading++;
      for (const d of entry.divisions) row.folded.set(d.id, d.name);
    }
  }
  const ranked = [...rows.values()]
    .map(({ folded, charged, ...row }) => ({
      ...row,
      divisions: [...folded].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh')),
      themes: primaryThemes(charged),
    }))
    .filter((r) => inCharge(r) > 0)
    .sort(
      (a, b) => inCharge(b) - inCharge(a) || b.lead - a.lead || b.responsible - a.responsible || a.name.localeCompare(b.name, 'zh') || a.id.localeCompare(b.id),
    );
  const shown = ranked.slice(0, limit);
  // A cut that falls inside a tie says so (a review found the eighth place cut silently among equals).
  const last = shown.at(-1);
  const tiedOut = last ? ranked.slice(limit).filter((r) => inCharge(r) === inCharge(last)).length : 0;
  return { bodies: shown, tiedOut, tiedAt: tiedOut > 0 && last ? inCharge(last) : null, unnamed, counted };
}

export interface ThemeCount {
  theme: string;
  count: number;
}

/**
 * What a body's commitments are about: each measure once, under its primary theme, most first (ties by theme id,
 * so pages agree). A review had to tally a unit CSV's themeNames to learn what 克拉玛依's busiest bodies do.
 */
export function primaryThemes(measures: Pick<Measure, 'themes'>[]): ThemeCount[] {
  const counts = new Map<string, number>();
  for (const m of measures) if (m.themes[0]) counts.set(m.themes[0], (counts.get(m.themes[0]) ?? 0) + 1);
  return [...counts].map(([theme, count]) => ({ theme, count })).sort((a, b) => b.count - a.count || a.theme.localeCompare(b.theme));
}

/** A body as one measure names it, for a ranking. */
interface RankedBody {
  name: string;
  page: boolean;
  role: 'lead' | 'responsible';
  /** Led only by a heading over the measure (its own text or column names no lead). */
  byHeading: boolean;
  divisions: { id: string; name: string }[];
}

/** The bodies one measure names, as a ranking reads them: a division as its department, each once with its strongest role. */
function rankedBodies(m: Pick<Measure, 'bodies'>, { collective, departmentOf }: Required<RankingBodies>): Map<string, RankedBody> {
  const byBody = new Map<string, RankedBody>();
  for (const ref of m.bodies) {
    if (ref.role === 'support' || collective.has(ref.id)) continue;
    const department = departmentOf.get(ref.id);
    const id = department?.id ?? ref.id;
    const entry = byBody.get(id) ?? { name: department?.name ?? ref.name, page: department?.page ?? true, role: ref.role, byHeading: true, divisions: [] };
    if (ref.role === 'lead') {
      // Led by the heading alone unless the item itself (or its column) names this body to lead it.
      entry.byHeading = (entry.role === 'lead' ? entry.byHeading : true) && ref.origin === 'heading';
      entry.role = 'lead';
    }
    if (department) entry.divisions.push({ id: ref.id, name: ref.name });
    byBody.set(id, entry);
  }
  return byBody;
}

/** How many measures a body is in charge of: it leads them, or is alone responsible. */
export const inCharge = (r: LeadingBody): number => r.lead + r.sole;

export interface LeadingBodies {
  bodies: LeadingBody[];
  /** Bodies left off the list that are in charge of as many measures as its last (`tiedAt`). */
  tiedOut: number;
  tiedAt: number | null;
  /** Measures counted that name no body to lead or answer for them: a ranking over few of a place's measures says so. */
  unnamed: number;
  /** Measures the ranking reads (each commitment once): `unnamed` of them name no body. */
  counted: number;
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

/**
 * Collectives, and each division's department: the department's own body where it has one (陕西省市场监督管理局),
 * else the department its divisions name, with no page of its own (陕西省知识产权局: only its 处 are named).
 */
export function rankingBodiesOf(bodies: Pick<Body, 'id' | 'name' | 'kind' | 'canonical' | 'province' | 'city' | 'department'>[]): RankingBodies {
  const byName = new Map(bodies.map((b) => [`${b.province}|${b.city}|${b.canonical}`, b]));
  const departmentOf = new Map<string, { id: string; name: string; page: boolean }>();
  for (const b of bodies) {
    if (!b.department) continue;
    const key = `${b.province}|${b.city}|${b.department}`;
    const department = byName.get(key);
    const at = b.name.indexOf(b.department);
    if (department) departmentOf.set(b.id, { id: department.id, name: department.name, page: true });
    else if (at > 0) departmentOf.set(b.id, { id: key, name: b.name.slice(0, at + b.department.length), page: false });
  }
  return { collective: new Set(bodies.filter((b) => b.kind === 'group').map((b) => b.id)), departmentOf };
}
