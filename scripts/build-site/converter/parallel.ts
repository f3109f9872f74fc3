// The converter on every core. Source files are independent until ids are
// given out, so they are dealt to worker threads (largest first, to the least
// loaded) and the results put back in source order, which makes the output
// exactly what `convert` gives on one thread. The one cross-file dependency
// is a duplicated document: ids of equal documents are numbered in file
// order (…-2), which a worker cannot see across shards; when two shards hand
// out the same id the whole set is converted again on one thread.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Manifest } from './manifest.ts';
import type { RawSource } from './model.ts';
import { convert, type Conversion, type ConvertOptions } from './pipeline.ts';

/** Below this, starting workers (each loads the converter) costs more than it saves. */
const MIN_PARALLEL_BYTES = 4_000_000;

export interface ParallelOptions {
  /** Worker threads; default: the cores available. 1 converts on this thread. */
  threads?: number;
  /** Bytes of source converted so far, after each file (on any thread). */
  onProgress?: (bytes: number) => void;
}

export async function convertInParallel(
  raws: RawSource[],
  manifest: Manifest | null,
  options: Omit<ConvertOptions, 'keepDrafts'>,
  parallel: ParallelOptions = {},
): Promise<Conversion & { threads: number }> {
  const bytes = raws.reduce((n, r) => n + r.bytes.length, 0);
  const threads = Math.min(parallel.threads ?? os.availableParallelism(), raws.length);
  let done = 0;
  const progress = (fileBytes: number) => parallel.onProgress?.((done += fileBytes));
  if (threads <= 1 || (parallel.threads === undefined && bytes < MIN_PARALLEL_BYTES)) {
    return { ...convert(raws, manifest, { ...options, onFile: (raw) => progress(raw.bytes.length) }), threads: 1 };
  }
  const shards = deal(raws, threads);
  const results = await Promise.all(shards.map((shard) => runWorker(shard, manifest, options, progress)));
  const merged = mergeInSourceOrder(raws, results);
  const ids = merged.documents.map((d) => d.document.id);
  if (new Set(ids).size !== ids.length) return { ...convert(raws, manifest, options), threads: 1 };
  return { ...merged, threads };
}

/** Largest file first, each to the shard with the fewest bytes; every shard keeps source order. */
export function deal(raws: RawSource[], shards: number): RawSource[][] {
  const load = new Array(shards).fill(0);
  const owner = new Map<RawSource, number>();
  for (const raw of [...raws].sort((a, b) => b.bytes.length - a.bytes.length)) {
    const target = load.indexOf(Math.min(...load));
    owner.set(raw, target);
    load[target] += raw.bytes.length;
  }
  return Array.from({ length: shards }, (_, s) => raws.filter((r) => owner.get(r) === s)).filter((s) => s.length > 0);
}

function mergeInSourceOrder(raws: RawSource[], results: Conversion[]): Conversion {
  const merged: Conversion = { documents: [], provinces: [], diagnostics: [], timings: {} };
  const byFile = <T>(items: T[], fileOf: (item: T) => string) => {
    const map = new Map<string, T[]>();
    for (const item of items) map.set(fileOf(item), [...(map.get(fileOf(item)) ?? []), item]);
    return map;
  };
  const documents = byFile(
    results.flatMap((r) => r.documents),
    (d) => d.document.source.file,
  );
  const provinces = byFile(
    results.flatMap((r) => r.provinces),
    (p) => p.file,
  );
  const diagnostics = byFile(
    results.flatMap((r) => r.diagnostics),
    (d) => d.file,
  );
  for (const raw of raws) {
    merged.documents.push(...(documents.get(raw.file) ?? []));
    merged.provinces.push(...(provinces.get(raw.file) ?? []));
    merged.diagnostics.push(...(diagnostics.get(raw.file) ?? []));
    diagnostics.delete(raw.file);
  }
  for (const rest of diagnostics.values()) merged.diagnostics.push(...rest);
  // Stage times add up over threads: CPU time per stage, not wall time.
  for (const r of results) for (const [stage, ms] of Object.entries(r.timings)) merged.timings[stage] = (merged.timings[stage] ?? 0) + ms;
  return merged;
}

function runWorker(
  raws: RawSource[],
  manifest: Manifest | null,
  options: Omit<ConvertOptions, 'keepDrafts'>,
  onFile: (bytes: number) => void,
): Promise<Conversion> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./convert-worker.ts', import.meta.url), {
      workerData: { raws, manifest, options: { ...options, onFile: undefined, takenIds: options.takenIds ? [...options.takenIds] : undefined } },
      // The converter allocates many short-lived strings: a larger young
      // generation (as --max-semi-space-size=64 gives the main thread) halves
      // the time spent collecting them.
      resourceLimits: { maxYoungGenerationSizeMb: 192 },
    });
    worker.on('message', (message: { progress: number } | { result: Conversion }) => {
      if ('result' in message) resolve(message.result);
      else onFile(message.progress);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`converter worker exited with code ${code}`)));
  });
}
