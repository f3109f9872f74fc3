// The search page's state in its URL, so a search can be shared and restored:
//   /search/?q=过户&province=宁夏&province=甘肃&year=2023
// `q` is the query; every other parameter named like a filter selects a value.
import type { Selection } from './facets.ts';

export interface SearchState {
  q: string;
  filters: Selection;
}

export function readState(search: string | URLSearchParams, filterKeys: readonly string[]): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: Record<string, string[]> = {};
  for (const key of filterKeys) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length) filters[key] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** Query string for a state, `?…` or '' when empty; filters in the given key order. */
export function writeState(state: SearchState, filterKeys: readonly string[]): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of filterKeys) for (const value of state.filters[key] ?? []) params.append(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Link into a document that lands on an anchor and asks the page to mark the query. */
export function documentLink(url: string, query: string, anchor?: string | null): string {
  const params = query ? `?${new URLSearchParams({ hl: query })}` : '';
  return `${url}${params}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}
