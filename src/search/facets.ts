// Filters: which documents a selection keeps, and how many each value would
// keep. Values of one filter are alternatives (宁夏 或 甘肃); filters combine
// (宁夏 且 2023). A filter's counts ignore its own selection, so the other
// values stay reachable.
//
// Hook for new filters: any `data-pagefind-filter` key on the document pages
// reaches the manifest and is offered here. Give it a Chinese label and an
// order below; `theme` (主题) is expected from the theme taxonomy.
import { LEVEL_LABEL } from '../schemas/labels.ts';

export interface FilterSpec {
  label: string;
  order: (a: string, b: string) => number;
}

const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
const LEVELS: string[] = Object.values(LEVEL_LABEL);
/** The 年份 filter's value for a document that states no year. */
export const YEAR_NOT_STATED = '未注明';

export const FILTERS: Record<string, FilterSpec> = {
  province: { label: '省份', order: zh },
  city: { label: '城市', order: zh },
  // Newest first; a document that states no year (石嘴山's undated 台账) is found under 未注明, last.
  year: { label: '年份', order: (a, b) => Number(a === YEAR_NOT_STATED) - Number(b === YEAR_NOT_STATED) || b.localeCompare(a) },
  level: { label: '层级', order: (a, b) => LEVELS.indexOf(a) - LEVELS.indexOf(b) || zh(a, b) },
  theme: { label: '主题', order: zh },
};

/** Known filters first, in the order above, then any other key the index holds. */
export function filterKeys(indexed: readonly string[]): string[] {
  return [...Object.keys(FILTERS).filter((k) => indexed.includes(k)), ...indexed.filter((k) => !(k in FILTERS))];
}

export function filterLabel(key: string): string {
  return FILTERS[key]?.label ?? key;
}

export type Selection = Readonly<Record<string, readonly string[]>>;

export interface Filterable {
  filters: Readonly<Record<string, readonly string[]>>;
}

export function matches(item: Filterable, selection: Selection, exceptKey?: string): boolean {
  return Object.entries(selection).every(([key, wanted]) => key === exceptKey || wanted.length === 0 || wanted.some((v) => item.filters[key]?.includes(v)));
}

export interface FacetValue {
  value: string;
  /** Null when not known: a province whose bundle this search has not loaded. */
  count: number | null;
  selected: boolean;
}

/**
 * For each key, every value any document has, with the count the selection
 * would give if it were picked. `unsearched` names values of a key whose
 * documents the search has not looked at (provinces whose bundles are not
 * loaded): they are offered without a count.
 */
export function facetCounts(
  universe: readonly Filterable[],
  results: readonly Filterable[],
  keys: readonly string[],
  selection: Selection,
  unsearched: Readonly<Record<string, readonly string[]>> = {},
): Record<string, FacetValue[]> {
  const out: Record<string, FacetValue[]> = {};
  for (const key of keys) {
    const counts = new Map<string, number | null>();
    for (const item of universe) for (const value of item.filters[key] ?? []) counts.set(value, 0);
    for (const value of unsearched[key] ?? []) if (!counts.has(value)) counts.set(value, null);
    for (const item of results) {
      if (!matches(item, selection, key)) continue;
      for (const value of item.filters[key] ?? []) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const order = FILTERS[key]?.order ?? zh;
    out[key] = [...counts]
      .map(([value, count]) => ({ value, count, selected: selection[key]?.includes(value) ?? false }))
      .sort((a, b) => order(a.value, b.value));
  }
  return out;
}
