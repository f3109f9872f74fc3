// Keeping every page under the 1 MB budget as the corpus grows, as pure
// functions over numbers and keys: how big a listing would be, where to cut it
// into pages, and on which page each group (a place, a province, a letter) of
// the listing begins. Pages decide by estimated size, never by the corpus they
// happen to be built from, so a small corpus keeps its whole-page views.

/** The HTML budget of any page (issue “Scale to a national corpus”). */
export const PAGE_BUDGET_BYTES = 1024 * 1024;

/**
 * What the listing part of a page may take, estimated: well under the budget,
 * since estimates are rough and the page has a header, charts and a summary too.
 */
export const LISTING_BUDGET_BYTES = 450_000;

/**
 * Start index of each page when items of these weights are cut, in order, into
 * pages of at most `budget` each. An item heavier than the budget gets a page
 * of its own (it cannot be split); no items still make one (empty) page.
 */
export function cutPages(weights: number[], budget: number): number[] {
  const starts = [0];
  let used = 0;
  weights.forEach((w, i) => {
    if (used > 0 && used + w > budget) {
      starts.push(i);
      used = 0;
    }
    used += w;
  });
  return starts;
}

/** Cuts of `size` items each: the fixed-size pages of a plain table. */
export function cutEvery(count: number, size: number): number[] {
  return Array.from({ length: Math.max(1, Math.ceil(count / size)) }, (_, i) => i * size);
}

/** Route params of pages 2, 3, … (page 1 lives at the listing's own URL), from the start indices of cutPages or cutEvery. */
export function laterPageParams(starts: number[]): { params: { n: string } }[] {
  return starts.slice(1).map((_, i) => ({ params: { n: String(i + 2) } }));
}

/** The items of each page, from the start indices of cutPages or cutEvery. */
export function slicePages<T>(items: T[], starts: number[]): T[][] {
  return starts.map((start, i) => items.slice(start, starts[i + 1] ?? items.length));
}

/** The page (1-based) that holds item `index`. */
export function pageOf(starts: number[], index: number): number {
  let page = 1;
  while (page < starts.length && starts[page]! <= index) page++;
  return page;
}

export interface GroupStart {
  key: string;
  /** Index of the group's first item in the listing. */
  index: number;
  /** The page (1-based) where the group's first item is. */
  page: number;
  /** Items of the group in the whole listing. */
  count: number;
}

/**
 * Where each group of a listing begins once it is cut at `starts`: one entry
 * per distinct key, in order of first appearance, so a summary row can link to
 * the page (and anchor) where that group's items start — also when a group's
 * items are not consecutive (a chronological listing of many places).
 */
export function groupStarts(keys: string[], starts: number[]): GroupStart[] {
  const groups = new Map<string, GroupStart>();
  keys.forEach((key, index) => {
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { key, index, page: pageOf(starts, index), count: 1 });
  });
  return [...groups.values()];
}

/** The first item of each group on a page: the items that carry the group's anchor there. */
export function firstOnPage(keys: string[], starts: number[], page: number): Set<number> {
  const from = starts[page - 1] ?? 0;
  const to = starts[page] ?? keys.length;
  const seen = new Set<string>();
  const first = new Set<number>();
  for (let i = from; i < to; i++) {
    if (seen.has(keys[i]!)) continue;
    seen.add(keys[i]!);
    first.add(i);
  }
  return first;
}

/** A page's URL: the base for page 1, then base + n/. */
export function pageHref(base: string, page: number): string {
  return page <= 1 ? base : `${base}${page}/`;
}

/** Astro's rest parameter for page n of a listing: none for page 1 (the base URL), "n" after. */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : String(page);
}

/** The paths of a listing cut into `pages` pages, for getStaticPaths. */
export function pageNumbers(pages: number): number[] {
  return Array.from({ length: Math.max(1, pages) }, (_, i) => i + 1);
}
