// Builds the search index into dist/pagefind with Pagefind's Node API, as one
// bundle per province (bundles.ts), one after another: read the built
// document pages → records of one index word a character (index-view.ts), streamed into a
// fresh Pagefind process → written, checked and closed before the next
// bundle starts, so the indexer's peak memory is the largest bundle's. Then
// the manifest the browser lists results from (fragments.ts, manifest.ts).
// Prints stages and totals; exits non-zero when nothing was indexed.
//
//   node scripts/build-site/search/build-index.ts [--site dist] [--target-chars 3000] [--max-chars 6000]
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { chunkStartsInRuns } from '../../../src/search/index-words.ts';
import {
  BUNDLE_CHUNK_STARTS,
  BUNDLE_DOCUMENTS,
  encodeBundleManifest,
  MANIFEST_PATH,
  MANIFEST_VERSION,
  type RootManifest,
  type SearchBundle,
} from '../../../src/search/manifest.ts';
import { Progress } from '../progress.ts';
import { type BundlePlan, chunkSizeFor, filterValuesOf, type IndexedPage, planBundles } from './bundles.ts';
import { watchChildMemory } from './child-memory.ts';
import { buildBundleManifest, readFragments, restoreText, writeFragment } from './fragments.ts';
import { buildIndexView, DEFAULT_INDEX_VIEW } from './index-view.ts';
import { readPagefindMeta } from './pagefind-meta.ts';

/** What a bundle keeps of what Pagefind writes: its entry, metadata, wasm (a bundle may be the first a page loads), index, filters and fragments. */
const BUNDLE_FILES = /^(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|index|filter|fragment)$/;
/** Pagefind's browser script, shared by every bundle: written once, at the root. */
const RUNTIME = 'pagefind.js';

const { values: args } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    'target-chars': { type: 'string', default: String(DEFAULT_INDEX_VIEW.targetChars) },
    'max-chars': { type: 'string', default: String(DEFAULT_INDEX_VIEW.maxChars) },
  },
});
const site = path.resolve(args.site!);
const root = path.join(site, 'pagefind');
const options = { targetChars: Number(args['target-chars']), maxChars: Number(args['max-chars']) };
/** Index chunk size set by hand (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE) to try one on every bundle; else each bundle's own (chunkSizeFor). */
const fixedChunkSize = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;

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
      if (file !== root) out.push(...htmlFiles(file));
    } else if (name.endsWith('.html')) out.push(file);
  }
  return out;
}

