// Where `astro build` holds its memory: runs it with memory-sampler.ts and
// prints the peak resident size with the heap and buffers at that moment, and
// the moment the most of it lay outside the heap (native code such as the
// bundler, and buffers). The figures of
// README “Scale → Astro's memory” came from this, with and without the
// options below.
//
//   node scripts/dev/astro-memory.ts --content DIR [--out DIR] [--no-purge] [--heap MB]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { content: { type: 'string', default: 'content' }, out: { type: 'string' }, purge: { type: 'boolean', default: true }, heap: { type: 'string' } },
  allowNegative: true,
});
const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'astro-memory-'));
const samples = path.join(work, 'samples.jsonl');
const args = [
  ...(values.heap ? [`--max-old-space-size=${values.heap}`] : []),
  '--import',
  path.join(root, 'scripts/dev/memory-sampler.ts'),
  path.join(root, 'node_modules/astro/bin/astro.mjs'),
  'build',
  '--outDir',
  path.resolve(values.out ?? path.join(work, 'dist')),
];
const started = performance.now();
const run = spawnSync(process.execPath, args, {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    POLICY_CONTENT_DIR: path.resolve(values.content!),
    POLICY_CACHE_DIR: path.join(work, 'cache'),
    MEMORY_SAMPLES: samples,
    ...(values.purge ? { MIMALLOC_PURGE_DELAY: '0' } : {}),
  },
});
if (run.status !== 0) {
  console.error(`[astro-memory] astro build failed (exit ${run.status})`);
  process.exit(1);
}
type Sample = { t: number; rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number };
const rows: Sample[] = readFileSync(samples, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const peak = rows.reduce((a, b) => (b.rss > a.rss ? b : a));
const show = (s: Sample) =>
  `rss ${s.rss} MB (heap used ${s.heapUsed} of ${s.heapTotal} MB, external ${s.external} MB, array buffers ${s.arrayBuffers} MB) at ${(s.t / 1000).toFixed(0)} s`;
console.log(
  `[astro-memory] ${((performance.now() - started) / 1000).toFixed(1)} s · ${rows.length} samples · options: purge ${values.purge ? 'on' : 'off'}, heap ${values.heap ?? 'default'} MB`,
);
console.log(`[astro-memory] peak ${show(peak)}`);
const outsideHeap = rows.reduce((a, b) => (b.rss - b.heapTotal > a.rss - a.heapTotal ? b : a));
console.log(`[astro-memory] most memory outside the heap: ${outsideHeap.rss - outsideHeap.heapTotal} MB, ${show(outsideHeap)}`);
