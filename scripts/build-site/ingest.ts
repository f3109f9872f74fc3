// npm run ingest [-- --sources DIR --out DIR] [--verbose] [--no-cache] [--ocr]
// Converts the policy texts of a sources folder into content collections.
// Prints its stages and a summary; exits non-zero when any file or document
// could not be converted (the rest are still written).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { metricTaxonomySchema } from '../../src/schemas/analysis.ts';
import { themeTaxonomySchema } from '../../src/schemas/theme.ts';
import { bodyTaxonomySchema } from '../../src/schemas/body.ts';
import { analyze } from './analysis/analyze.ts';
import { parseArgs } from 'node:util';
import { countByRule, formatDiagnostic } from './converter/diagnostics.ts';
import { cacheKey, converterVersion, readCache, writeCache } from './converter/io/cache.ts';
import type { Conversion } from './converter/pipeline.ts';
import { Progress } from './progress.ts';
import { convertInParallel } from './converter/parallel.ts';
import { emit } from './converter/io/emit.ts';
import { readSources } from './converter/io/read.ts';
import { extractFormats } from './converter/io/formats/extract.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  allowNegative: true,
  options: {
    sources: { type: 'string', default: path.join(root, 'sources') },
    out: { type: 'string', default: path.join(root, 'content') },
    themes: { type: 'string', default: path.join(root, 'content', 'themes.json') },
    bodies: { type: 'string', default: path.join(root, 'content', 'bodies.json') },
    metrics: { type: 'string', default: path.join(root, 'content', 'metrics.json') },
    verbose: { type: 'boolean', short: 'v', default: false },
    quiet: { type: 'boolean', short: 'q', default: false },
    cache: { type: 'boolean', default: true },
    // Machine-readable figures for the benchmark (scripts/bench/run.ts).
    timings: { type: 'string' },
    // Worker threads for the converter (default: one per core, for large inputs).
    threads: { type: 'string' },
    // Read scanned PDF pages by OCR where tesseract-ocr and tesseract-ocr-chi-sim are installed.
    ocr: { type: 'boolean', default: false },
  },
});
const log = (line: string) => !values.quiet && console.log(line);
const pendingCache: Promise<void>[] = [];

const started = performance.now();
const sourcesDir = path.resolve(values.sources!);
const outDir = path.resolve(values.out!);
log(`[ingest] reading ${path.relative(process.cwd(), sourcesDir) || '.'}`);
const readStart = performance.now();
// Bytes only: PDF, Word, Excel and web page files are read by their format's
// reader below, and only those the cache does not already hold.
const read = await readSources(sourcesDir, root, { extract: false });
let readMs = performance.now() - readStart;
const bytes = read.sources.reduce((n, s) => n + s.bytes.length, 0);
log(`[ingest] ${read.sources.length} files, ${(bytes / 1e6).toFixed(2)} MB`);

const themesPath = path.resolve(values.themes!);
const themes = themeTaxonomySchema.parse(JSON.parse(await readFile(themesPath, 'utf8')));
const bodiesPath = path.resolve(values.bodies!);
const bodies = bodyTaxonomySchema.parse(JSON.parse(await readFile(bodiesPath, 'utf8')));

