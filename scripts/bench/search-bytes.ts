// Bytes per query and index size: each query of queries.txt in a fresh
// browser context (empty cache), from opening /search/?q=… until the passages
// on screen have loaded, as served by scripts/site/serve.ts.
//
//   node scripts/search/bench.ts [--queries scripts/search/queries.txt]
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startSite } from '../site/browser.ts';
import { dist } from '../site/serve.ts';
import { firstQueryBytes, formatBytes, kB, QUERY_FILE, readQueries, type Bytes } from '../site/search-run.ts';

const { values: args } = parseArgs({ options: { queries: { type: 'string', default: QUERY_FILE } } });
const queries = readQueries(args.queries);

function dirBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) {
      const sub = dirBytes(file);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += statSync(file).size;
      files += 1;
    }
  }
  return { bytes, files };
}

const bundle = path.join(dist, 'pagefind');
const parts = ['index', 'fragment', 'filter'].map((sub) => ({ sub, ...dirBytes(path.join(bundle, sub)) }));
const meta = readdirSync(bundle).find((name) => name.endsWith('.pf_meta'))!;
console.log(
  `[bench] index size: ${parts.map((p) => `${p.sub} ${kB(p.bytes)} in ${p.files} files`).join(' · ')} · metadata ${kB(statSync(path.join(bundle, meta)).size)} · whole bundle ${kB(dirBytes(bundle).bytes)}`,
);

const site = await startSite();
try {
  const rows: { query: string; bytes: Bytes }[] = [];
  for (const { query } of queries) {
    const bytes = await firstQueryBytes(site.browser, site.origin, site.log, query);
    rows.push({ query, bytes });
    console.log(`${query.padEnd(10, '\u3000')} ${formatBytes(bytes)}`);
  }
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `median ${kB(sorted[sorted.length >> 1])} · p90 ${kB(sorted[Math.floor(sorted.length * 0.9)])} · max ${kB(sorted[sorted.length - 1])}`;
  };
  console.log('');
  console.log(`[bench] first query “${rows[0].query}” in a fresh browser: ${formatBytes(rows[0].bytes)}`);
  console.log(`[bench] any query as the first in a fresh browser, ${rows.length} queries: total ${stats(rows.map((r) => r.bytes.total))}`);
  console.log(`[bench]   of which search data (Pagefind runtime, manifest, chunks, fragments): ${stats(rows.map((r) => r.bytes.total - r.bytes.page))}`);
  console.log(`[bench]   index chunks ${stats(rows.map((r) => r.bytes.index))} · fragments ${stats(rows.map((r) => r.bytes.fragments))}`);
} finally {
  await site.close();
}
