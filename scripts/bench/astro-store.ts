// What `astro build` holds: its time and peak memory (whole process tree),
// the size of its content-layer data store (what Astro serializes into the
// server bundle) and of the measure store the pages read beside it
// (content/measures, src/site-data/measures.ts).
//
//   node scripts/bench/astro-store.ts [--content content] [--out DIR] [--cache DIR]
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runMeasured } from '../build-site/process-tree.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    content: { type: 'string', default: path.join(root, 'content') },
    out: { type: 'string' },
    cache: { type: 'string' },
  },
});
const content = path.resolve(args.content!);
const out = path.resolve(args.out ?? path.join(root, 'dist'));
// Its own, cold cache unless one is named: the data store is written afresh.
const cache = path.resolve(args.cache ?? path.join(root, 'tmp', `astro-store-${process.pid}`));
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((sum, name) => {
    const file = path.join(dir, name);
    return sum + (statSync(file).isDirectory() ? dirBytes(file) : statSync(file).size);
  }, 0);
}

const run = await runMeasured(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
  cwd: root,
  env: { POLICY_CONTENT_DIR: content, POLICY_CACHE_DIR: cache },
});
if (run.status !== 0) {
  console.error(run.stderr.slice(-3000) || run.stdout.slice(-3000));
  process.exit(1);
}
const pages = /(\d+) page\(s\) built/.exec(run.stdout)?.[1] ?? '?';
const store = path.join(cache, 'data-store.json');
console.log(`[astro] ${pages} pages in ${(run.ms / 1000).toFixed(1)} s · peak ${run.peakMb} MB (process tree)`);
console.log(
  `[astro] data store ${existsSync(store) ? MB(statSync(store).size) : 'not found'} (${path.relative(root, store)}) · measure store ${MB(dirBytes(path.join(content, 'measures')))} · documents ${MB(dirBytes(path.join(content, 'documents')))}`,
);
if (!args.cache) rmSync(cache, { recursive: true, force: true });
