// The part of Pagefind's browser API (/pagefind/pagefind.js, written by the
// indexer, not bundled) that the search page uses. Pagefind ships no browser
// types in its npm package; these follow its 1.6 sources.

export interface PagefindFragment {
  url: string;
  content: string;
  /** Set by `data()`: the content with Pagefind's word separators (U+200B) kept. */
  raw_content?: string;
  word_count: number;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text?: string; location: number }[];
}

export interface PagefindResult {
  /** Record id: the fragment's hash. */
  id: string;
  score: number;
  /** Positions of the matched words in the record. */
  words: number[];
  data: () => Promise<PagefindFragment>;
}

export interface PagefindResponse {
  results: PagefindResult[];
}

/** One Pagefind search over a first bundle and any merged into it (`createInstance`). */
export interface PagefindInstance {
  /** Adds a bundle: its metadata loads now, its index chunks as searches need them. */
  mergeIndex: (basePath: string, options?: Record<string, unknown>) => Promise<void>;
  /** Loads the index chunks that hold these words (space-separated), in every bundle, and searches nothing. */
  preload: (term: string) => Promise<void>;
  /** `null` searches by filters alone: every record of every bundle, no index chunk loaded. */
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindResponse | null>;
}

interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => PagefindInstance;
}

export const PAGEFIND_URL = '/pagefind/pagefind.js';

/**
 * Starts Pagefind on the main thread over the bundle at `basePath`. Its
 * default Web Worker costs another 43 kB of script on the first search; the
 * lookups here are single characters over a small index and finish in
 * milliseconds, so the worker buys nothing.
 */
export async function startPagefind(basePath: string, url = PAGEFIND_URL): Promise<PagefindInstance> {
  const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
  return module.createInstance({ basePath, noWorker: true });
}
