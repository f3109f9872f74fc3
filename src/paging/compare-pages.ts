// How the comparison pages stay under the page budget as places multiply:
// which view a page uses (everything side by side, or a summary with a
// drill-down per province), where the per-province side-by-side tables are
// cut into pages, and the summaries themselves. Pure functions over plain
// records, like compare.ts, so the pages and the tests read the same numbers.
import type { MatrixCell, Place } from '../domain/compare.ts';
import { headlines, type MetricRow, type QuantityTable } from '../domain/quantities.ts';
import { cellStateSchema, type CellState } from '../schemas/analysis.ts';
import { cutPages, LISTING_BUDGET_BYTES, pageOf } from './budget.ts';

/** A measure card in a side-by-side cell, measured on the built site (about 900 bytes with its <td>). */
export const CARD_BYTES = 900;
/** An empty cell of a side-by-side row (<td data-place=…></td>): 60 bytes, and there are many once columns multiply. */
export const EMPTY_CELL_BYTES = 60;

/** Estimated HTML bytes of one aligned row (a cell per column, a card where a place has a measure). */
export function rowBytes(row: readonly unknown[]): number {
  const cards = row.filter((cell) => cell !== null && cell !== undefined).length;
  return cards * CARD_BYTES + (row.length - cards) * EMPTY_CELL_BYTES;
}

export type ThemePageMode = 'side-by-side' | 'summary';

/**
 * A theme page shows every place's measures side by side while that table
 * fits the listing budget (today's corpus, most themes); past it, the page
 * summarises place by place and the side-by-side tables move to one page per
 * province (/compare/<theme>/<province>/). Decided by estimated size alone.
 */
export function themePageMode(rows: readonly (readonly unknown[])[], budget = LISTING_BUDGET_BYTES): ThemePageMode {
  return rows.reduce((n, row) => n + rowBytes(row), 0) <= budget ? 'side-by-side' : 'summary';
}

/**
 * The mode of a theme page from its columns, aligning rows only when they
 * could fit: at national scale the cards alone are over budget, and aligning
 * tens of thousands of measures across hundreds of columns would be wasted.
 */
export function themeView<R extends readonly unknown[]>(
  columns: { measures: unknown[] }[],
  align: () => R[],
  budget = LISTING_BUDGET_BYTES,
): { mode: ThemePageMode; rows: R[] } {
  const cards = columns.reduce((n, c) => n + c.measures.length, 0);
  if (cards * CARD_BYTES > budget) return { mode: 'summary', rows: [] };
  const rows = align();
  return { mode: themePageMode(rows, budget), rows };
}

/** Start row of each page of a side-by-side table cut to the listing budget. */
export function sideBySidePages(rows: readonly (readonly unknown[])[], budget = LISTING_BUDGET_BYTES): number[] {
  return cutPages(rows.map(rowBytes), budget);
}

/**
 * For each column, the page (1-based) of the first row where that column has
 * a measure — where the reader should land for that place — or null when the
 * column is empty throughout.
 */
export function columnFirstPages(rows: readonly (readonly unknown[])[], starts: number[], columns: number): (number | null)[] {
  const first: (number | null)[] = Array.from({ length: columns }, () => null);
  rows.forEach((row, r) => {
    const page = pageOf(starts, r);
    row.forEach((cell, c) => {
      if (cell !== null && cell !== undefined && first[c] === null) first[c] = page;
    });
  });
  return first;
}

/** A province and its comparison places: its own (provincial) documents first, then its cities. */
export interface ProvinceGroup {
  province: string;
  /** The province's slug, which is also the id of its provincial place. */
  slug: string;
  places: Place[];
}

/** Places grouped by province, in the places' order (placesOf lists each province before its cities). */
export function provinceGroups(places: Place[]): ProvinceGroup[] {
  const groups: ProvinceGroup[] = [];
  for (const place of places) {
    let group = groups.find((g) => g.province === place.province);
    if (!group) {
      group = { province: place.province, slug: place.level === 'province' ? place.id : place.id.split('-')[0]!, places: [] };
      groups.push(group);
    }
    if (place.level === 'province') group.slug = place.id;
    group.places.push(place);
  }
  return groups;
}

/** The drill-down page of a theme for one province, at a page of its side-by-side table. */
export function themeProvinceHref(theme: string, provinceSlug: string, page = 1): string {
  return page <= 1 ? `/compare/${theme}/${provinceSlug}/` : `/compare/${theme}/${provinceSlug}/${page}/`;
}

// Targets ---------------------------------------------------------------------

/** Bars a target chart may draw (an SVG bar and its table row, about 1 kB together) before it summarises. */
export const MAX_BARS = 60;

/**
 * A quantity table reduced to the most ambitious place of each group (each
 * province on a summary page): one bar per group however many places and
 * documents it holds, each still linking to the measure that sets it.
 */
