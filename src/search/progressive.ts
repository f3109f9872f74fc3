// How much of the index a search loads before it shows results. A search
// scoped to provinces loads their bundles, all of them. A nationwide search
// over a large corpus would load every province's bundle: each bundle's
// metadata, and every position of each index word of the query in each of
// them, which for a frequent pair (企业, 市场) is most of the cost. So it
// searches bundles in growing batches and stops once it has a first page of
// results, unless searching the rest too is cheap; the reader can then ask
// for the rest (检索全部省份, or 显示更多 past what was found).
import type { SearchBundle } from './manifest.ts';

/** Results on a page, and the results a partial search must have found before it stops. */
export const PAGE_SIZE = 20;

/** A search goes on to every bundle when that is estimated to cost at most this many bytes more. */
export const COMPLETION_BUDGET = 100 * 1024;

export interface Progress {
  /** Bundles the search needs (its scope), in the manifest's order. */
  scope: readonly SearchBundle[];
  /** Bundles searched so far (any, in or out of scope). */
  searched: readonly SearchBundle[];
  /** Results so far that pass the filters. */
  shown: number;
  /** Positions found so far of each index word of the query. */
  positions: readonly number[];
  /** Bytes of index per position (RootManifest.bytesPerPosition). */
  bytesPerPosition: number;
  /** The reader asked for every bundle. */
  complete: boolean;
}

/**
 * Bytes the bundles not searched yet would cost: their metadata and documents
 * (known from the manifest), and for each index word of the query its
 * positions in them, assumed as frequent per record as in the bundles
 * searched so far, but at least one index chunk in each: a pair has few
 * positions, and Pagefind loads the whole chunk that holds them.
 */
export function completionCost(
  remaining: readonly SearchBundle[],
  searched: readonly SearchBundle[],
  positions: readonly number[],
  bytesPerPosition: number,
): number {
  const setup = remaining.reduce((sum, b) => sum + b.bytes, 0);
  const searchedRecords = searched.reduce((sum, b) => sum + b.records, 0);
  if (searchedRecords === 0) return setup;
  const share = remaining.reduce((sum, b) => sum + b.records, 0) / searchedRecords;
  const chunks = remaining.reduce((sum, b) => sum + b.chunkBytes, 0);
  return setup + positions.reduce((sum, n) => sum + Math.max(chunks, n * share * bytesPerPosition), 0);
}

/** The bundles to search next: none when the search is done (complete, or a first page found and the rest too costly), else the next batch. */
export function nextBundles(progress: Progress): SearchBundle[] {
  const remaining = progress.scope.filter((b) => !progress.searched.includes(b));
  if (remaining.length === 0) return [];
  const searchedInScope = progress.scope.length - remaining.length;
  if (progress.complete || completionCost(remaining, progress.searched, progress.positions, progress.bytesPerPosition) <= COMPLETION_BUDGET) return remaining;
  if (progress.shown >= PAGE_SIZE) return [];
  // One bundle first, then as many again as searched so far: few round trips for a rare query.
  return remaining.slice(0, Math.max(1, searchedInScope));
}
