// How the comparison pages stay under the page budget as places multiply:
// which view a page uses (everything side by side, or a summary with a
// drill-down per province), where the per-province side-by-side tables are
// cut into pages, and the summaries themselves. Pure functions over plain
// records, like compare.ts, so the pages and the tests read the same numbers.
import type { MatrixCell, Place } from '../domain/compare.ts';
import { headlines, type MetricRow, type QuantityTable } from '../domain/quantities.ts';
import { cellStateSchema, type CellState } from '../schemas/analysis.ts';
import { type SideBySide, tableColumns } from '../domain/side-by-side.ts';
import { cutPages, LISTING_BUDGET_BYTES, slicePages } from './budget.ts';

/** A measure in a row of counterparts: its headline, a few clamped lines and its meta, with its <td> (975 bytes on average on the built site). */
export const CARD_BYTES = 1000;
/** An empty cell of a row of counterparts (<td data-place=…></td>). */
export const EMPTY_CELL_BYTES = 60;
/** A measure in a place's list or among the secondary ones: one linked line with its lead body and deadline (260 and 420 bytes on average, with room for a list's document names). */
export const ITEM_BYTES = 400;

/** Estimated HTML bytes of one row of counterparts (a cell per column, a card per measure a place has in it). */
export function rowBytes(row: readonly (readonly unknown[])[]): number {
  const cards = row.reduce((n, cell) => n + cell.length, 0);
  return cards * CARD_BYTES + row.filter((cell) => cell.length === 0).length * EMPTY_CELL_BYTES;
}

/** Estimated HTML bytes of a side-by-side layout: its rows of counterparts, then a line per listed measure. */
export function sideBySideBytes(layout: SideBySide<unknown>): number {
  const lines = [...layout.rest, ...layout.secondary].reduce((n, list) => n + list.length, 0);
  return layout.shared.reduce((n, row) => n + rowBytes(row), 0) + lines * ITEM_BYTES;
}

export type ThemePageMode = 'side-by-side' | 'summary';

/**
 * A theme page shows every place's measures side by side while they fit the
 * listing budget; past it, the page summarises place by place and the
 * side-by-side views move to one page per province (/compare/<theme>/<province>/).
 * Decided by estimated size alone.
 */
export function themePageMode(layout: SideBySide<unknown>, budget = LISTING_BUDGET_BYTES): ThemePageMode {
  return sideBySideBytes(layout) <= budget ? 'side-by-side' : 'summary';
}

/**
 * The mode of a theme page from its columns, aligning rows only when they
 * could fit: at national scale the lines alone are over budget, and aligning
 * tens of thousands of measures across hundreds of columns would be wasted.
 */
export function themeView<L extends SideBySide<unknown>>(
  columns: { measures: unknown[]; secondary: unknown[] }[],
  layout: () => L,
  budget = LISTING_BUDGET_BYTES,
): { mode: 'side-by-side'; layout: L } | { mode: 'summary'; layout: null } {
  const lines = columns.reduce((n, c) => n + c.measures.length + c.secondary.length, 0);
  if (lines * ITEM_BYTES > budget) return { mode: 'summary', layout: null };
  const laid = layout();
  return themePageMode(laid, budget) === 'side-by-side' ? { mode: 'side-by-side', layout: laid } : { mode: 'summary', layout: null };
}

type Piece<M> = { row: M[][] } | { list: 'rest' | 'secondary'; column: number; measure: M };

/**
 * A side-by-side layout cut into pages of the listing budget: rows of
 * counterparts first, then each column's list, then the secondary measures,
 * each page holding what falls on it (a long list continues on the next page).
 */
export function sideBySidePages<M>(layout: SideBySide<M>, budget = LISTING_BUDGET_BYTES): SideBySide<M>[] {
  const lists = (list: 'rest' | 'secondary') => layout[list].flatMap((ms, column) => ms.map((measure): Piece<M> => ({ list, column, measure })));
  const pieces: Piece<M>[] = [...layout.shared.map((row) => ({ row })), ...lists('rest'), ...lists('secondary')];
  const weights = pieces.map((p) => ('row' in p ? rowBytes(p.row) : ITEM_BYTES));
  const empty = () => layout.rest.map((): M[] => []);
  return slicePages(pieces, cutPages(weights, budget)).map((slice) => {
    const page: SideBySide<M> = { shared: [], rest: empty(), secondary: empty() };
    for (const p of slice) {
      if ('row' in p) page.shared.push(p.row);
      else page[p.list][p.column]!.push(p.measure);
    }
    return page;
  });
}

