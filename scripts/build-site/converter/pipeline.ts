// The converter, in order. PIPELINE below is the only place that knows the
// order of the stages; scripts/build-site/ingest.ts reads the sources folder
// (io/read.ts), runs the pipeline and emits what it returns (io/emit.ts).
// Every stage is a pure function in stages/ (data in, data out); an entry of
// the list says which stage runs at that point and where its result goes.
// Problems are collected, never thrown: one unreadable document never stops
// the others, and a file that cannot be read stops only itself.
import { documentSchema, type PolicyDocument } from '../../../src/schemas/document.ts';
import { measureSchema, type Deadline, type Measure, type Target } from '../../../src/schemas/measure.ts';
import type { ThemeModel, ThemeTaxonomy } from '../../../src/schemas/theme.ts';
import type { BodyTaxonomy, MeasureBody } from '../../../src/schemas/body.ts';
import { bodyResolver, type BodyResolver } from '../../../src/domain/bodies.ts';
import { fatal, warning, type Diagnostic } from './diagnostics.ts';
import type { Manifest } from './manifest.ts';
import { serializeMdx } from './mdx/serialize.ts';
import { blankPagesAtEnd } from './text/span.ts';
import { omittedAnnexes } from './text/notice.ts';
import type {
  DocumentDraft,
  DocumentSlice,
  Line,
  MeasureDraft,
  NormalizedSource,
  ParagraphNode,
  RawSource,
  SectionNode,
  SourceText,
  TableRowNode,
} from './model.ts';
import { documentId, measureIds } from './stages/assign-ids.ts';
import { themeMatcher, type ThemeAssignment, type ThemeMatcher } from './stages/assign-themes.ts';
import { learntThemeMatcher } from './stages/theme-model.ts';
import { withCompanions } from './stages/theme-companions.ts';
import { withTitleRulings } from './stages/theme-title-rulings.ts';
import { buildMdx } from './stages/build-mdx.ts';
import { collectMeasures } from './stages/collect-measures.ts';
import { markCopiedPractices } from './stages/copied-practices.ts';
import { decodeSource } from './stages/decode.ts';
import { detectLayout } from './stages/detect-layout.ts';
import { extractDeadline } from './stages/extract-deadlines.ts';
import { extractMetadata, type DocumentMeta } from './stages/extract-metadata.ts';
import { extractStatedLevels } from './stages/extract-stated-levels.ts';
import { extractTargets } from './stages/extract-targets.ts';
import { themeTargets } from './stages/theme-targets.ts';
import { extractUnits, itemsNumberOn } from './stages/extract-units.ts';
import { readBodies, type MeasureBodies, type UnitClaim } from './stages/read-bodies.ts';
import { resolveBodies } from './stages/resolve-bodies.ts';
import { normalizeLines } from './stages/normalize.ts';
import { parseStructure } from './stages/parse-structure.ts';
import { splitDocuments } from './stages/split-documents.ts';

export interface ConvertedDocument {
  document: PolicyDocument;
  measures: Measure[];
  mdx: string;
  /** The document's source lines joined: what cross-document analysis reads for citations. */
  text: string;
  /** The parsed document, for tests (with `keepDrafts`); the CLI lets it go, as at 100× the drafts alone outgrow memory. */
  draft?: DocumentDraft;
}

export interface Conversion {
  documents: ConvertedDocument[];
  /** Provinces the sources list, empty ones included. */
  provinces: { name: string; empty: boolean; file: string }[];
  diagnostics: Diagnostic[];
  /** Milliseconds per stage, in pipeline order. */
  timings: Record<string, number>;
}

export interface ConvertOptions {
  /** Path prefix of the site (for measure and document URLs). */
  siteBase?: string;
  /** Theme taxonomy (content/themes.json); without it measures get no themes. */
  themes?: ThemeTaxonomy;
  /** The learnt half of theme assignment (content/theme-model.json); without it the cue rules decide alone. */
  themeModel?: ThemeModel;
  /** Body taxonomy (content/bodies.json); without it every name is its own canonical name. */
  bodies?: BodyTaxonomy;
  /** Document ids already taken (by documents reused from the incremental cache). */
  takenIds?: Iterable<string>;
  /** Keep each document's parsed draft on the result (tests of text conservation read it). */
  keepDrafts?: boolean;
  /** Told after each file, for a progress line; changes nothing converted. */
  onFile?: (raw: RawSource) => void;
}

/** What the stages have learnt about one source file so far. */
interface FileWork {
  raw: RawSource;
  text?: SourceText;
  lines?: Line[];
  source?: NormalizedSource;
  documents: DocumentWork[];
  provinces: Conversion['provinces'];
  diagnostics: Diagnostic[];
}