export function bestPerGroup(table: QuantityTable, groupOf: (placeId: string) => string): QuantityTable {
  const lower = table.direction === 'lower-is-better';
  const best = new Map<string, MetricRow>();
  for (const row of headlines(table).values()) {
    const key = groupOf(row.place);
    const held = best.get(key);
    if (!held || (lower ? row.value < held.value : row.value > held.value)) best.set(key, row);
  }
  return { ...table, rows: [...best.values()] };
}

/** Whether a target chart draws every target or the best of each group: by how many bars it would draw. */
export function targetChartMode(bars: number, max = MAX_BARS): 'all' | 'best-per-group' {
  return bars <= max ? 'all' : 'best-per-group';
}

// The theme × place matrix ----------------------------------------------------------

/** Matrix columns (places) shown one by one: 28 themes × 36 columns is about 750 kB with the heat map. */
export const MATRIX_MAX_COLUMNS = 36;

/** /compare/ draws a column per place while they fit, else a column per province with a matrix page per province. */
export function matrixMode(columns: number, max = MATRIX_MAX_COLUMNS): 'places' | 'provinces' {
  return columns <= max ? 'places' : 'provinces';
}

/** Strongest state first: a province has targets on a theme if any of its places has. */
const STATE_ORDER: readonly CellState[] = cellStateSchema.options;

/**
 * One cell per theme × province, summing its places' cells: the strongest
 * state among them (no-documents only when none of its places holds any),
 * the total of measures and targets, linking to the theme's page for that province.
 */
export function provinceCells(themes: { id: string }[], groups: ProvinceGroup[], cells: MatrixCell[]): MatrixCell[] {
  const byKey = new Map(cells.map((c) => [`${c.theme}|${c.place}`, c]));
  return themes.flatMap((theme) =>
    groups.map((group) => {
      const own = group.places.map((p) => byKey.get(`${theme.id}|${p.id}`)).filter((c): c is MatrixCell => Boolean(c));
      const state = STATE_ORDER.find((s) => own.some((c) => c.state === s)) ?? 'no-documents';
      return {
        theme: theme.id,
        place: group.slug,
        state,
        count: own.reduce((n, c) => n + c.count, 0),
        secondaryCount: own.reduce((n, c) => n + c.secondaryCount, 0),
        targetCount: own.reduce((n, c) => n + c.targetCount, 0),
        notes: [],
        href: themeProvinceHref(theme.id, group.slug),
      };
    }),
  );
}

// The summary of a theme page ---------------------------------------------------------

export interface PlaceSummaryRow {
  place: Place;
  measures: number;
  targets: number;
  /** Where this place's measures begin on its province's drill-down page. */
  href: string;
}

export interface ProvinceSummary {
  group: ProvinceGroup;
  measures: number;
  targets: number;
  rows: PlaceSummaryRow[];
  /** Pages of the province's side-by-side table. */
  pages: number;
}

/**
 * What a summary theme page lists: per province, its places with measures on
 * the theme, their counts, and the page of the province's side-by-side table
 * where each place's measures begin (its column carries the place's id there).
 */
export function themeSummary<M extends { targets: unknown[] }>(
  theme: string,
  groups: ProvinceGroup[],
  columnsOf: (group: ProvinceGroup) => { place: Place; measures: M[] }[],
  rowsOf: (columns: { place: Place; measures: M[] }[]) => readonly (readonly unknown[])[],
  budget = LISTING_BUDGET_BYTES,
): ProvinceSummary[] {
  return groups.flatMap((group) => {
    const columns = columnsOf(group);
    if (columns.length === 0) return [];
    const rows = rowsOf(columns);
    const starts = sideBySidePages(rows, budget);
    const first = columnFirstPages(rows, starts, columns.length);
    const placeRows = columns.map((c, i) => ({
      place: c.place,
      measures: c.measures.length,
      targets: c.measures.reduce((n, m) => n + m.targets.length, 0),
      href: `${themeProvinceHref(theme, group.slug, first[i] ?? 1)}#${c.place.id}`,
    }));
    return [
      {
        group,
        measures: placeRows.reduce((n, r) => n + r.measures, 0),
        targets: placeRows.reduce((n, r) => n + r.targets, 0),
        rows: placeRows,
        pages: starts.length,
      },
    ];
  });
}

/** The heat map of the province view: a column per province, each linking cells to the theme's page for that province. */
export function provinceHeatmapInput(themes: { id: string; name: string }[], groups: ProvinceGroup[], cells: MatrixCell[]) {
  return {
    themes: themes.map((t) => ({ id: t.id, name: t.name })),
    places: groups.map((g) => ({ id: g.slug, name: g.province })),
    cells: cells.map((c) => ({ theme: c.theme, place: c.place, state: c.state, count: c.count, ...(c.count > 0 ? { href: c.href } : {}) })),
  };
}

/** A province's matrix page. */
export function provinceMatrixHref(provinceSlug: string): string {
  return `/compare/matrix/${provinceSlug}/`;
}