/**
 * For each column, the page (1-based) where it first holds a measure on the
 * theme — where the reader should land for that place, its column carrying
 * the place's id there — or null when it holds none. With `secondary`, the
 * page where its measures touching the theme secondarily begin.
 */
export function columnFirstPages(pages: SideBySide<unknown>[], columns: number, which: 'primary' | 'secondary' = 'primary'): (number | null)[] {
  const holds = (page: SideBySide<unknown>, c: number) => (which === 'primary' ? tableColumns(page).includes(c) : page.secondary[c]!.length > 0);
  return Array.from({ length: columns }, (_, c) => {
    const at = pages.findIndex((page) => holds(page, c));
    return at < 0 ? null : at + 1;
  });
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
        moreNotes: 0,
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
  /** Measures touching the theme as their secondary one. */
  secondary: number;
  /** The row's id, the fragment comparison links use: the place's id, or secondary-<id> for a place only touching the theme. */
  anchor: string;
  /** Where this place's measures (else its secondary ones) begin on its province's drill-down page. */
  href: string;
}

export interface ProvinceSummary {
  group: ProvinceGroup;
  measures: number;
  targets: number;
  /** Measures that touch the theme as their secondary one, counted apart. */
  secondary: number;
  /** Each of its places with measures on the theme, in order: also one only touching it secondarily. */
  rows: PlaceSummaryRow[];
  /** Pages of the province's side-by-side view. */
  pages: number;
}

type SummaryColumn<M> = { place: Place; measures: M[]; secondary: M[] };

/**
 * What a summary theme page lists: per province, its places with measures on
 * the theme, their counts, and the page of the province's side-by-side view
 * where each place's measures begin (its column carries the place's id
 * there), or, for a place only touching the theme, where its secondary ones do.
 */
export function themeSummary<M extends { targets: unknown[] }>(
  theme: string,
  groups: ProvinceGroup[],
  columnsOf: (group: ProvinceGroup) => SummaryColumn<M>[],
  layoutOf: (columns: SummaryColumn<M>[]) => SideBySide<M>,
  budget = LISTING_BUDGET_BYTES,
): ProvinceSummary[] {
  return groups.flatMap((group) => {
    const columns = columnsOf(group);
    if (columns.length === 0) return [];
    const pages = sideBySidePages(layoutOf(columns), budget);
    const first = columnFirstPages(pages, columns.length);
    const firstSecondary = columnFirstPages(pages, columns.length, 'secondary');
    const placeRows = columns.map((c, i) => {
      const anchor = c.measures.length > 0 ? c.place.id : `secondary-${c.place.id}`;
      return {
        place: c.place,
        measures: c.measures.length,
        targets: c.measures.reduce((n, m) => n + m.targets.length, 0),
        secondary: c.secondary.length,
        anchor,
        href: `${themeProvinceHref(theme, group.slug, first[i] ?? firstSecondary[i] ?? 1)}#${anchor}`,
      };
    });
    return [
      {
        group,
        measures: placeRows.reduce((n, r) => n + r.measures, 0),
        targets: placeRows.reduce((n, r) => n + r.targets, 0),
        secondary: placeRows.reduce((n, r) => n + r.secondary, 0),
        rows: placeRows,
        pages: pages.length,
      },
    ];
  });
}

/** The heat map of the province view: a column per province, each linking cells to the theme's page for that province. */
export function provinceHeatmapInput(themes: { id: string; name: string }[], groups: ProvinceGroup[], cells: MatrixCell[]) {
  return {
    themes: themes.map((t) => ({ id: t.id, name: t.name })),
    places: groups.map((g) => ({ id: g.slug, name: g.province })),
    cells: cells.map((c) => ({
      theme: c.theme,
      place: c.place,
      state: c.state,
      count: c.count,
      secondaryCount: c.secondaryCount,
      ...(c.count > 0 ? { href: c.href } : {}),
    })),
  };
}

/** A province's matrix page. */
export function provinceMatrixHref(provinceSlug: string): string {
  return `/compare/matrix/${provinceSlug}/`;
}