/** …and about one document of it. */
interface DocumentWork {
  slice: DocumentSlice;
  draft?: DocumentDraft;
  meta?: DocumentMeta;
  id?: string;
  measures: MeasureWork[];
  records: Measure[];
  converted?: ConvertedDocument;
  /** A stage failed on this document: the later ones skip it. */
  failed?: boolean;
}

/** …and about one measure of a document. */
interface MeasureWork {
  draft: MeasureDraft;
  id: string;
  claims?: UnitClaim[];
  names?: MeasureBodies;
  bodies?: MeasureBody[];
  deadline?: Deadline | null;
  targets?: Target[];
  statedLevels?: Target[];
  themes?: ThemeAssignment;
}

/** What every stage may read besides its input. */
interface Context {
  manifest: Manifest | null;
  base: string;
  matcher: ThemeMatcher | null;
  /** The cue rules alone, for the clause of a target (stages/theme-targets.ts). */
  clauseRules: ThemeMatcher | null;
  /** The themes' names as the taxonomy writes them (政府采购, 招标投标): a clause listing two is no one theme's. */
  themeNames: string[];
  resolveBody: BodyResolver;
  taken: Set<string>;
  keepDrafts: boolean;
}

type Stage =
  /** Runs once per file; returning false stops the file (it is unusable). */
  | { name: string; file: (work: FileWork, context: Context) => boolean | undefined }
  | { name: string; document: (doc: DocumentWork, work: FileWork, context: Context) => void }
  | { name: string; measure: (measure: MeasureWork, doc: DocumentWork, work: FileWork, context: Context) => void };

/** The converter, stage by stage, in the order the stages run. */
export const PIPELINE: readonly Stage[] = [
  {
    name: 'decode',
    file: (work, { manifest }) => {
      const decoded = decodeSource(work.raw, manifest);
      work.diagnostics.push(...decoded.diagnostics);
      work.text = decoded.value ?? undefined;
      return decoded.value !== null;
    },
  },
  {
    name: 'normalize',
    file: (work) => {
      work.lines = normalizeLines(work.text!);
    },
  },
  {
    name: 'detect-layout',
    file: (work) => {
      const layout = detectLayout(work.text!, work.lines!);
      work.diagnostics.push(...layout.diagnostics);
      if (!layout.value) return false;
      work.source = { ...work.text!, lines: work.lines!, layout: layout.value };
    },
  },
  {
    name: 'split-documents',
    file: (work, { manifest }) => {
      const split = splitDocuments(work.source!, manifest?.compilation ?? null);
      work.diagnostics.push(...split.diagnostics);
      work.provinces.push(...split.provinces);
      work.documents = split.documents.map((slice) => ({ slice, measures: [], records: [] }));
    },
  },
  {
    name: 'parse-structure',
    document: (doc, work) => {
      const parsed = parseStructure(doc.slice);
      work.diagnostics.push(...parsed.diagnostics);
      if (parsed.value) doc.draft = parsed.value;
      else doc.failed = true;
    },
  },
  {
    name: 'extract-metadata',
    document: (doc, work) => {
      const meta = extractMetadata(doc.draft!);
      work.diagnostics.push(...meta.diagnostics);
      doc.meta = meta.value;
    },
  },
  {
    name: 'collect-measures',
    document: (doc, work) => {
      const drafts = markCopiedPractices(collectMeasures(doc.draft!.body), doc.draft!.body, doc.meta!.title);
      if (drafts.length === 0) {
        work.diagnostics.push(
          warning(
            work.raw.file,
            doc.draft!.span.line,
            'measures/none',
            'document has no recognisable items (一、（一）1. or table rows); its text is kept',
            doc.meta!.title,
          ),
        );
      }
      doc.measures = drafts.map((draft) => ({ draft, id: '' }));
      if (itemsNumberOn(drafts)) doc.draft!.rules = { ...doc.draft!.rules, itemsNumberOn: true };
    },
  },
  {
    name: 'assign-ids',
    document: (doc, work, { taken }) => {
      const ids = documentId(doc.meta!, taken, work.raw.file, doc.draft!.span.line);
      work.diagnostics.push(...ids.diagnostics);
      doc.id = ids.id;
      measureIds(
        ids.id,
        doc.measures.map((m) => m.draft),
      ).forEach((id, i) => {
        doc.measures[i].id = id;
      });
    },
  },
  { name: 'extract-units', measure: (m, doc) => void (m.claims = extractUnits(m.draft, doc.draft!.rules)) },
  {
    name: 'read-bodies',
    measure: (m, _doc, work) => {
      m.names = readBodies(m.claims!);
      for (const text of m.names.unreadable) {
        work.diagnostics.push(
          warning(
            work.raw.file,
            m.draft.span.line,
            'bodies/unreadable',
            'a unit list holds a piece that reads as no body’s name; kept as written beside the bodies',
            text,
          ),
        );
      }
    },
  },
  { name: 'resolve-bodies', measure: (m, doc, _work, { resolveBody }) => void (m.bodies = resolveBodies(m.names!.bodies, doc.meta!, resolveBody)) },
  { name: 'extract-deadlines', measure: (m, doc) => void (m.deadline = extractDeadline(m.draft, doc.meta!.year, doc.meta!.date)) },
  { name: 'extract-targets', measure: (m, doc) => void (m.targets = extractTargets(m.draft.text, doc.meta!.title)) },
  { name: 'extract-stated-levels', measure: (m) => void (m.statedLevels = extractStatedLevels(m.draft.text)) },
  { name: 'assign-themes', measure: (m, doc, _work, { matcher }) => void (m.themes = matcher?.assign(m.draft, doc.meta!.title) ?? { themes: [], basis: [] }) },
  {
    name: 'theme-targets',
    measure: (m, _doc, _work, { clauseRules, themeNames }) =>
      void (clauseRules && (m.targets = themeTargets(m.targets!, m.draft.text, clauseRules, themeNames))),
  },
  { name: 'validate-measures', document: (doc, work, context) => validateMeasures(doc, work, context) },
  { name: 'build-mdx', document: (doc, work, context) => buildDocument(doc, work, context) },
];

