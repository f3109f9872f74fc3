// node scripts/bench/site.ts [--no-build]
// Site budgets as figures, not timed tests: whole build time, size of dist/
// and dist/pagefind, the largest HTML page, and the client JavaScript every
// document page ships (tag by tag). Run on an idle machine; numbers vary.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { shippedScripts } from '../site/client-js.ts';
import { documentPages, filesUnder, readSite } from '../site/pages.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');
const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } });

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const sizeOf = (dir: string) => filesUnder(dir).reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);

if (!values['no-build']) {
  const started = performance.now();
  // The same command a developer and CI run; its output is not part of the figures.
  const run = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(run.stderr);
    throw new Error(`npm run build failed (exit ${run.status})`);
  }
  console.log(`build         ${seconds.toFixed(1)} s  (npm run build: ingest + astro build)`);
}

const files = filesUnder(dist);
console.log(`dist/         ${kib(sizeOf(dist))} in ${files.length} files`);
const pagefind = path.join(dist, 'pagefind');
console.log(`dist/pagefind ${existsSync(pagefind) ? `${kib(sizeOf(pagefind))} in ${filesUnder(pagefind).length} files` : 'not present'}`);

const pages = readSite(dist);
const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
console.log(`largest page  ${kib(largest.bytes)}  ${largest.url}  (${pages.length} HTML pages)`);

const docs = documentPages(pages).sort((a, b) => a.url.localeCompare(b.url));
console.log(`\nclient JavaScript per document page (${docs.length} pages; only the search box is allowed)`);
let outside = 0;
for (const page of docs) {
  const scripts = shippedScripts(page, dist);
  const total = scripts.reduce((n, s) => n + s.bytes, 0);
  const tags = scripts.map((s) => `${s.src ?? 'inline'}${s.type ? ` type=${s.type}` : ''} ${s.bytes} B${s.inSearchBox ? '' : ' OUTSIDE SEARCH BOX'}`);
  outside += scripts.filter((s) => !s.inSearchBox).length;
  console.log(`  ${page.url.padEnd(44)} ${String(scripts.length).padStart(2)} tags ${String(total).padStart(6)} B  ${tags.join('; ')}`);
}
console.log(outside === 0 ? 'rule: held (every script is the search box’s)' : `rule: BROKEN (${outside} script tags outside the search box)`);
