// npm run ingest [-- --sources DIR --out DIR] [--verbose] [--no-cache]
// Converts the policy texts of a sources folder into content collections.
// Prints its stages and a summary; exits non-zero when any file or document
// could not be converted (the rest are still written).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { metricTaxonomySchema } from '../../src/schemas/analysis.ts';
import { themeTaxonomySchema } from '../../src/schemas/theme.ts';
import { analyze } from './analysis/analyze.ts';
import { parseArgs } from 'node:util';
import { countByRule, formatDiagnostic } from './converter/diagnostics.ts';
import { cacheKey, converterVersion, readCache, writeCache } from './converter/io/cache.ts';
import type { Conversion } from './converter/pipeline.ts';
import { Progress } from './progress.ts';
import { convertInParallel } from './converter/parallel.ts';
import { emit } from './converter/io/emit.ts';
import { readSources } from './converter/io/read.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  allowNegative: true,
  options: {
    sources: { type: 'string', default: path.join(root, 'sources') },
    out: { type: 'string', default: path.join(root, 'content') },
    themes: { type: 'string', default: path.join(root, 'content', 'themes.json') },
    metrics: { type: 'string', default: path.join(root, 'content', 'metrics.json') },
    verbose: { type: 'boolean', short: 'v', default: false },
    quiet: { type: 'boolean', short: 'q', default: false },
    cache: { type: 'boolean', default: true },
    // Machine-readable figures for the benchmark (scripts/bench/run.ts).
    timings: { type: 'string' },
    // Worker threads for the converter (default: one per core, for large inputs).
    threads: { type: 'string' },
  },
});
const log = (line: string) => !values.quiet && console.log(line);
const pendingCache: Promise<void>[] = [];

const started = performance.now();
const sourcesDir = path.resolve(values.sources!);
const outDir = path.resolve(values.out!);
log(`[ingest] reading ${path.relative(process.cwd(), sourcesDir) || '.'}`);
const readStart = performance.now();
const read = await readSources(sourcesDir, root);
const readMs = performance.now() - readStart;
const bytes = read.sources.reduce((n, s) => n + s.bytes.length, 0);
log(`[ingest] ${read.sources.length} files, ${(bytes / 1e6).toFixed(2)} MB`);

const themesPath = path.resolve(values.themes!);
const themes = themeTaxonomySchema.parse(JSON.parse(await readFile(themesPath, 'utf8')));

// Incremental path: files unchanged since the last run (same bytes, same
// converter, same taxonomy) reuse their converted documents.
const cacheDir = path.join(outDir, '.cache');
const version = await converterVersion(root, [themesPath]);
const keys = read.sources.map((raw) =>
  cacheKey(
    raw.bytes,
    raw.file,
    read.manifest?.files.find((f) => f.file === raw.name),
    version,
  ),
);
const cached = values.cache ? await Promise.all(keys.map((key) => readCache(cacheDir, key))) : keys.map(() => null);
const misses = read.sources.filter((_, i) => !cached[i]);
const reusedIds = cached.flatMap((entry) => entry?.documents.map((d) => d.document.id) ?? []);
const missBytes = misses.reduce((n, raw) => n + raw.bytes.length, 0);
const progress = new Progress({
  label: '[ingest] converting',
  total: missBytes,
  count: (done) => `${(done / 1e6).toFixed(1)} of ${(missBytes / 1e6).toFixed(1)} MB (${misses.length} files)`,
});
const threads = { ...(values.threads ? { threads: Number(values.threads) } : {}), onProgress: (done: number) => !values.quiet && progress.update(done) };
const convertStart = performance.now();
let fresh = await convertInParallel(misses, read.manifest, { themes, takenIds: reusedIds }, threads);
progress.finish();
const reused = new Set(reusedIds);
if (fresh.documents.some((d) => /-\d+$/.test(d.document.id) && reused.has(d.document.id.replace(/-\d+$/, '')))) {
  // A changed file now duplicates a reused document; which of the two gets
  // the plain id depends on file order, so convert everything afresh.
  cached.fill(null);
  fresh = await convertInParallel(read.sources, read.manifest, { themes }, threads);
}
const convertWallMs = performance.now() - convertStart;
const merged: Conversion = { documents: [], provinces: [], diagnostics: [], timings: fresh.timings };
read.sources.forEach((raw, i) => {
  const entry = cached[i] ?? {
    documents: fresh.documents.filter((d) => d.document.source.file === raw.file),
    diagnostics: fresh.diagnostics.filter((d) => d.file === raw.file),
    provinces: fresh.provinces.filter((p) => p.file === raw.file),
  };
  merged.documents.push(...entry.documents);
  merged.diagnostics.push(...entry.diagnostics);
  merged.provinces.push(...entry.provinces);
  if (!cached[i] && values.cache) pendingCache.push(writeCache(cacheDir, keys[i], entry));
});
merged.diagnostics.push(...fresh.diagnostics.filter((d) => !read.sources.some((raw) => raw.file === d.file)));
await Promise.all(pendingCache);
log(
  `[ingest] incremental: ${read.sources.length - misses.length} of ${read.sources.length} files reused from ${path.relative(process.cwd(), cacheDir) || cacheDir}`,
);
const converted = merged;
const metrics = metricTaxonomySchema.parse(JSON.parse(await readFile(path.resolve(values.metrics!), 'utf8')));
log(`[ingest] analysing ${converted.documents.length} documents (similar measures, reforms, transmissions, metrics)`);
const analysis = analyze(converted.documents, metrics);
const conversion = { ...converted, documents: analysis.documents };
const diagnostics = [...read.diagnostics, ...conversion.diagnostics];
// Stage times are summed over worker threads (CPU time); throughput is by wall time.
const stageCpuMs = Object.values(conversion.timings).reduce((a, b) => a + b, 0);
const analysisMs = Object.values(analysis.timings).reduce((a, b) => a + b, 0);

