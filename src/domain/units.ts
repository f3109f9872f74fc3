// Responsible bodies across documents: every normalized unit name with the
// measures it leads or shares, so a page can say who must deliver what, by when.
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import type { Measure } from '../schemas/measure.ts';

export interface UnitEntry {
  name: string;
  slug: string;
  lead: Measure[];
  responsible: Measure[];
}

/** Readable and stable: pinyin of the name plus a short hash (市审批局 → shi-shen-pi-ju-1a2b). */
export function unitSlug(name: string): string {
  const latin = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'removed' })
    .map((p) => p.toLowerCase().replace(/[^a-z]/g, ''))
    .filter(Boolean)
    .slice(0, 8)
    .join('-');
  return `${latin || 'unit'}-${createHash('sha1').update(name).digest('hex').slice(0, 4)}`;
}

export function unitIndex(measures: Measure[]): UnitEntry[] {
  const index = new Map<string, UnitEntry>();
  const entry = (name: string) => {
    let e = index.get(name);
    if (!e) index.set(name, (e = { name, slug: unitSlug(name), lead: [], responsible: [] }));
    return e;
  };
  for (const m of measures) {
    for (const u of m.leadUnitsNormalized) entry(u).lead.push(m);
    for (const u of m.responsibleUnitsNormalized) if (!m.leadUnitsNormalized.includes(u)) entry(u).responsible.push(m);
  }
  return [...index.values()].sort(
    (a, b) => b.lead.length + b.responsible.length - (a.lead.length + a.responsible.length) || a.name.localeCompare(b.name, 'zh'),
  );
}

/** Tasks per unit page: about 100 kB of HTML, far under the 1 MB page budget. */
export const UNIT_PAGE_SIZE = 100;

export interface UnitTask {
  measure: Measure;
  role: 'lead' | 'responsible';
}

export interface UnitPlaceRow {
  placeId: string;
  placeName: string;
  documents: number;
  lead: number;
  responsible: number;
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
  const tasks: UnitTask[] = [
    ...unit.lead.map((measure) => ({ measure, role: 'lead' as const })),
    ...unit.responsible.map((measure) => ({ measure, role: 'responsible' as const })),
  ];
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
      row = { placeId, placeName: place?.name ?? '其他', documents: 0, lead: 0, responsible: 0, dated: 0, page: Math.floor(index / pageSize) + 1 };
      rows.push(row);
      documentsOf.set(row, new Set());
    }
    row[task.role]++;
    if (task.measure.deadline?.date) row.dated++;
    documentsOf.get(row)!.add(task.measure.documentId);
  });
  for (const row of rows) row.documents = documentsOf.get(row)!.size;
  return { tasks, places: rows };
}
