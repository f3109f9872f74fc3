// A theme's measures laid out to compare places. A table of rows where every
// cell but one is empty compares nothing and runs to thousands of pixels, so
// only counterparts that two or more places share make table rows; each
// place's other measures follow as a compact list in its column; measures that
// touch the theme only as their secondary theme stay apart from both, since
// the place does not act on the theme through them.
import { alignedRows, filledCells, type Linked } from './counterparts.ts';

export { filledCells };

export interface SideBySide<M> {
  /** Rows of counterpart measures, a cell per column (its place's measures in the row, most often one), two or more of them filled. */
  shared: M[][][];
  /** Each column's measures on the theme in no shared row, in document order. */
  rest: M[][];
  /** Each column's measures that have the theme as their secondary one, in document order. */
  secondary: M[][];
}

/** The least places a row of counterparts must hold to be a row of the table. */
export const MIN_SHARED = 2;

/** The layout of these columns, their rows aligned here unless given (a province's cut of the national rows: provinceRows). */
export function sideBySide<M extends Linked>(columns: { measures: M[]; secondary: M[] }[], aligned: M[][][] = alignedRows(columns)): SideBySide<M> {
  const rows = aligned.filter((row) => filledCells(row) >= MIN_SHARED);
  // Fullest rows first; among rows as full, those of the places that share most with others.
  // tableColumns then stands the places in the order these rows first name them, so the
  // first screen of a wide table shows filled cells, not rows whose members sit off to the right.
  const held = columns.map((_, c) => rows.filter((row) => row[c]!.length).length);
  const reach = (row: M[][]) => row.reduce((n, cell, c) => n + (cell.length ? held[c]! : 0), 0);
  const shared = rows
    .map((row, at) => ({ row, at, filled: filledCells(row), reach: reach(row) }))
    .sort((a, b) => b.filled - a.filled || b.reach - a.reach || a.at - b.at)
    .map((r) => r.row);
  const inRows = new Set(shared.flat(2).map((m) => m.id));
  return {
    shared,
    rest: columns.map((c) => c.measures.filter((m) => !inRows.has(m.id))),
    secondary: columns.map((c) => c.secondary),
  };
}

/**
 * A province's rows cut from the national layout: each national row's cells
 * of the province's columns (sideBySide keeps those where two or more places
 * stay). Aligned on its own, a province's measures pair on links the national
 * page outweighed — 咸阳's 行政备案 list beside 铜川's 行政许可 list, where the
 * national page puts each in its own row (a site review) — and the two pages
 * disagree.
 */
export function provinceRows<M>(national: SideBySide<M>, columns: number[]): M[][][] {
  return national.shared.map((row) => columns.map((c) => row[c]!));
}

/**
 * Columns of a layout (or of one page of it) that hold a measure on the theme:
 * the columns of its table, in the order its shared rows first name them (so
 * the first row's places stand at the left, side by side), then the places
 * with no shared row by how many measures they hold (银川's 19 of a theme's 38
 * before places with two), ties in their own order.
 */
export function tableColumns(layout: SideBySide<unknown>): number[] {
  const order: number[] = [];
  for (const row of layout.shared) {
    row.forEach((cell, c) => {
      if (cell.length && !order.includes(c)) order.push(c);
    });
  }
  const rest = layout.rest
    .map((list, c) => ({ c, size: list.length }))
    .filter(({ c, size }) => size > 0 && !order.includes(c))
    .sort((a, b) => b.size - a.size || a.c - b.c)
    .map(({ c }) => c);
  return [...order, ...rest];
}

/**
 * The places a picker offers, in the order the table shows their columns, then
 * any place with no column on this page (its secondary measures are still listed
 * below): a reader ticks names in the order they read them across.
 */
export function pickerOrder<P>(places: P[], layout: SideBySide<unknown> | null): P[] {
  if (!layout) return places;
  const shown = tableColumns(layout);
  return [...shown.map((i) => places[i]!), ...places.filter((_, i) => !shown.includes(i))];
}

/** A place's list shows this many lines; the rest wait behind a “show more” (a row is as tall as its fullest cell). */
export const LIST_SHOWN = 10;

/**
 * Runs of consecutive measures from one document: a place's list is in
 * document order, and where it draws on several documents (a plan and its
 * task table often repeat each other) each run is named by its document.
 */
export function documentRuns<M extends { documentId: string }>(measures: M[]): { documentId: string; measures: M[] }[] {
  const runs: { documentId: string; measures: M[] }[] = [];
  for (const m of measures) {
    const last = runs.at(-1);
    if (last?.documentId === m.documentId) last.measures.push(m);
    else runs.push({ documentId: m.documentId, measures: [m] });
  }
  return runs;
}
