// Search quality on exact-substring semantics: a document is relevant to a
// query iff its indexed text (data-pagefind-body less data-pagefind-ignore)
// contains the query string. Serves dist/, runs every query of queries.txt
// through the real search page in Chromium, and prints per-query recall and
// precision, their macro averages, and the bytes of the first query in a
// fresh browser. Exits non-zero when a target is missed.
//
//   node scripts/search/measure.ts [--queries scripts/search/queries.txt]
import { parseArgs } from 'node:util';
import { openPage, startSite } from '../site/browser.ts';
import { dist } from '../site/serve.ts';
import { documentUrls, firstQueryBytes, formatBytes, indexedTexts, kB, QUERY_FILE, readQueries, searchInPage } from '../site/search-run.ts';

const TARGET = { recall: 0.99, precision: 0.95, firstQueryBytes: 150 * 1024 };

const { values: args } = parseArgs({ options: { queries: { type: 'string', default: QUERY_FILE } } });
const queries = readQueries(args.queries);
const site = await startSite();
try {
  const { page, errors } = await openPage(site.browser);
  const texts = await indexedTexts(page, site.origin, documentUrls(dist));
  console.log(`[measure] ${texts.size} documents · ${queries.length} queries (${args.queries})`);

  // Bytes first, while nothing is cached: a fresh browser context.
  const bytes = await firstQueryBytes(site.browser, site.origin, site.log, queries[0].query);

  const rows: { kind: string; query: string; relevant: number; returned: number; recall: number; precision: number; ms: number }[] = [];
  for (const { kind, query } of queries) {
    const relevant = new Set([...texts].filter(([, text]) => text.includes(query)).map(([url]) => url));
    const { urls, ms } = await searchInPage(page, site.origin, query);
    const hits = urls.filter((u) => relevant.has(u)).length;
    // With nothing relevant and nothing returned, both are perfect; the list avoids such queries.
    const recall = relevant.size ? hits / relevant.size : urls.length ? 0 : 1;
    const precision = urls.length ? hits / urls.length : relevant.size ? 0 : 1;
    rows.push({ kind, query, relevant: relevant.size, returned: urls.length, recall, precision, ms });
    const missed = [...relevant].filter((u) => !urls.includes(u));
    const extra = urls.filter((u) => !relevant.has(u));
    const detail = [missed.length ? `missed ${missed.join(' ')}` : '', extra.length ? `extra ${extra.join(' ')}` : ''].filter(Boolean).join(' · ');
    console.log(
      `${kind.padEnd(6, '\u3000')} ${query.padEnd(10, '\u3000')} relevant ${String(relevant.size).padStart(2)} returned ${String(urls.length).padStart(2)}  recall ${recall.toFixed(3)}  precision ${precision.toFixed(3)}  ${Math.round(ms)} ms${detail ? `  ${detail}` : ''}`,
    );
  }

  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const recall = mean(rows.map((r) => r.recall));
  const precision = mean(rows.map((r) => r.precision));
  console.log('');
  for (const kind of [...new Set(rows.map((r) => r.kind))]) {
    const group = rows.filter((r) => r.kind === kind);
    console.log(
      `[measure] ${kind}: ${group.length} queries · recall ${mean(group.map((r) => r.recall)).toFixed(3)} · precision ${mean(group.map((r) => r.precision)).toFixed(3)}`,
    );
  }
  console.log(
    `[measure] macro recall ${recall.toFixed(4)} (target ≥ ${TARGET.recall}) · macro precision ${precision.toFixed(4)} (target ≥ ${TARGET.precision}) over ${rows.length} queries`,
  );
  console.log(`[measure] first query “${queries[0].query}” in a fresh browser: ${formatBytes(bytes)} (target < ${kB(TARGET.firstQueryBytes)})`);
  console.log(`[measure] search data of that query (everything but the page's own HTML, CSS and script): ${kB(bytes.total - bytes.page)}`);
  console.log(`[measure] median time to results ${Math.round([...rows.map((r) => r.ms)].sort((a, b) => a - b)[rows.length >> 1])} ms (page load included)`);
  if (errors.length) console.log(`[measure] console errors: ${errors.join(' | ')}`);
  const ok = recall >= TARGET.recall && precision >= TARGET.precision && bytes.total < TARGET.firstQueryBytes && errors.length === 0;
  console.log(`[measure] ${ok ? 'all targets met' : 'TARGET MISSED'}`);
  process.exitCode = ok ? 0 : 1;
} finally {
  await site.close();
}
