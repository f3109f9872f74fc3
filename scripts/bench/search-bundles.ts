// What the bundled search index costs: the bundles (records, metadata and
// chunk sizes), and the bytes of every query of the list as the first in a
// fresh browser, nationwide and scoped to one province, by kind of file —
// both until the first page of results is on screen and until the search is
// complete (the passages on screen loaded). With --build it first builds the
// index of the site, measuring the indexer's time and peak memory.
//
//   node scripts/bench/search-bundles.ts [--dist dist] [--build] [--province 宁夏] [--queries FILE] [--limit N]
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { readPagefindMeta } from '../build-site/search/pagefind-meta.ts';
import { launchBrowser } from '../site/browser.ts';
import { readSearchManifest } from '../site/search-manifest.ts';
import { QUERY_FILE, readQueries } from '../site/search-run.ts';
import { dist as builtSite, serveDist, type ServedLog } from '../site/serve.ts';
import { runMeasured } from '../build-site/process-tree.ts';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string' },
    build: { type: 'boolean', default: false },
    province: { type: 'string' },
    queries: { type: 'string', default: QUERY_FILE },
    limit: { type: 'string' },
  },
});
const dist = path.resolve(args.dist ?? builtSite);
const root = path.resolve(import.meta.dirname, '../..');
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

if (args.build) {
  const run = await runMeasured(process.execPath, ['scripts/build-site/search/build-index.ts', '--site', dist], { cwd: root });
  if (run.status !== 0) throw new Error(`search index failed:\n${run.stderr.slice(-2000)}`);
  const peak = /Pagefind peak memory (\d+) MB/.exec(run.stdout)?.[1];
  console.log(`[bundles] index built in ${(run.ms / 1000).toFixed(1)} s · peak ${run.peakMb} MB (process tree) · Pagefind ${peak ?? '?'} MB (largest bundle)`);
}

// The bundles as written.
const { root: manifest, bundles } = readSearchManifest(dist);
const sizeOf = (file: string) => statSync(file).size;
const dirSize = (dir: string, suffix: string) => readdirSync(dir).reduce((sum, name) => sum + (name.endsWith(suffix) ? sizeOf(path.join(dir, name)) : 0), 0);
const rows = bundles.map(({ bundle }) => {
  const dir = path.join(dist, bundle.path);
  const meta = readPagefindMeta(dir);
  const metaBytes = dirSize(dir, '.pf_meta');
  return { bundle, chunks: meta.chunks.length, metaBytes, indexBytes: dirSize(path.join(dir, 'index'), '.pf_index') };
});
const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
console.log(
  `[bundles] ${rows.length} bundles · ${sum((r) => r.bundle.documents)} documents · ${sum((r) => r.bundle.records)} records · metadata ${kB(sum((r) => r.metaBytes))} (largest ${kB(Math.max(...rows.map((r) => r.metaBytes)))}) · ${sum((r) => r.chunks)} index chunks, ${kB(sum((r) => r.indexBytes))}`,
);
for (const r of rows) {
  console.log(
    `  ${r.bundle.path.padEnd(22)} ${r.bundle.provinces.join('、').padEnd(4, '\u3000')} ${String(r.bundle.documents).padStart(5)} documents ${String(r.bundle.records).padStart(6)} records  metadata ${kB(r.metaBytes).padStart(9)} (${r.chunks} chunks)  index ${kB(r.indexBytes)}`,
  );
}

const KINDS = ['page', 'runtime', 'metadata', 'manifest', 'index', 'filters', 'fragments'] as const;
type Kind = (typeof KINDS)[number];
type Bytes = Record<Kind | 'total', number> & { requests: number };

function kindOf(file: string): Kind {
  const name = path.posix.basename(file);
  if (name.endsWith('.pf_meta')) return 'metadata';
  if (name.endsWith('.pf_index')) return 'index';
  if (name.endsWith('.pf_fragment')) return 'fragments';
  if (name.endsWith('.pf_filter')) return 'filters';
  if (name.startsWith('policy-')) return 'manifest';
  if (file.startsWith('/pagefind/')) return 'runtime';
  return 'page';
}