log(`[ingest] writing ${path.relative(process.cwd(), outDir) || outDir}`);
const emitStart = performance.now();
await emit(conversion, outDir, diagnostics, analysis);
const emitMs = performance.now() - emitStart;

const measures = conversion.documents.flatMap((d) => d.measures);
const errors = diagnostics.filter((d) => d.fatal);
const warnings = diagnostics.filter((d) => !d.fatal);
for (const d of errors) console.error(formatDiagnostic(d));
if (values.verbose) for (const d of warnings) console.log(formatDiagnostic(d));

const share = (n: number) => `${((100 * n) / Math.max(1, measures.length)).toFixed(1)}%`;
const stageTimes = Object.entries(conversion.timings).map(([k, v]) => `${k} ${v.toFixed(1)}`);
log(
  `[ingest] stages (ms): ${[`read ${readMs.toFixed(0)}`, ...(stageTimes.length ? stageTimes : ['convert 0 (every file reused)']), `emit ${emitMs.toFixed(0)}`].join(', ')}`,
);
log(
  `[ingest] analysis (ms): ${Object.entries(analysis.timings)
    .map(([k, v]) => `${k} ${v.toFixed(0)}`)
    .join(', ')}`,
);
log(`[ingest] documents ${conversion.documents.length} · measures ${measures.length}`);
log(
  `[ingest] with lead unit ${share(measures.filter((m) => m.leadUnits.length).length)} · with any unit ${share(measures.filter((m) => m.leadUnits.length || m.responsibleUnits.length).length)} · with deadline ${share(measures.filter((m) => m.deadline).length)} · with dated deadline ${share(measures.filter((m) => m.deadline?.date).length)} · with target ${share(measures.filter((m) => m.targets.length).length)}`,
);
const themed = measures.filter((m) => m.themes.length).length;
const metricTargets = measures.flatMap((m) => m.targets).filter((t) => t.metric);
log(
  `[ingest] themes: ${share(themed)} of measures themed (${measures.length - themed} unthemed) · reforms in 2+ documents ${analysis.reforms.length} · transmissions ${analysis.transmissions.length} · targets on a comparable metric ${metricTargets.length} across ${new Set(metricTargets.map((t) => t.metric)).size} metrics`,
);
log(`[ingest] warnings ${warnings.length} (${[...countByRule(warnings)].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}) · errors ${errors.length}`);
const convertedBytes = misses.reduce((n, s) => n + s.bytes.length, 0);
log(
  `[ingest] converter ${convertWallMs.toFixed(0)} ms on ${fresh.threads} thread${fresh.threads > 1 ? 's' : ''} (stages ${stageCpuMs.toFixed(0)} ms CPU) for ${(convertedBytes / 1e6).toFixed(2)} MB (${convertedBytes ? (convertedBytes / 1e6 / (convertWallMs / 1000)).toFixed(1) : '—'} MB/s) · total ${(performance.now() - started).toFixed(0)} ms · report ${path.relative(process.cwd(), path.join(outDir, 'ingest-report.json'))}`,
);
if (values.timings) {
  const figures = {
    files: read.sources.length,
    bytes,
    convertedFiles: misses.length,
    convertedBytes,
    readMs,
    stages: conversion.timings,
    convertMs: convertWallMs,
    threads: fresh.threads,
    stageCpuMs,
    analysis: analysis.timings,
    analysisMs,
    emitMs,
    totalMs: performance.now() - started,
    documents: conversion.documents.length,
    measures: measures.length,
  };
  await writeFile(path.resolve(values.timings), `${JSON.stringify(figures, null, 2)}\n`);
}
if (conversion.documents.length === 0) {
  console.error('[ingest] error: no document was converted. Most likely the sources folder holds no policy texts.');
  process.exitCode = 1;
}
if (errors.length) process.exitCode = 1;
