// Builds the search index into dist/pagefind with Pagefind's Node API:
// read the built document pages → character-spaced records (index-view.ts),
// streamed into Pagefind page by page → the manifest the browser lists
// results from (fragments.ts).
// Prints stages and totals; exits non-zero when nothing was indexed.
//
//   node scripts/search/build-index.ts [--site dist] [--target-chars 3000] [--max-chars 6000]
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { encodeManifest, MANIFEST_PATH } from '../../../src/search/manifest.ts';
import { INCLUDE_CHARACTERS } from '../../../src/search/query.ts';
import { Progress } from '../progress.ts';
import { watchChildMemory } from './child-memory.ts';
import { buildManifest, readFragments } from './fragments.ts';
import { buildIndexView, DEFAULT_INDEX_VIEW } from './index-view.ts';

// Index chunk size in word positions (Pagefind's default is 20,000). A query
// fetches the chunk of every character it holds; smaller chunks mean fewer
// bytes per query for a slightly longer chunk list in the metadata file.
// Tuned with scripts/search/bench.ts; Pagefind reads it from the environment.
const CHUNK_POSITIONS = '500';

const { values: args } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    'target-chars': { type: 'string', default: String(DEFAULT_INDEX_VIEW.targetChars) },
    'max-chars': { type: 'string', default: String(DEFAULT_INDEX_VIEW.maxChars) },
  },
});
const site = path.resolve(args.site!);
const bundle = path.join(site, 'pagefind');
const options = { targetChars: Number(args['target-chars']), maxChars: Number(args['max-chars']) };

const log = (message: string) => console.log(`[search] ${message}`);
const fail = (message: string): never => {
  console.error(`[search] error: ${message}`);
  process.exit(1);
};
const timings: string[] = [];
let clock = performance.now();
const stage = (name: string) => {
  const now = performance.now();
  timings.push(`${name} ${Math.round(now - clock)}`);
  clock = now;
};

// Sorted: Pagefind's output (chunk boundaries, hashed file names) depends on
// the order records are added, and readdir order is the file system's own
// (hash order on ext4, creation order on tmpfs), so an unsorted walk would make
// the bundle differ between machines building the same commit.
function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) {
      if (file !== bundle) out.push(...htmlFiles(file));
    } else if (name.endsWith('.html')) out.push(file);
  }
  return out;
}

function urlOf(file: string): string {
  const rel = path.relative(site, file).split(path.sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    total += statSync(file).isDirectory() ? dirBytes(file) : statSync(file).size;
  }
  return total;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

log(`reading ${path.relative(process.cwd(), site) || '.'}`);
let files: string[] = [];
try {
  files = htmlFiles(site);
} catch {
  fail(`cannot read ${site}: run \`astro build\` first`);
}
stage('read');

// Pagefind starts first and takes each page's records as they are made, so
// the records of the whole site (hundreds of MB of character-spaced HTML at
// 10×) are never held at once; only each record's character count is kept.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= CHUNK_POSITIONS;
const memory = watchChildMemory();
const { index, errors } = await pagefind.createIndex({ includeCharacters: INCLUDE_CHARACTERS });
if (!index) fail(`Pagefind could not start: ${errors.join('; ')}`);

let documents = 0;
let chars = 0;
let anchors = 0;
let recordCount = 0;
const expected = new Map<string, number>();
// Pages differ a hundredfold in size, and so does the work: progress counts bytes.
const sizes = files.map((file) => statSync(file).size);
const totalBytes = sizes.reduce((a, b) => a + b, 0);
let readBytes = 0;
let pagesRead = 0;
const progress = new Progress({ label: '[search] indexing', total: totalBytes, count: () => `${pagesRead}/${files.length} pages` });
for (const [i, file] of files.entries()) {
  pagesRead = i;
  progress.update(readBytes);
  readBytes += sizes[i]!;
  const view = buildIndexView(readFileSync(file, 'utf8'), urlOf(file), options);
  if (!view) continue;
  documents += 1;
  chars += view.chars;
  anchors += view.anchors;
  for (const warning of view.warnings) console.warn(`[search] warning: ${warning}`);
  for (const record of view.records) {
    recordCount += 1;
    expected.set(record.url, record.chars);
    const added = await index!.addHTMLFile({ url: record.url, content: record.html });
    if (added.errors.length) fail(`Pagefind rejected ${record.url}: ${added.errors.join('; ')}`);
  }
}
progress.finish();
log(`${files.length} pages read · ${documents} with data-pagefind-body → ${recordCount} records · ${chars} characters · ${anchors} anchors`);
if (documents === 0) fail(`no page in ${site} has data-pagefind-body: nothing to index (did \`astro build\` run?)`);
stage('index-view+pagefind-add');

log(`writing the index to ${path.relative(process.cwd(), bundle) || bundle}`);
rmSync(bundle, { recursive: true, force: true });
const written = await index!.writeFiles({ outputPath: bundle });
if (written.errors.length) fail(`Pagefind could not write ${bundle}: ${written.errors.join('; ')}`);
const peakMb = memory.stop();
await pagefind.close();
stage('pagefind-write');

const fragments = readFragments(bundle);
if (fragments.size !== recordCount) fail(`Pagefind wrote ${fragments.size} fragments for ${recordCount} records`);
// The browser reads positions as character offsets: check that Pagefind made
// one word of every character, so a Pagefind upgrade that segments otherwise
// fails the build instead of silently breaking phrase matching.
for (const fragment of fragments.values()) {
  const words = fragment.content.split('\u200B').map((w) => w.trim());
  const odd = words.find((w) => [...w].length !== 1);
  if (fragment.word_count !== expected.get(fragment.url) || words.length !== fragment.word_count || odd !== undefined) {
    fail(
      `${fragment.url}: Pagefind made ${fragment.word_count} words of ${expected.get(fragment.url)} characters${odd !== undefined ? ` (e.g. “${odd}”)` : ''}; positions would not be character offsets`,
    );
  }
}
const manifest = buildManifest(fragments);
const manifestFile = path.join(site, MANIFEST_PATH);
mkdirSync(path.dirname(manifestFile), { recursive: true });
writeFileSync(manifestFile, gzipSync(JSON.stringify(encodeManifest(manifest)), { level: 9 }));
stage('manifest');

const filterValues = manifest.filterKeys.map((key) => {
  const values = new Set(manifest.documents.flatMap((d) => d.filters[key] ?? []));
  return `${key} ${values.size}`;
});
const part = (sub: string) => {
  try {
    return dirBytes(path.join(bundle, sub));
  } catch {
    return 0;
  }
};
const total = dirBytes(bundle);
const runtime = ['pagefind.js', 'pagefind-entry.json', 'wasm.unknown.pagefind'].reduce((sum, name) => sum + statSync(path.join(bundle, name)).size, 0);
log(`documents ${manifest.documents.length} · records ${fragments.size} · words ${chars} (one per character) · filters ${filterValues.join(', ')}`);
log(
  `bytes: index ${kB(part('index'))} · fragments ${kB(part('fragment'))} · filters ${kB(part('filter'))} · Pagefind runtime (script, wasm) ${kB(runtime)} · manifest ${kB(statSync(manifestFile).size)} · bundle total ${kB(total)}`,
);
log(`stages (ms): ${timings.join(', ')}${peakMb ? ` · Pagefind peak memory ${peakMb} MB` : ''}`);