function urlOf(file: string): string {
  const rel = path.relative(site, file).split(path.sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

function dirBytes(dir: string, match: (name: string) => boolean = () => true): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) total += dirBytes(file, match);
    else if (match(name)) total += statSync(file).size;
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
// A first, cheap look at every page: is it indexed, and in which province's bundle.
const indexed: IndexedPage[] = [];
for (const file of files) {
  const html = readFileSync(file, 'utf8');
  if (!/\sdata-pagefind-body[\s=>]/.test(html)) continue;
  const provinces = filterValuesOf(html, 'province');
  if (provinces.length > 1)
    fail(`${urlOf(file)} has ${provinces.length} province filters (${provinces.join(', ')}); a document belongs to one province's bundle`);
  indexed.push({ file, url: urlOf(file), province: provinces[0] ?? null });
}
const plans = planBundles(indexed);
// Pages differ a hundredfold in size, and so does the work: progress counts bytes.
const totalBytes = indexed.reduce((sum, page) => sum + statSync(page.file).size, 0);
let bytesDone = 0;
let pagesDone = 0;
const progress = new Progress({ label: '[search] indexing', total: totalBytes, count: () => `${pagesDone}/${indexed.length} pages` });
stage('read');

interface BuiltBundle {
  plan: BundlePlan;
  bundle: SearchBundle;
  hashes: string[];
  /** Per filter key, the values its records have (the fragments themselves are not kept: at 100× they are the whole corpus's text). */
  filterValues: Map<string, Set<string>>;
  documents: number;
  chars: number;
  anchors: number;
  ms: number;
  peakMb: number | null;
}

/**
 * Indexes one bundle in a Pagefind process of its own and writes it into
 * /pagefind/<name>/. `salt`, when not 0, gives every record a metadata value
 * that changes its fragment, and so its hash (see the collision check below).
 */
async function buildBundle(plan: BundlePlan, salt: number): Promise<BuiltBundle> {
  const started = performance.now();
  const dir = path.join(root, plan.name);
  rmSync(dir, { recursive: true, force: true });
  // Pagefind starts first and takes each page's records as they are made, so
  // the records of a bundle are never held at once; only each record's
  // text is kept, to put back into its fragment.
  // Pagefind reads the chunk size from the environment of its process, which createIndex starts.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = fixedChunkSize ?? String(chunkSizeFor(plan.pages.reduce((sum, page) => sum + statSync(page.file).size, 0)));
  const memory = watchChildMemory();
  // Every indexed character is an index word of ASCII letters and digits, so
  // Pagefind's own choice of characters to index (includeCharacters) has nothing left to decide.
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail(`Pagefind could not start: ${errors.join('; ')}`);
  const added: string[] = [];
  const texts = new Map<string, string>();
  let documents = 0;
  let chars = 0;
  let anchors = 0;
  // Pagefind indexes a page's records in its own process while this one makes
  // the next page's view: records still go one at a time, in order (the
  // page table follows the order they were added), but the two overlap.
  let adding = Promise.resolve();
  for (const page of plan.pages) {
    progress.update(bytesDone);
    bytesDone += statSync(page.file).size;
    pagesDone += 1;
    const view = buildIndexView(readFileSync(page.file, 'utf8'), page.url, options);
    if (!view) continue;
    documents += 1;
    chars += view.chars;
    anchors += view.anchors;
    for (const warning of view.warnings) console.warn(`[search] warning: ${warning}`);
    await adding;
    adding = (async () => {
      for (const record of view.records) {
        const html = salt
          ? record.html.replace(/(<[^>]*\sdata-pagefind-body[^>]*>)/, `$1<span data-pagefind-meta="salt:${salt}" data-pagefind-ignore hidden></span>`)
          : record.html;
        const result = await index!.addHTMLFile({ url: record.url, content: html });
        if (result.errors.length) fail(`Pagefind rejected ${record.url}: ${result.errors.join('; ')}`);
        added.push(record.url);
        texts.set(record.url, record.text);
      }
    })();
  }
  await adding;
  const written = await index!.writeFiles({ outputPath: dir });
  if (written.errors.length) fail(`Pagefind could not write ${dir}: ${written.errors.join('; ')}`);
  await index!.deleteIndex();
  await pagefind.close();
  const peakMb = memory.stop();

  const fragments = readFragments(dir);
  if (fragments.size !== added.length) fail(`bundle ${plan.name}: Pagefind wrote ${fragments.size} fragments for ${added.length} records`);
  for (const [hash, fragment] of fragments) {
    // The browser reads positions as character offsets: restoreText checks
    // that Pagefind kept every index word at its character's position, so a
    // Pagefind upgrade that segments otherwise fails the build instead of
    // silently breaking phrase matching.
    try {
      writeFragment(path.join(dir, 'fragment', `${hash}.pf_fragment`), restoreText(fragment, texts.get(fragment.url) ?? ''));
    } catch (error) {
      fail((error as Error).message);
    }
    // A province search loads this bundle only: every record in it must be of its province.
    const provinces = fragment.filters.province ?? [];
    if (provinces.length !== plan.provinces.length || provinces.some((p) => !plan.provinces.includes(p))) {
      fail(
        `${fragment.url}: Pagefind read the province filter as [${provinces.join(', ')}], but the page went into the bundle of [${plan.provinces.join(', ')}]`,
      );
    }
  }
  const meta = readPagefindMeta(dir);
  let manifest: ReturnType<typeof buildBundleManifest>;
  try {
    manifest = buildBundleManifest(meta, fragments, added);
  } catch (error) {
    return fail(`bundle ${plan.name}: ${(error as Error).message}`);
  }
  writeFileSync(path.join(dir, BUNDLE_DOCUMENTS), gzipSync(JSON.stringify(encodeBundleManifest(manifest)), { level: 9 }));
  writeFileSync(path.join(dir, BUNDLE_CHUNK_STARTS), gzipSync(JSON.stringify(chunkStartsInRuns(meta.chunks)), { level: 9 }));
  const filterValues = new Map<string, Set<string>>();
  for (const document of manifest.documents) {
    for (const [key, values] of Object.entries(document.filters)) {
      if (!filterValues.has(key)) filterValues.set(key, new Set());
      for (const value of values) filterValues.get(key)!.add(value);
    }
  }

  // Keep Pagefind's browser script once, at the root; drop its UI files.
  if (!statSync(path.join(root, RUNTIME), { throwIfNoEntry: false })) copyFileSync(path.join(dir, RUNTIME), path.join(root, RUNTIME));
  else if (!readFileSync(path.join(dir, RUNTIME)).equals(readFileSync(path.join(root, RUNTIME))))
    fail(`bundle ${plan.name}: Pagefind wrote another ${RUNTIME}`);
  for (const name of readdirSync(dir))
    if (!BUNDLE_FILES.test(name) && name !== BUNDLE_DOCUMENTS && name !== BUNDLE_CHUNK_STARTS) rmSync(path.join(dir, name), { recursive: true });

  const loadBytes = readdirSync(dir)
    .filter((name) => name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || name === BUNDLE_DOCUMENTS)
    .reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
  const chunkBytes = Math.round(dirBytes(path.join(dir, 'index')) / Math.max(1, meta.chunks.length));
  return {
    plan,
    bundle: {
      path: `/pagefind/${plan.name}/`,
      provinces: plan.provinces,
      documents: manifest.documents.length,
      records: added.length,
      bytes: loadBytes,
      chunkBytes,
    },
    hashes: meta.pages.map((p) => p.hash),
    filterValues,
    documents,
    chars,
    anchors,
    ms: performance.now() - started,
    peakMb,
  };
}

rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
const built: BuiltBundle[] = [];
// Record ids are Pagefind's short fragment hashes. Pagefind keeps them unique
// within a bundle, not across bundles, and the browser searches several
// bundles at once and knows a record by its id: a bundle whose hash repeats
// one of an earlier bundle is built again with a salt, which changes its
// fragments and so their hashes.
const seen = new Set<string>();
for (const plan of plans) {
  let salt = 0;
  let bundle = await buildBundle(plan, salt);
  while (bundle.hashes.some((hash) => seen.has(hash))) {
    const repeated = bundle.hashes.filter((hash) => seen.has(hash));
    salt += 1;
    if (salt > 5) fail(`bundle ${plan.name}: record ids ${repeated.join(', ')} repeat earlier bundles' after ${salt - 1} salts`);
    log(`bundle ${plan.name}: record id ${repeated.join(', ')} repeats an earlier bundle's; building it again with salt ${salt}`);
    bundle = await buildBundle(plan, salt);
  }
  for (const hash of bundle.hashes) seen.add(hash);
  built.push(bundle);
  log(
    `bundle ${plan.name} (${plan.provinces.join('、') || 'no province'}): ${bundle.documents} documents → ${bundle.bundle.records} records · ${bundle.chars} characters · ${(bundle.ms / 1000).toFixed(1)} s${bundle.peakMb ? ` · Pagefind peak ${bundle.peakMb} MB` : ''}`,
  );
}
progress.finish();
const documents = built.reduce((sum, b) => sum + b.documents, 0);
const records = built.reduce((sum, b) => sum + b.bundle.records, 0);
const chars = built.reduce((sum, b) => sum + b.chars, 0);
log(
  `${files.length} pages read · ${documents} with data-pagefind-body → ${records} records in ${built.length} bundles · ${chars} characters · ${built.reduce((sum, b) => sum + b.anchors, 0)} anchors`,
);
if (documents === 0) fail(`no page in ${site} has data-pagefind-body: nothing to index (did \`astro build\` run?)`);
stage('index (view, Pagefind add, write, check)');

const filterKeys: string[] = [];
for (const bundle of built) for (const key of bundle.filterValues.keys()) if (!filterKeys.includes(key)) filterKeys.push(key);
const indexBytes = dirBytes(root, (name) => name.endsWith('.pf_index'));
const manifest: RootManifest = {
  version: MANIFEST_VERSION,
  filterKeys,
  bundles: built.map((b) => b.bundle),
  bytesPerPosition: Math.round((indexBytes / Math.max(1, chars)) * 1000) / 1000,
};
const manifestFile = path.join(site, MANIFEST_PATH);
writeFileSync(manifestFile, gzipSync(JSON.stringify(manifest), { level: 9 }));
stage('manifest');

const filterValues = filterKeys.map((key) => {
  const values = new Set(built.flatMap((b) => [...(b.filterValues.get(key) ?? [])]));
  return `${key} ${values.size}`;
});
const part = (test: (name: string) => boolean) => dirBytes(root, test);
const peaks = built.map((b) => b.peakMb).filter((mb): mb is number => mb !== null);
log(`documents ${documents} · records ${records} · words ${chars} (one per character) · filters ${filterValues.join(', ')}`);
log(
  `bytes: index ${kB(indexBytes)} · metadata ${kB(part((n) => n.endsWith('.pf_meta')))} · fragments ${kB(part((n) => n.endsWith('.pf_fragment')))} · filters ${kB(part((n) => n.endsWith('.pf_filter')))} · Pagefind runtime ${kB(statSync(path.join(root, RUNTIME)).size)} and wasm ${kB(part((n) => n.endsWith('.pagefind')))} · manifest ${kB(statSync(manifestFile).size + part((n) => n === BUNDLE_DOCUMENTS))} · total ${kB(dirBytes(root))}`,
);
log(`stages (ms): ${timings.join(', ')}${peaks.length ? ` · Pagefind peak memory ${Math.max(...peaks)} MB (largest bundle)` : ''}`);
