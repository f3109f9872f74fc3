// How a transmission page sections its rows: changed rows that write another value apart from those whose
// lower measure only leaves the upper's deadline or target out (a review read 9 of 12 有改动 rows as changes
// the lower body had made, where it had said nothing), then kept, added and dropped rows.
import type { Transmission, TransmissionKind } from '../schemas/analysis.ts';

type Row = Transmission['rows'][number];

/** A changed row whose every change is the upper's value with nothing in its place (not a baseline the lower builds on). */
export const leavesOutOnly = (row: Row): boolean =>
  row.changes.length > 0 && row.changes.every((c) => c.upstream !== null && c.downstream === null && !c.baseline);

export interface RowSection {
  kind: TransmissionKind;
  /** For changed rows: whether the lower measure wrote other values, or only left the upper's out. */
  part?: 'other-values' | 'left-out';
  rows: Row[];
}

export function rowSections(rows: Row[]): RowSection[] {
  const changed = rows.filter((r) => r.kind === 'changed');
  return [
    { kind: 'changed', part: 'other-values', rows: changed.filter((r) => !leavesOutOnly(r)) },
    { kind: 'changed', part: 'left-out', rows: changed.filter(leavesOutOnly) },
    ...(['kept', 'added', 'dropped'] as const).map((kind) => ({ kind, rows: rows.filter((r) => r.kind === kind) })),
  ];
}