function bytesOf(requests: ServedLog['requests']): Bytes {
  const bytes = { page: 0, runtime: 0, metadata: 0, manifest: 0, index: 0, filters: 0, fragments: 0, total: 0, requests: requests.length };
  for (const request of requests) {
    bytes[kindOf(request.path)] += request.bytes;
    bytes.total += request.bytes;
  }
  return bytes;
}

/**
 * One query as the first in a fresh browser: bytes until its first page of
 * results is on screen with its passages (a nationwide search may stop there,
 * progressive.ts), and until the search is complete (检索全部省份 clicked
 * when offered).
 */
async function firstQuery(
  browser: Browser,
  origin: string,
  log: ServedLog,
  url: string,
): Promise<{ first: Bytes; complete: Bytes; results: number; partial: boolean }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const done = '[data-results][data-state="done"], [data-results][data-state="error"]';
  try {
    const page = await context.newPage();
    log.requests.length = 0;
    await page.goto(`${origin}${url}`);
    await page.waitForSelector(done, { state: 'attached', timeout: 300_000 });
    await page.waitForLoadState('networkidle');
    const first = bytesOf([...log.requests]);
    const partial = (await page.locator('[data-results]').getAttribute('data-coverage')) === 'partial';
    if (partial) {
      await page.locator('[data-complete]').click();
      await page.waitForSelector('[data-results][data-coverage="complete"][data-state="done"]', { state: 'attached', timeout: 300_000 });
      await page.waitForLoadState('networkidle');
    }
    const results = Number((await page.locator('[data-results]').getAttribute('data-total')) ?? 0);
    return { first, complete: bytesOf([...log.requests]), results, partial };
  } finally {
    await context.close();
  }
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
  return `median ${kB(rank(0.5))} · p90 ${kB(rank(0.9))} · max ${kB(sorted.at(-1) ?? 0)}`;
};

const largest = [...bundles].sort((a, b) => b.bundle.documents - a.bundle.documents)[0];
const province = args.province ?? largest.bundle.provinces[0];
const queries = readQueries(args.queries).slice(0, args.limit ? Number(args.limit) : undefined);
const { server, origin, log } = await serveDist(dist);
const browser = await launchBrowser();
try {
  const scopes = [
    { name: 'nationwide', query: (q: string) => `/search/?q=${encodeURIComponent(q)}` },
    { name: `province ${province}`, query: (q: string) => `/search/?q=${encodeURIComponent(q)}&province=${encodeURIComponent(province)}` },
  ];
  for (const scope of scopes) {
    const measured: { query: string; first: Bytes; complete: Bytes; results: number; partial: boolean }[] = [];
    for (const { query } of queries) {
      const bytes = await firstQuery(browser, origin, log, scope.query(query));
      measured.push({ query, ...bytes });
      const by = (b: Bytes) =>
        KINDS.filter((k) => b[k])
          .map((k) => `${k} ${kB(b[k])}`)
          .join(', ');
      console.log(
        `  ${scope.name} ${query.padEnd(10, '\u3000')} ${String(bytes.results).padStart(5)} results  first page ${kB(bytes.first.total)} · complete ${kB(bytes.complete.total)} (${by(bytes.complete)})`,
      );
    }
    console.log(`[bundles] ${scope.name}, ${measured.length} queries, first query in a fresh browser (gzip on the wire):`);
    console.log(
      `  to the first page of results: ${stats(measured.map((m) => m.first.total))} (${measured.filter((m) => m.partial).length} of ${measured.length} stopped there)`,
    );
    console.log(`  to the complete search:       ${stats(measured.map((m) => m.complete.total))}`);
    for (const kind of KINDS)
      console.log(`    ${kind.padEnd(10)} first page ${stats(measured.map((m) => m.first[kind]))} · complete ${stats(measured.map((m) => m.complete[kind]))}`);
  }
  console.log(`[bundles] filter keys ${manifest.filterKeys.join(', ')}`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