export function convert(raws: RawSource[], manifest: Manifest | null, options: ConvertOptions = {}): Conversion {
  const context: Context = {
    manifest,
    base: options.siteBase ?? '',
    matcher: options.themes
      ? withCompanions(withTitleRulings(withModel(themeMatcher(options.themes), options.themeModel), options.themes), options.themes)
      : null,
    clauseRules: options.themes ? themeMatcher(options.themes) : null,
    themeNames: options.themes?.themes.map((t) => t.name) ?? [],
    resolveBody: bodyResolver(options.bodies ?? { description: '', functions: [] }),
    taken: new Set<string>(options.takenIds ?? []),
    keepDrafts: options.keepDrafts ?? false,
  };
  const timings: Record<string, number> = Object.fromEntries(PIPELINE.map((s) => [s.name, 0]));
  const conversion: Conversion = { documents: [], provinces: [], diagnostics: [], timings };
  for (const raw of raws) {
    const work: FileWork = { raw, documents: [], provinces: [], diagnostics: [] };
    for (const stage of PIPELINE) {
      const start = performance.now();
      const go = runStage(stage, work, context);
      timings[stage.name] += performance.now() - start;
      if (!go) break;
    }
    conversion.documents.push(...work.documents.flatMap((d) => (d.converted ? [d.converted] : [])));
    conversion.provinces.push(...work.provinces);
    // In source order, as a compiler lists them (stages run across the whole file, one after another).
    conversion.diagnostics.push(
      ...work.diagnostics
        .map((d, i) => [d, i] as const)
        .sort(([a, i], [b, j]) => (a.line ?? 0) - (b.line ?? 0) || i - j)
        .map(([d]) => d),
    );
    options.onFile?.(raw);
  }
  return conversion;
}

/** Runs one stage over a file; false when the file cannot go on. */
function runStage(stage: Stage, work: FileWork, context: Context): boolean {
  if ('file' in stage) return stage.file(work, context) !== false;
  for (const doc of work.documents) {
    if (doc.failed) continue;
    try {
      if ('document' in stage) stage.document(doc, work, context);
      else for (const m of doc.measures) stage.measure(m, doc, work, context);
    } catch (error) {
      doc.failed = true;
      work.diagnostics.push(
        fatal(
          work.raw.file,
          doc.slice.span.line,
          'convert/failed',
          `document could not be converted (${(error as Error).message} in ${stage.name}); the others were`,
          doc.slice.title,
        ),
      );
    }
  }
  return true;
}

