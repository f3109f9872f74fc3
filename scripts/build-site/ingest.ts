// npm run ingest [-- --sources DIR --out DIR] [--verbose] [--no-cache] [--ocr]
// Converts the policy texts of a sources folder into content collections.
// Prints its stages and a summary; exits non-zero when any file or document
// could not be converted (the rest are still written).
//
// Incremental: a run keeps its state in <out>/.cache — each file's conversion
// (converter/io/cache.ts) and the cross-document analysis (analysis/corpus.ts)
// — and the next run converts only the files whose bytes changed, updates the
// analysis with their documents, and writes only the documents whose content
// or analysed fields changed. What it writes is what a run from nothing
// writes (tests/analysis/incremental.test.ts).
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import { metricTaxonomySchema } from '../../src/schemas/analysis.ts';
import { bodyTaxonomySchema } from '../../src/schemas/body.ts';
import type { Measure } from '../../src/schemas/measure.ts';
import { themeModelSchema, themeTaxonomySchema } from '../../src/schemas/theme.ts';
import { type AnalysisDocument, CorpusAnalysis, type CorpusState } from './analysis/corpus.ts';
import { readPacked, writePacked } from './analysis/packed-file.ts';
import type { SimilarityState } from './analysis/similarity.ts';
import { countByRule, type Diagnostic, formatDiagnostic } from './converter/diagnostics.ts';
import {
  type CacheEntry,
  type CacheIndex,
  cacheKey,
  converterVersion,
  readCache,
  readCachedDocument,
  readCachedView,
  writeCache,
  writeCachedViews,
} from './converter/io/cache.ts';
import { type TransmissionView, transmissionView } from './analysis/transmission-view.ts';
import { emit, measuresJson, missingDocuments, missingSourceTexts, provinceRecords, writeDocuments, writeSourceTexts } from './converter/io/emit.ts';
import { decodeSource } from './converter/stages/decode.ts';
import { extractFormats } from './converter/io/formats/extract.ts';
import { readSources } from './converter/io/read.ts';
import { convertInParallel } from './converter/parallel.ts';
import { Progress } from './progress.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  allowNegative: true,
  options: {
    sources: { type: 'string', default: path.join(root, 'sources') },
    out: { type: 'string', default: path.join(root, 'content') },
    themes: { type: 'string', default: path.join(root, 'content', 'themes.json') },
    'theme-model': { type: 'string', default: path.join(root, 'content', 'theme-model.json') },
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

/** What the previous run left for the next: per file, its cache key and what it yielded; the analysis; per document, its figures. */
interface IngestState {
  version: string;
  /** Name the analysis files written with this state (similarity.v8 is rewritten only when it changes). */
  tokens: AnalysisTokens;
  files: [string, FileState][];
  figures: [string, DocumentFigures][];
}

interface AnalysisTokens {
  similarity: string;
  analysis: string;
}

interface FileState extends CacheIndex {
  key: string;
}

/** What the summary line counts of one document's measures. */
interface DocumentFigures {
  measures: number;
  lead: number;
  body: number;
  deadline: number;
  dated: number;
  target: number;
  themed: number;
  metrics: string[];
}

const started = performance.now();
const sourcesDir = path.resolve(values.sources!);
const outDir = path.resolve(values.out!);
const cacheDir = path.join(outDir, '.cache');
const stateFile = path.join(cacheDir, 'state.v8');
const similarityFile = path.join(cacheDir, 'similarity.v8');
const analysisFile = path.join(cacheDir, 'analysis.v8');
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
const themeModelPath = path.resolve(values['theme-model']!);
const themeModel = themeModelSchema.parse(JSON.parse(await readFile(themeModelPath, 'utf8')));
const bodiesPath = path.resolve(values.bodies!);
const bodies = bodyTaxonomySchema.parse(JSON.parse(await readFile(bodiesPath, 'utf8')));
const metricsPath = path.resolve(values.metrics!);
const metrics = metricTaxonomySchema.parse(JSON.parse(await readFile(metricsPath, 'utf8')));

// Files unchanged since the last run (same bytes, same converter, same
// taxonomy) reuse their converted documents; whether scans are read by OCR
// changes what a PDF converts to.
const ocr = values.ocr ? ':ocr' : '';
const version = `${await converterVersion(root, [themesPath, themeModelPath, bodiesPath])}${ocr}`;
// The analysis state depends on the converter's output and on its own code and taxonomies.
const analysisVersion = `${await converterVersion(root, [themesPath, themeModelPath, bodiesPath, metricsPath], ['scripts/build-site/converter', 'scripts/build-site/analysis', 'src/schemas', 'src/domain'])}${ocr}`;
const keys = read.sources.map((raw) =>
  cacheKey(
    raw.bytes,
    raw.file,
    read.manifest?.files.find((f) => f.file === raw.name),
    version,
  ),
);

const stateStart = performance.now();
let state = values.cache ? await loadState() : null;
let stateMs = performance.now() - stateStart;
let previous = new Map(state?.files ?? []);
const unchanged = (i: number) => previous.get(read.sources[i].file)?.key === keys[i];
let cached = await Promise.all(read.sources.map((_, i) => (values.cache && !unchanged(i) ? readCache(cacheDir, keys[i]) : null)));
let misses = read.sources.filter((_, i) => !unchanged(i) && !cached[i]);
const extractStart = performance.now();
// OCR takes seconds a page: a scanned file gets ten minutes instead of one.
const formatOptions = values.ocr ? { ocr: true, timeoutMs: 600_000 } : {};
let extracted = await extractFormats(misses, formatOptions);
readMs += performance.now() - extractStart;
const formatsRead = extracted.sources.flatMap((s) => (s.extraction ? [s.extraction] : []));
const reusedIds = [
  ...read.sources.flatMap((raw, i) => (unchanged(i) ? previous.get(raw.file)!.ids : [])),
  ...cached.flatMap((entry) => entry?.documents.map((d) => d.document.id) ?? []),
];
// Counted in the bytes the converter is handed (a PDF's extracted text, not the PDF), as its workers report them.
const missBytes = extracted.sources.reduce((n, raw) => n + raw.bytes.length, 0);
const progress = new Progress({
  label: '[ingest] converting',
  total: missBytes,
  count: (done) => `${(done / 1e6).toFixed(1)} of ${(missBytes / 1e6).toFixed(1)} MB (${extracted.sources.length} files)`,
});
const threads = { ...(values.threads ? { threads: Number(values.threads) } : {}), onProgress: (done: number) => !values.quiet && progress.update(done) };
const convertStart = performance.now();
let fresh = await convertInParallel(extracted.sources, read.manifest, { themes, themeModel, bodies, takenIds: reusedIds }, threads);
progress.finish();
if (!numberedAsInOneRun()) {
  // Equal documents are numbered in file order (…, …-2, …-3); a changed,
  // added or removed file can shift that numbering in files reused as they
  // were, so convert everything afresh.
  state = null;
  previous = new Map();
  cached = read.sources.map(() => null);
  misses = read.sources;
  extracted = await extractFormats(read.sources, formatOptions);
  fresh = await convertInParallel(extracted.sources, read.manifest, { themes, themeModel, bodies }, threads);
}
const convertWallMs = performance.now() - convertStart;

// Every file's entry: unchanged ones from the state (documents not loaded), the others from the cache or just converted.
const entries = new Map<string, FileState>();
const changed = new Map<string, AnalysisDocument[]>();
const incoming = new Map<string, CacheEntry['documents'][number]>();
const pendingCache: Promise<void>[] = [];
read.sources.forEach((raw, i) => {
  if (unchanged(i)) {
    entries.set(raw.file, previous.get(raw.file)!);
    return;
  }
  const entry = cached[i] ?? {
    documents: fresh.documents.filter((d) => d.document.source.file === raw.file),
    // A format reader's findings belong to the file's entry, so a reused file repeats them.
    diagnostics: [...extracted.diagnostics, ...fresh.diagnostics].filter((d) => d.file === raw.file),
    provinces: fresh.provinces.filter((p) => p.file === raw.file),
  };
  entries.set(raw.file, { key: keys[i], ids: entry.documents.map((d) => d.document.id), diagnostics: entry.diagnostics, provinces: entry.provinces });
  changed.set(raw.file, entry.documents);
  for (const d of entry.documents) incoming.set(d.document.id, d);
  if (!cached[i] && values.cache) pendingCache.push(writeCache(cacheDir, keys[i], entry));
});
for (const file of previous.keys()) if (!entries.has(file)) changed.set(file, []);
await Promise.all(pendingCache);
const globalDiagnostics = [...extracted.diagnostics, ...fresh.diagnostics].filter((d) => !read.sources.some((raw) => raw.file === d.file));
log(
  `[ingest] incremental: ${read.sources.length - misses.length} of ${read.sources.length} files reused (${read.sources.filter((_, i) => unchanged(i)).length} unchanged since the last run) from ${path.relative(process.cwd(), cacheDir) || cacheDir}`,
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

// Documents of unchanged files, read from the cache only when the analysis or the writing needs them.
const location = new Map<string, { key: string; index: number }>();
for (const entry of entries.values()) {
  entry.ids.forEach((id, index) => {
    location.set(id, { key: entry.key, index });
  });
}
const load = async (ids: string[]): Promise<Map<string, AnalysisDocument>> => {
  const found = await Promise.all(
    ids.map(async (id) => {
      const at = location.get(id);
      const doc = incoming.get(id) ?? (at ? await readCachedDocument(cacheDir, at.key, at.index) : null);
      if (!doc) throw new Error(`[ingest] the cache lost document ${id}: run again with --no-cache`);
      return [id, doc] as const;
    }),
  );
  return new Map(found);
};

/** What aligning plans reads of documents: their views, or (a cache written before views were) views of the documents. */
const loadViews = async (ids: string[]): Promise<Map<string, TransmissionView>> => {
  const found = await Promise.all(
    ids.map(async (id) => {
      const at = location.get(id);
      const view = at ? await readCachedView<TransmissionView>(cacheDir, at.key, at.index) : null;
      return [id, view ?? transmissionView((await load([id])).get(id)!)] as const;
    }),
  );
  return new Map(found);
};

const analysis = state ? CorpusAnalysis.fromState({ ...state.analysis, similarity: state.similarity }, metrics, bodies) : new CorpusAnalysis(metrics, bodies);
log(`[ingest] analysing the documents of ${changed.size} changed files (similar measures, reforms, transmissions, bodies)`);
const update = await analysis.update(changed, load, loadViews);
const ids = analysis.documentIds();
// The analysis is final here: its files are written while the documents are.
const saveStart = performance.now();
const analysisSaved = values.cache ? saveAnalysis() : null;
const viewsSaved = values.cache
  ? writeCachedViews(
      cacheDir,
      [...changed.values()].flat().map((d) => ({ ...location.get(d.document.id)!, view: transmissionView(d) })),
    )
  : null;
stateMs += performance.now() - saveStart;

log(`[ingest] writing ${path.relative(process.cwd(), outDir) || outDir}`);
const emitStart = performance.now();
const figures = new Map(state?.figures ?? []);
for (const id of figures.keys()) if (!location.has(id)) figures.delete(id);
const toWrite = new Set([...update.touched, ...(await missingDocuments(outDir, ids)), ...ids.filter((id) => !figures.has(id))]);
// In corpus order, a batch at a time.
for (const batch of chunks(
  ids.filter((id) => toWrite.has(id)),
  64,
)) {
  const docs = await load(batch);
  await writeDocuments(
    outDir,
    batch.map((id) => {
      const doc = docs.get(id) as CacheEntry['documents'][number];
      const measures = analysis.analysed(doc);
      figures.set(id, figuresOf(measures));
      return { id, mdx: doc.mdx, measures: measuresJson(measures) };
    }),
  );
}
// The text each source's line numbers count, for readers to check a measure against (/sources/<name>): the files
// read this run, and any reused one whose text is missing (read again; a format's reader runs for it).
const files = read.sources.map((raw) => raw.file);
const owed = await missingSourceTexts(outDir, files);
const readThisRun = new Set(extracted.sources.map((s) => s.file));
const unread = read.sources.filter((raw) => owed.has(raw.file) && !readThisRun.has(raw.file));
const readNow = [...extracted.sources, ...(unread.length ? (await extractFormats(unread, formatOptions)).sources : [])];
await writeSourceTexts(
  outDir,
  readNow.flatMap((raw) => {
    const decoded = decodeSource(raw, read.manifest).value;
    return decoded ? [{ file: raw.file, text: decoded.text }] : [];
  }),
  files,
);
const fileEntries = [...entries.values()];
const diagnostics: Diagnostic[] = [...read.diagnostics, ...fileEntries.flatMap((e) => e.diagnostics), ...globalDiagnostics];
await emit(
  {
    ids: new Set(ids),
    derived: update,
    provinces: provinceRecords(
      fileEntries.flatMap((e) => e.provinces),
      ids.map((id) => analysis.record(id)!.document),
    ),
    diagnostics,
  },
  outDir,
);
const emitMs = performance.now() - emitStart;
const stateStart2 = performance.now();
if (analysisSaved) {
  const [tokens] = await Promise.all([analysisSaved, viewsSaved]);
  await saveState(tokens);
}
stateMs += performance.now() - stateStart2;

const totals = ids.map((id) => figures.get(id)!);
const count = (pick: (f: DocumentFigures) => number) => totals.reduce((n, f) => n + pick(f), 0);
const measureCount = count((f) => f.measures);
const errors = diagnostics.filter((d) => d.fatal);
const warnings = diagnostics.filter((d) => !d.fatal);
for (const d of errors) console.error(formatDiagnostic(d));
if (values.verbose) for (const d of warnings) console.log(formatDiagnostic(d));

const share = (n: number) => `${((100 * n) / Math.max(1, measureCount)).toFixed(1)}%`;
const stageCpuMs = Object.values(fresh.timings).reduce((a, b) => a + b, 0);
const analysisMs = Object.entries(update.timings)
  .filter(([k]) => k !== 'similarityGroups')
  .reduce((a, [, b]) => a + b, 0);
const stageTimes = Object.entries(fresh.timings).map(([k, v]) => `${k} ${v.toFixed(1)}`);
log(
  `[ingest] stages (ms): ${[`read ${readMs.toFixed(0)}`, ...(misses.length ? stageTimes : ['convert 0 (every file reused)']), `emit ${emitMs.toFixed(0)}`, `state load and save ${stateMs.toFixed(0)}`].join(', ')}`,
);
log(
  `[ingest] analysis (ms): ${Object.entries(update.timings)
    .filter(([k]) => k !== 'similarityGroups')
    .map(([k, v]) => `${k} ${v.toFixed(0)}`)
    .join(
      ', ',
    )} · ${update.work.full ? 'from scratch' : 'incremental'}: ${update.work.groupsRescored} similarity groups scored, ${update.work.pairsAligned} plan pairs aligned, mentions read in ${update.work.mentionsReread} documents · ${toWrite.size} documents written`,
);
log(`[ingest] documents ${ids.length} · measures ${measureCount}`);
log(
  `[ingest] with lead body ${share(count((f) => f.lead))} · with any body ${share(count((f) => f.body))} · with deadline ${share(count((f) => f.deadline))} · with dated deadline ${share(count((f) => f.dated))} · with target ${share(count((f) => f.target))}`,
);
const metricTargets = totals.flatMap((f) => f.metrics);
log(
  `[ingest] themes: ${share(count((f) => f.themed))} of measures themed (${measureCount - count((f) => f.themed)} unthemed) · reforms in 2+ documents ${update.reforms.length} · transmissions ${update.transmissions.length} · targets on a comparable metric ${metricTargets.length} across ${new Set(metricTargets).size} metrics`,
);
log(`[ingest] warnings ${warnings.length} (${[...countByRule(warnings)].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}) · errors ${errors.length}`);
const convertedBytes = misses.reduce((n, s) => n + s.bytes.length, 0);
log(
  `[ingest] converter ${convertWallMs.toFixed(0)} ms on ${fresh.threads} thread${fresh.threads > 1 ? 's' : ''} (stages ${stageCpuMs.toFixed(0)} ms CPU) for ${(convertedBytes / 1e6).toFixed(2)} MB (${convertedBytes ? (convertedBytes / 1e6 / (convertWallMs / 1000)).toFixed(1) : '—'} MB/s) · total ${(performance.now() - started).toFixed(0)} ms · report ${path.relative(process.cwd(), path.join(outDir, 'ingest-report.json'))}`,
);
if (values.timings) {
  const timings = {
    files: read.sources.length,
    bytes,
    convertedFiles: misses.length,
    convertedBytes,
    readMs,
    stages: fresh.timings,
    convertMs: convertWallMs,
    threads: fresh.threads,
    stageCpuMs,
    analysis: update.timings,
    analysisMs,
    analysisWork: update.work,
    documentsWritten: toWrite.size,
    emitMs,
    stateMs,
    totalMs: performance.now() - started,
    documents: ids.length,
    measures: measureCount,
  };
  await writeFile(path.resolve(values.timings), `${JSON.stringify(timings, null, 2)}\n`);
}
if (ids.length === 0) {
  console.error('[ingest] error: no document was converted. Most likely the sources folder holds no policy texts.');
  process.exitCode = 1;
}
if (errors.length) process.exitCode = 1;

function figuresOf(measures: Measure[]): DocumentFigures {
  const n = (has: (m: Measure) => boolean) => measures.filter(has).length;
  return {
    measures: measures.length,
    lead: n((m) => m.bodies.some((b) => b.role === 'lead')),
    body: n((m) => m.bodies.length > 0),
    deadline: n((m) => Boolean(m.deadline)),
    dated: n((m) => Boolean(m.deadline?.date)),
    target: n((m) => m.targets.length > 0),
    themed: n((m) => m.themes.length > 0),
    metrics: measures.flatMap((m) => m.targets.flatMap((t) => (t.metric ? [t.metric] : []))),
  };
}

/**
 * Whether the ids, reused and fresh together, are those one run over every
 * file would give: for each document id, its copies in file order are
 * plain, -2, -3 ….
 */
function numberedAsInOneRun(): boolean {
  const freshIds = new Map<string, string[]>();
  for (const d of fresh.documents) freshIds.set(d.document.source.file, [...(freshIds.get(d.document.source.file) ?? []), d.document.id]);
  const inOrder = read.sources.flatMap((raw, i) =>
    unchanged(i) ? previous.get(raw.file)!.ids : (cached[i]?.documents.map((d) => d.document.id) ?? freshIds.get(raw.file) ?? []),
  );
  const copies = new Map<string, number>();
  for (const id of inOrder) {
    // A document's own id ends in its 6-digit hash; a copy's adds -n.
    const base = id.replace(/(-[0-9a-f]{6})-\d+$/, '$1');
    const n = (copies.get(base) ?? 0) + 1;
    copies.set(base, n);
    if (id !== (n === 1 ? base : `${base}-${n}`)) return false;
  }
  return true;
}

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** The previous run's state, if it was made by this converter and analysis; else null (everything is analysed afresh). */
async function loadState(): Promise<(IngestState & { analysis: CorpusState; similarity: SimilarityState }) | null> {
  try {
    const [stateBytes, analysisBytes, packed] = await Promise.all([
      readFile(stateFile),
      readFile(analysisFile),
      readPacked<{ token: string } & SimilarityState>(similarityFile),
    ]);
    const loaded = deserialize(stateBytes) as IngestState;
    if (loaded.version !== analysisVersion) return null;
    const saved = deserialize(analysisBytes) as { token: string; state: CorpusState };
    const { token, ...similarity } = packed;
    if (saved.token !== loaded.tokens.analysis || token !== loaded.tokens.similarity) return null;
    return { ...loaded, analysis: saved.state, similarity };
  } catch {
    return null;
  }
}

/** Written aside and renamed, so a run stopped halfway leaves whole files; the state that names them is written last (saveState). */
async function replace(file: string, bytes: Buffer): Promise<void> {
  await writeFile(`${file}.tmp`, bytes);
  await rename(`${file}.tmp`, file);
}

/** The similarity engine's state, nearly all typed arrays: written as they are (packed-file.ts), not through v8.serialize. */
async function replacePacked(file: string, record: object): Promise<void> {
  await writePacked(`${file}.tmp`, record);
  await rename(`${file}.tmp`, file);
}

/**
 * The analysis files, started as soon as the analysis is done so the
 * writing overlaps the documents' (at 100× they are 220 MB, a second or more
 * of an incremental run). Serialized at once: what is written is the
 * analysis as it stands now.
 */
async function saveAnalysis(): Promise<AnalysisTokens> {
  const whole = analysis.toState(!state || analysis.similarityChanged);
  const tokens = { similarity: whole.similarity ? randomUUID() : state!.tokens.similarity, analysis: randomUUID() };
  await Promise.all([
    whole.similarity ? replacePacked(similarityFile, { token: tokens.similarity, ...whole.similarity }) : null,
    replace(analysisFile, serialize({ token: tokens.analysis, state: { ...whole, similarity: null } })),
  ]);
  return tokens;
}

/** The state that names the analysis files: written last, so it never names files that are not whole. */
async function saveState(tokens: AnalysisTokens): Promise<void> {
  const next: IngestState = { version: analysisVersion, tokens, files: [...entries], figures: [...figures] };
  await replace(stateFile, serialize(next));
}
