// Shared by measure.ts and bench.ts: the query list, running a query through
// the real search page in Chromium, the ground truth, and counting bytes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ServedLog } from './serve.ts';

export interface QueryEntry {
  kind: string;
  query: string;
}

export const QUERY_FILE = path.join(import.meta.dirname, '../eval/search-queries.txt');

/** One query per line; a `# comment` line names the kind of the queries after it. */
export function readQueries(file = QUERY_FILE): QueryEntry[] {
  let kind = '';
  const entries: QueryEntry[] = [];
  for (const line of readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())) {
    if (line.startsWith('#')) {
      const name = line.slice(1).trim();
      if (name && !/\s/.test(name)) kind = name;
    } else if (line) entries.push({ kind, query: line });
  }
  return entries;
}

/** Opens /search/?q=… and returns every result's document URL, in order (clicking “显示更多” until all are listed). */
export async function searchInPage(page: Page, origin: string, query: string): Promise<{ urls: string[]; ms: number; status: string }> {
  const start = performance.now();
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('[data-results][data-state="done"], [data-results][data-state="error"]', { state: 'attached' });
  const ms = performance.now() - start;
  const more = page.locator('[data-more]');
  while (await more.isVisible()) await more.click();
  const urls = await page.locator('.result').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.url ?? ''));
  // Let the passages finish loading: leaving mid-request would log aborted requests as failures.
  await page.waitForLoadState('networkidle');
  return { urls, ms, status: (await page.locator('[data-status]').textContent()) ?? '' };
}

export function documentUrls(dist: string): string[] {
  return readdirSync(path.join(dist, 'documents')).map((d) => `/documents/${d}/`);
}

/**
 * The text Pagefind is asked to index on each document page, read in the
 * browser from the built page itself: the `data-pagefind-body` element less
 * its `data-pagefind-ignore` parts. Independent of the index view's code.
 */
export async function indexedTexts(page: Page, origin: string, urls: string[]): Promise<Map<string, string>> {
  await page.goto(`${origin}/`);
  const texts = await page.evaluate(async (list) => {
    const out: [string, string][] = [];
    for (const url of list) {
      const html = await (await fetch(url)).text();
      const body = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-pagefind-body]');
      if (!body) continue;
      for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
      out.push([url, body.textContent ?? '']);
    }
    return out;
  }, urls);
  return new Map(texts);
}

export interface Bytes {
  page: number;
  runtime: number;
  manifest: number;
  index: number;
  fragments: number;
  total: number;
  /** The same files' sizes on disk, before the host's gzip. */
  fileTotal: number;
  requests: number;
}

/** Bytes on the wire (gzip where a host compresses), by what they are: the page itself, Pagefind's runtime (script, wasm, metadata, filters), the site's search manifest, index chunks, fragments. */
export function bytesByKind(log: ServedLog): Bytes {
  const bytes: Bytes = { page: 0, runtime: 0, manifest: 0, index: 0, fragments: 0, total: 0, fileTotal: 0, requests: log.requests.length };
  for (const { path: p, bytes: n, fileBytes } of log.requests) {
    bytes.fileTotal += fileBytes;
    // By file name, not folder: the index is cut into bundles (/pagefind/<province>/index/…).
    const kind = p.endsWith('.pf_index')
      ? 'index'
      : p.endsWith('.pf_fragment')
        ? 'fragments'
        : /\/policy-[\w-]+\.json/.test(p)
          ? 'manifest'
          : p.startsWith('/pagefind/')
            ? 'runtime'
            : 'page';
    bytes[kind] += n;
    bytes.total += n;
  }
  return bytes;
}

export const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

export function formatBytes(b: Bytes): string {
  return `${kB(b.total)} in ${b.requests} requests (page ${kB(b.page)}, Pagefind runtime ${kB(b.runtime)}, manifest ${kB(b.manifest)}, index chunks ${kB(b.index)}, fragments ${kB(b.fragments)}; ${kB(b.fileTotal)} as files before the host's gzip)`;
}

/** Bytes of one query in a fresh browser context (empty cache): from opening /search/?q=… until the passages on screen have loaded. */
export async function firstQueryBytes(browser: Browser, origin: string, log: ServedLog, query: string): Promise<Bytes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  log.requests.length = 0;
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('[data-results][data-state="done"]', { state: 'attached' });
  await page.waitForLoadState('networkidle');
  const bytes = bytesByKind(log);
  await context.close();
  return bytes;
}