/** Each measure's record, checked against the schema; what it lacks is said once per measure. */
function validateMeasures(doc: DocumentWork, work: FileWork, { base, matcher }: Context): void {
  const file = work.raw.file;
  const url = `${base}/documents/${doc.id}/`;
  const idOfDraft = new Map(doc.measures.map((m) => [m.draft, m.id]));
  doc.measures.forEach((m, i) => {
    const deadline = m.deadline ?? null;
    const measure: Measure = {
      id: m.id,
      documentId: doc.id!,
      ordinal: i + 1,
      label: m.draft.label,
      title: m.draft.title,
      path: m.draft.path,
      text: m.draft.text,
      bodies: m.bodies!,
      openLists: m.names!.open,
      unreadableBodies: m.names!.unreadable,
      deadline,
      ...(m.draft.fields.practiceFrom ? { practiceFrom: m.draft.fields.practiceFrom } : {}),
      ...(m.draft.fields.carried?.length ? { carriedCells: m.draft.fields.carried } : {}),
      ...(m.draft.detailedBy?.length ? { detailedBy: m.draft.detailedBy.flatMap((d) => idOfDraft.get(d) ?? []) } : {}),
      targets: m.targets!,
      statedLevels: m.statedLevels!,
      themes: m.themes!.themes,
      themeBasis: m.themes!.basis,
      reforms: [],
      similar: [],
      url: `${url}#${m.id}`,
      source: {
        file,
        line: m.draft.span.line,
        endLine: m.draft.span.endLine,
        page: m.draft.span.page,
        ...(m.draft.span.lastPage !== null && m.draft.span.page !== null && m.draft.span.lastPage > m.draft.span.page
          ? { endPage: m.draft.span.lastPage }
          : {}),
        ...(m.draft.span.cell ? { cell: m.draft.span.cell } : {}),
      },
    };
    const line = m.draft.span.line;
    if (matcher && measure.themes.length === 0)
      work.diagnostics.push(warning(file, line, 'themes/none', 'measure matches no theme of content/themes.json', m.draft.text));
    if (!measure.bodies.length) work.diagnostics.push(warning(file, line, 'units/missing', 'measure names no lead or responsible unit', m.draft.text));
    if (deadline?.kind === 'unreadable') {
      work.diagnostics.push(warning(file, line, 'deadline/unreadable', 'deadline could not be read as a date', deadline.raw));
    } else if (deadline && deadline.date === null && !['ongoing', 'discretionary', 'period', 'recurring'].includes(deadline.kind)) {
      work.diagnostics.push(warning(file, line, 'deadline/no-year', 'deadline has no year and the document states none', deadline.raw));
    }
    const parsed = measureSchema.safeParse(measure);
    if (parsed.success) doc.records.push(parsed.data);
    else
      work.diagnostics.push(fatal(file, line, 'schema/measure', parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; '), m.draft.text));
  });
}

/** The document's record, checked against the schema, and its MDX page. */
function buildDocument(doc: DocumentWork, work: FileWork, { base, keepDrafts }: Context): void {
  const draft = doc.draft!;
  const textless = isTextless(draft, doc.meta!.docNumber);
  const blankPages = blankPagesAtEnd(draft.lines, draft.span);
  const omitted = omittedAnnexes(draft.lines);
  const { sourceTitle: _sourceTitle, ...meta } = doc.meta!;
  const document: PolicyDocument = {
    id: doc.id!,
    ...meta,
    url: `${base}/documents/${doc.id}/`,
    sourceLayout: draft.source.layout,
    measureCount: doc.records.length,
    ...(textless ? { textless: true as const } : {}),
    ...(draft.source.manifest?.lostCharacters ? { lostCharacters: true as const } : {}),
    ...(omitted.length ? { omittedAnnexes: omitted } : {}),
    compilation: draft.head.compilation,
    source: {
      file: work.raw.file,
      originalName: draft.source.manifest?.originalName ?? draft.source.name,
      startLine: draft.span.line,
      endLine: draft.span.endLine,
      firstPage: draft.span.page,
      lastPage: draft.span.lastPage,
      ...(blankPages ? { blankPages } : {}),
      ...(draft.source.format !== 'text' ? { format: draft.source.format } : {}),
    },
  };

  const checked = documentSchema.safeParse(document);
  if (!checked.success) throw new Error(checked.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; '));
  // Measures that failed their schema keep their text in the page, without an anchor.
  const valid = new Set(doc.records.map((r) => r.id));
  const measureIdOf = new Map<SectionNode | TableRowNode | ParagraphNode, string>();
  const unitLines = new Map<string, string>();
  for (const m of doc.measures) {
    if (!valid.has(m.id)) continue;
    measureIdOf.set(m.draft.node, m.id);
    if (m.draft.fields.responsible && !('cells' in m.draft.node)) unitLines.set(m.id, `责任部门：${m.draft.fields.responsible}`);
  }
  const mdx = serializeMdx(buildMdx(checked.data, draft.body, measureIdOf, unitLines));
  const text = draft.lines.map((l) => l.text).join('\n');
  doc.converted = { document: checked.data, measures: doc.records, mdx, text, ...(keepDrafts ? { draft } : {}) };
}

/** Whether the document's lines, those left out on purpose aside, hold nothing but its 文号. */
function isTextless(draft: DocumentDraft, docNumber: string | null): boolean {
  const omitted = new Set(draft.omitted.map((o) => o.line));
  const text = draft.lines
    .filter((l) => !omitted.has(l.n))
    .map((l) => l.text)
    .join('')
    .replace(/\s+/g, '');
  return text.replace((docNumber ?? '').replace(/\s+/g, ''), '') === '';
}

const withModel = (rules: ThemeMatcher, model: ThemeModel | undefined): ThemeMatcher => (model ? learntThemeMatcher(rules, model) : rules);
