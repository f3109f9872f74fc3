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
  return [...index.values()].sort((a, b) => b.lead.length + b.responsible.length - (a.lead.length + a.responsible.length) || a.name.localeCompare(b.name, 'zh'));
}
