// Stable ids. A document's id is its place, year and a short hash of
// its title, 文号 and date: the same source gives the same id on every build,
// and ids do not shift when other documents are added. A measure's id is its
// document's id plus its numbering path (m3-1-2, r12 for table rows).
import { createHash } from 'node:crypto';
import { findCity, findProvince } from '../../../../src/domain/places.ts';
import { warning, type Diagnostic } from '../diagnostics.ts';
import type { MeasureDraft } from '../model.ts';
import type { DocumentMeta } from './extract-metadata.ts';

export function documentId(meta: DocumentMeta, taken: Set<string>, file: string, line: number): { id: string; diagnostics: Diagnostic[] } {
  const province = findProvince(meta.province)?.slug ?? 'unknown';
  const city = meta.city ? (findCity(meta.city)?.city.slug ?? hash(meta.city).slice(0, 4)) : null;
  const digest = hash(`${meta.sourceTitle}|${meta.docNumber ?? ''}|${meta.date ?? ''}`).slice(0, 6);
  const base = [province, city, meta.year ?? 'nd', digest].filter(Boolean).join('-');
  const diagnostics: Diagnostic[] = [];
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  if (id !== base) {
    diagnostics.push(
      warning(file, line, 'ids/duplicate-document', `a document with the same title, 文号 and date was already read; kept both, this one as ${id}`, meta.title),
    );
  }
  taken.add(id);
  return { id, diagnostics };
}

export function measureIds(documentId: string, measures: MeasureDraft[]): string[] {
  const taken = new Set<string>();
  return measures.map((m) => {
    const local = m.numbers[0] === 'r' ? `r${m.numbers[1].replace(/\D/g, '')}` : `m${m.numbers.join('-')}`;
    let id = `${documentId}-${local}`;
    for (let n = 2; taken.has(id); n++) id = `${documentId}-${local}-${n}`;
    taken.add(id);
    return id;
  });
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
