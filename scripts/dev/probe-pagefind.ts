// How stock Pagefind 1.6 handles this site's Chinese, measured rather than
// assumed: the evidence behind the character index (see README, “Search”).
// Indexes the built pages with Pagefind's defaults into a temporary copy of
// dist/, then prints
//   - how the indexer cut sample phrases (ICU4X words, from the fragments),
//   - which words the index holds (its chunks, decoded): lengths, and pairs
//     of characters across two of those cuts,
//   - how the browser cuts the same phrases (Intl.Segmenter),
//   - recall and precision of plain, quoted and space-separated queries over
//     queries.txt on exact-substring ground truth,
//   - index size and the indexer's peak memory.
//
//   node scripts/search/probe-pagefind.ts
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { launchBrowser } from '../site/browser.ts';
import { dist, serveDist } from '../site/serve.ts';
import { kB, readQueries } from '../site/search-run.ts';
import { watchChildMemory } from '../build-site/search/child-memory.ts';
import { readFragments } from '../build-site/search/fragments.ts';

const SAMPLES = ['带押过户', '营商环境', '不动产登记', '一照多址', '拿地即开工', '市审批局', '1个工作日', '工作日'];
const EXTRA_QUERIES = ['动产', '工作日', '个工作日'];

const site = mkdtempSync(path.join(tmpdir(), 'pagefind-probe-'));
try {
  cpSync(dist, site, { recursive: true, filter: (src) => !src.startsWith(path.join(dist, 'pagefind')) });
  const memory = watchChildMemory();
  const started = performance.now();
  const { index } = await pagefind.createIndex({});
  const added = await index!.addDirectory({ path: site });
  await index!.writeFiles({ outputPath: path.join(site, 'pagefind') });
  const peak = memory.stop();
  await pagefind.close();
  const fragments = [...readFragments(path.join(site, 'pagefind')).values()];
  const indexDir = path.join(site, 'pagefind', 'index');
  const indexBytes = readdirSync(indexDir).reduce((sum, f) => sum + statSync(path.join(indexDir, f)).size, 0);
  console.log(
    `[probe] stock Pagefind: ${added.page_count} pages seen, ${fragments.length} indexed in ${Math.round(performance.now() - started)} ms · index ${kB(indexBytes)} · peak memory ${peak ?? '?'} MB`,
  );

  // Index side: the fragment text keeps a zero-width space after every indexed word.
  const pages = fragments.map((f) => ({ url: f.url, words: f.content.split('\u200B'), text: f.content.replace(/\u200B/g, '') }));
  const cut = (phrase: string) => {
    for (const page of pages) {
      const at = page.text.indexOf(phrase);
      if (at < 0) continue;
      let offset = 0;
      const covering: string[] = [];
      for (const word of page.words) {
        const end = offset + word.length;
        if (end > at && offset < at + phrase.length) covering.push(word.trim());
        offset = end;
      }
      return covering.join('|');
    }
    return '(not in the corpus)';
  };
  console.log('[probe] indexer (ICU4X) cuts, words covering the phrase:');
  for (const phrase of SAMPLES) console.log(`  ${phrase} → ${cut(phrase)}`);

  // The words the index holds, from its chunks (gzip, signature, CBOR: [[word, pages, variants], …]).
  const words = new Set<string>();
  for (const file of readdirSync(indexDir)) {
    const bytes = gunzipSync(readFileSync(path.join(indexDir, file))).subarray('pagefind_dcd'.length);
    const [entries] = decodeCbor(bytes) as [[string, unknown, unknown][]];
    for (const [word] of entries) words.add(word);
  }
  const byLength = new Map<number, number>();
  for (const word of words) byLength.set([...word].length, (byLength.get([...word].length) ?? 0) + 1);
  console.log(
    `[probe] index words: ${words.size}; by length ${[1, 2, 3, 4].map((n) => `${n}: ${byLength.get(n) ?? 0}`).join(', ')}, longer: ${[...byLength].filter(([n]) => n > 4).reduce((sum, [, c]) => sum + c, 0)} (whole titles, from the title metadata)`,
  );
  // Pairs of characters across two indexed words: held as words of their own?
  const crossing: string[] = [];
  const { words: firstWords } = pages[0];
  for (let i = 0; i + 1 < firstWords.length; i++) {
    const pair = `${firstWords[i].trim().slice(-1)}${firstWords[i + 1].trim().slice(0, 1)}`;
    if (/^\p{Script=Han}{2}$/u.test(pair) && !crossing.includes(pair)) crossing.push(pair);
  }
  const held = crossing.filter((pair) => words.has(pair));
  console.log(
    `[probe] pairs across two indexed words on ${pages[0].url}: ${held.length} of ${crossing.length} are index words (e.g. ${held.slice(0, 6).join(' ')})`,
  );
  const inside = SAMPLES.filter((q) => [...q].length >= 3);
  console.log(`[probe] 3+-character phrases held as words: ${inside.map((q) => `${q} ${words.has(q) ? 'yes' : 'no'}`).join(', ')}`);

  const server = await serveDist(site);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    console.log('[probe] browser (Intl.Segmenter, zh-CN) cuts the query:');
    const cuts = await page.evaluate(
      (list) => list.map((q) => [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(q)].map((s) => s.segment).join('|')),
      SAMPLES,
    );
    SAMPLES.forEach((q, i) => {
      console.log(`  ${q} → ${cuts[i]}`);
    });

    const run = (terms: string[]) =>
      page.evaluate(async (list) => {
        const pf = (await import('/pagefind/pagefind.js' as string)) as {
          options: (o: object) => Promise<void>;
          search: (t: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
        };
        await pf.options({ noWorker: true });
        const out: string[][] = [];
        for (const term of list) {
          const response = await pf.search(term);
          out.push(await Promise.all(response.results.map(async (r) => (await r.data()).url)));
        }
        return out;
      }, terms);

    const queries = [...readQueries().map((q) => q.query), ...EXTRA_QUERIES];
    const modes: [string, (q: string) => string][] = [
      ['plain', (q) => q],
      ['quoted', (q) => `"${q}"`],
      ['spaced', (q) => [...q].join(' ')],
      ['spaced+quoted', (q) => `"${[...q].join(' ')}"`],
    ];
    const found = await run(modes.flatMap(([, rewrite]) => queries.map(rewrite)));
    console.log(`[probe] stock search over ${queries.length} queries, exact-substring ground truth (macro recall / precision):`);
    modes.forEach(([name], m) => {
      let recall = 0;
      let precision = 0;
      const worst: string[] = [];
      queries.forEach((q, i) => {
        const urls = found[m * queries.length + i];
        const relevant = new Set(pages.filter((pg) => pg.text.includes(q)).map((pg) => pg.url));
        const hits = urls.filter((u) => relevant.has(u)).length;
        const r = relevant.size ? hits / relevant.size : urls.length ? 0 : 1;
        const p = urls.length ? hits / urls.length : relevant.size ? 0 : 1;
        recall += r;
        precision += p;
        if (r < 1 || p < 0.9) worst.push(`${q} ${urls.length}/${relevant.size}`);
      });
      console.log(
        `  ${name.padEnd(14)} recall ${(recall / queries.length).toFixed(3)} · precision ${(precision / queries.length).toFixed(3)} · off (returned/relevant): ${worst.slice(0, 12).join(', ')}${worst.length > 12 ? ' …' : ''}`,
      );
    });
  } finally {
    await browser.close();
    server.server.close();
  }
} finally {
  rmSync(site, { recursive: true, force: true });
}

/** Just enough CBOR for Pagefind's index chunks: integers, strings, arrays, maps. */
function decodeCbor(bytes: Uint8Array): unknown {
  let at = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = 1 << (info - 24);
    const value = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const item = (): unknown => {
    const head = bytes[at++];
    const [major, info] = [head >> 5, head & 31];
    if (major === 0) return length(info);
    if (major === 1) return -1 - length(info);
    if (major === 2 || major === 3) {
      const n = length(info);
      const slice = bytes.subarray(at, (at += n));
      return major === 3 ? decoder.decode(slice) : slice;
    }
    if (major === 4) return Array.from({ length: length(info) }, item);
    if (major === 5) return Object.fromEntries(Array.from({ length: length(info) }, () => [item(), item()]));
    if (major === 7) return info === 21 ? true : info === 20 ? false : null;
    throw new Error(`CBOR major type ${major} not handled`);
  };
  return item();
}