// Incremental path: files unchanged since the last run (same bytes, same
// converter, same taxonomy) reuse their converted documents.
const cacheDir = path.join(outDir, '.cache');
// Whether scans are read by OCR changes what a PDF converts to.
const version = `${await converterVersion(root, [themesPath, bodiesPath])}${values.ocr ? ':ocr' : ''}`;
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
const extractStart = performance.now();
// OCR takes seconds a page: a scanned file gets ten minutes instead of one.
const formatOptions = values.ocr ? { ocr: true, timeoutMs: 600_000 } : {};
let extracted = await extractFormats(misses, formatOptions);
readMs += performance.now() - extractStart;
const formatsRead = extracted.sources.flatMap((s) => (s.extraction ? [s.extraction] : []));
const reusedIds = cached.flatMap((entry) => entry?.documents.map((d) => d.document.id) ?? []);
// Counted in the bytes the converter is handed (a PDF's extracted text, not the PDF), as its workers report them.
const missBytes = extracted.sources.reduce((n, raw) => n + raw.bytes.length, 0);
const progress = new Progress({
  label: '[ingest] converting',
  total: missBytes,
  count: (done) => `${(done / 1e6).toFixed(1)} of ${(missBytes / 1e6).toFixed(1)} MB (${extracted.sources.length} files)`,
});
const threads = { ...(values.threads ? { threads: Number(values.threads) } : {}), onProgress: (done: number) => !values.quiet && progress.update(done) };
const convertStart = performance.now();
let fresh = await convertInParallel(extracted.sources, read.manifest, { themes, bodies, takenIds: reusedIds }, threads);
progress.finish();
const reused = new Set(reusedIds);
if (fresh.documents.some((d) => /-\d+$/.test(d.document.id) && reused.has(d.document.id.replace(/-\d+$/, '')))) {
  // A changed file now duplicates a reused document; which of the two gets
  // the plain id depends on file order, so convert everything afresh.
  cached.fill(null);
  extracted = await extractFormats(read.sources, formatOptions);
  fresh = await convertInParallel(extracted.sources, read.manifest, { themes, bodies }, threads);
}
const convertWallMs = performance.now() - convertStart;
const merged: Conversion = { documents: [], provinces: [], diagnostics: [], timings: fresh.timings };
read.sources.forEach((raw, i) => {
  const entry = cached[i] ?? {
    documents: fresh.documents.filter((d) => d.document.source.file === raw.file),
    // A format reader's findings belong to the file's entry, so a reused file repeats them.
    diagnostics: [...extracted.diagnostics, ...fresh.diagnostics].filter((d) => d.file === raw.file),
    provinces: fresh.provinces.filter((p) => p.file === raw.file),
  };
  merged.documents.push(...entry.documents);
  merged.diagnostics.push(...entry.diagnostics);
  merged.provinces.push(...entry.provinces);
  if (!cached[i] && values.cache) pendingCache.push(writeCache(cacheDir, keys[i], entry));
});
merged.diagnostics.push(...[...extracted.diagnostics, ...fresh.diagnostics].filter((d) => !read.sources.some((raw) => raw.file === d.file)));
await Promise.all(pendingCache);
log(
  `[ingest] incremental: ${read.sources.length - misses.length} of ${read.sources.length} files reused from ${path.relative(process.cwd(), cacheDir) || cacheDir}`,
);
if (formatsRead.length || extracted.diagnostics.some((d) => d.fatal)) {
  const byFormat = new Map<string, { files: number; lines: number; parts: number; omitted: number }>();
  for (const e of formatsRead) {
    const f = byFormat.get(e.format) ?? { files: 0, lines: 0, parts: 0, omitted: 0 };
    byFormat.set(e.format, { files: f.files + 1, lines: f.lines + e.lines.length, parts: f.parts + (e.parts ?? 0), omitted: f.omitted + e.omitted.length });
  }
  const unread = new Set(extracted.diagnostics.filter((d) => d.fatal).map((d) => d.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const part = (format: string, n: number) => (format === 'pdf' ? `${plural(n, 'page')}, ` : format === 'xlsx' ? `${plural(n, 'sheet')}, ` : '');
  const figures = [...byFormat].map(([format, f]) => `${format} ${f.files} (${part(format, f.parts)}${plural(f.lines, 'line')}, ${f.omitted} left out)`);
  log(`[ingest] formats: ${[...figures, ...(unread ? [`${unread} unreadable`] : [])].join(' · ')}`);
}
const converted = merged;
const metrics = metricTaxonomySchema.parse(JSON.parse(await readFile(path.resolve(values.metrics!), 'utf8')));
log(`[ingest] analysing ${converted.documents.length} documents (similar measures, reforms, transmissions, metrics)`);
const analysis = analyze(converted.documents, metrics, bodies);
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
  `[ingest] with lead body ${share(measures.filter((m) => m.bodies.some((b) => b.role === 'lead')).length)} · with any body ${share(measures.filter((m) => m.bodies.length).length)} · with deadline ${share(measures.filter((m) => m.deadline).length)} · with dated deadline ${share(measures.filter((m) => m.deadline?.date).length)} · with target ${share(measures.filter((m) => m.targets.length).length)}`,
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
