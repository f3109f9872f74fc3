// Bytes a reader downloads for a first search, in a fresh Chromium context
// (empty cache), by what the files are: the site's page, Pagefind's runtime
// (script, wasm, entry), its metadata, the site's own search manifest, index
// chunks, filters and fragments. Every query of the list is run twice, as a
// nationwide search and scoped to one province (/search/?q=…&province=…), and
// each kind of bytes is summarised as median, p90 and max over the list.
// Files are told apart by name, not by folder, so an index cut into bundles
// (one per province, say) is counted the same way.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../site/browser.ts';
import type { QueryEntry } from '../site/search-run.ts';
import { serveDist, type ServedLog } from '../site/serve.ts';

export const KINDS = ['page', 'runtime', 'metadata', 'manifest', 'index', 'filters', 'fragments'] as const;
export type Kind = (typeof KINDS)[number];

/** Bytes on the wire (gzip where a host compresses) per kind, their total, and the same files' sizes on disk. */
export type QueryBytes = Record<Kind | 'total' | 'search' | 'files', number> & { requests: number };

export interface Stats {
  median: number;
  p90: number;
  max: number;
}

export interface SearchBytes {
  /** Province the scoped searches were limited to. */
  province: string | null;
  queries: { kind: string; query: string; nationwide: QueryBytes; province: QueryBytes | null }[];
  nationwide: Record<keyof QueryBytes, Stats>;
  scoped: Record<keyof QueryBytes, Stats> | null;
}

/** What a served file is, from its name. */
export function kindOf(file: string): Kind {
  const name = path.posix.basename(file);
  if (name.endsWith('.pf_meta')) return 'metadata';
  if (name.endsWith('.pf_index')) return 'index';
  if (name.endsWith('.pf_fragment')) return 'fragments';
  if (name.endsWith('.pf_filter')) return 'filters';
  if (/manifest/i.test(name)) return 'manifest';
  if (file.includes('/pagefind') && (/^pagefind[\w.-]*\.(js|json)$/.test(name) || name.endsWith('.pagefind') || name.endsWith('.wasm'))) return 'runtime';
  // Any other search data the site adds beside Pagefind's (a record table, a bundle list).
  if (file.includes('/pagefind') || /\/search[-\w]*\.json/.test(file)) return 'manifest';
  return 'page';
}

export function bytesOf(log: ServedLog): QueryBytes {
  const bytes: QueryBytes = { page: 0, runtime: 0, metadata: 0, manifest: 0, index: 0, filters: 0, fragments: 0, total: 0, search: 0, files: 0, requests: 0 };
  for (const request of log.requests) {
    bytes[kindOf(request.path)] += request.bytes;
    bytes.total += request.bytes;
    bytes.files += request.fileBytes;
    bytes.requests++;
  }
  bytes.search = bytes.total - bytes.page;
  return bytes;
}

/** Nearest-rank percentile: a value some query really cost. */
export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
  return { median: rank(0.5), p90: rank(0.9), max: sorted.at(-1) ?? 0 };
}

function summarise(rows: QueryBytes[]): Record<keyof QueryBytes, Stats> {
  const keys = Object.keys(rows[0]) as (keyof QueryBytes)[];
  return Object.fromEntries(keys.map((k) => [k, stats(rows.map((r) => r[k]))])) as Record<keyof QueryBytes, Stats>;
}

async function oneQuery(browser: Browser, origin: string, log: ServedLog, url: string): Promise<QueryBytes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    log.requests.length = 0;
    await page.goto(`${origin}${url}`);
    await page.waitForSelector('[data-results][data-state="done"], [data-results][data-state="error"]', { state: 'attached', timeout: 120_000 });
    // The passages on screen are part of a first search's cost.
    await page.waitForLoadState('networkidle');
    return bytesOf(log);
  } finally {
    await context.close();
  }
}

/** Every query as the first in a fresh browser, nationwide and (when a province is given) scoped to it. */
export async function searchBytes(dist: string, queries: QueryEntry[], province: string | null, progress?: (done: number) => void): Promise<SearchBytes> {
  const { server, origin, log } = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    const rows: SearchBytes['queries'] = [];
    for (const { kind, query } of queries) {
      const q = encodeURIComponent(query);
      const nationwide = await oneQuery(browser, origin, log, `/search/?q=${q}`);
      const scoped = province === null ? null : await oneQuery(browser, origin, log, `/search/?q=${q}&province=${encodeURIComponent(province)}`);
      rows.push({ kind, query, nationwide, province: scoped });
      progress?.(rows.length);
    }
    const scopedRows = rows.flatMap((r) => (r.province ? [r.province] : []));
    return {
      province,
      queries: rows,
      nationwide: summarise(rows.map((r) => r.nationwide)),
      scoped: scopedRows.length ? summarise(scopedRows) : null,
    };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
