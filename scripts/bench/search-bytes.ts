// Bytes per query and index size, on the built site (dist/): each query of
// the list as the first in a fresh browser context (empty cache), from opening
// /search/?q=… until the passages on screen have loaded, nationwide and scoped
// to one province; bytes by kind of file (first-search.ts), then median, p90
// and max over the list.
//
//   node scripts/bench/search-bytes.ts [--queries FILE] [--province 宁夏] [--dist DIR]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { QUERY_FILE, readQueries } from '../site/search-run.ts';
import { dist as builtSite } from '../site/serve.ts';
import { KINDS, searchBytes, type QueryBytes, type Stats } from './first-search.ts';
import { siteFigures } from './site-figures.ts';

const { values: args } = parseArgs({ options: { queries: { type: 'string', default: QUERY_FILE }, province: { type: 'string' }, dist: { type: 'string' } } });
const dist = path.resolve(args.dist ?? builtSite);
const queries = readQueries(args.queries);
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

const site = siteFigures(dist);
console.log(
  `[bench] search bundle ${kB(site.indexBytes)} as files: ${KINDS.filter((k) => site.search[k])
    .map((k) => `${k} ${kB(site.search[k])}`)
    .join(' · ')}`,
);

// The province with the most documents, unless one is named: the worst case of a scoped search.
const content = process.env.POLICY_CONTENT_DIR ?? path.join(path.dirname(dist), 'content');
const provinces = JSON.parse(readFileSync(path.join(content, 'provinces.json'), 'utf8')) as { name: string; documentCount: number }[];
const province = args.province ?? [...provinces].sort((a, b) => b.documentCount - a.documentCount)[0].name;

const row = (b: QueryBytes) => `${kB(b.total)} in ${b.requests} requests (${KINDS.map((k) => `${k} ${kB(b[k])}`).join(', ')}; ${kB(b.files)} as files)`;
const result = await searchBytes(dist, queries, province);
for (const q of result.queries) {
  console.log(`${q.query.padEnd(10, '\u3000')} ${row(q.nationwide)}`);
  if (q.province) console.log(`${''.padEnd(10, '\u3000')} in ${province}: ${row(q.province)}`);
}
const line = (s: Stats) => `median ${kB(s.median)} · p90 ${kB(s.p90)} · max ${kB(s.max)}`;
for (const [name, summary] of [
  ['nationwide', result.nationwide],
  [`in ${province}`, result.scoped],
] as const) {
  if (!summary) continue;
  console.log(`\n[bench] any query as the first in a fresh browser, ${name}, ${queries.length} queries: total ${line(summary.total)}`);
  console.log(`[bench]   search data (all but the page): ${line(summary.search)}`);
  for (const k of KINDS) console.log(`[bench]   ${k.padEnd(9)} ${line(summary[k])}`);
}
