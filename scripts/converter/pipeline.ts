// The converter, in order. Every stage is pure (data in, data out) except the
// first and last, which the CLI (scripts/ingest.ts) runs: reading the sources
// folder and emitting files. Problems from every stage are collected, never
// thrown: one unreadable document never stops the others.
import { documentSchema, type PolicyDocument } from '../../src/schemas/document.ts';
import { measureSchema, type Measure } from '../../src/schemas/measure.ts';
import { fatal, warning, type Diagnostic } from './diagnostics.ts';
import type { Manifest } from './manifest.ts';
import type { DocumentDraft, RawSource, SectionNode, TableRowNode } from './model.ts';
import { documentId, measureIds } from './stages/assign-ids.ts';
import { buildMdx } from './stages/build-mdx.ts';
import { collectMeasures } from './stages/collect-measures.ts';
import { decodeSource } from './stages/decode.ts';
import { detectLayout } from './stages/detect-layout.ts';
import { extractDeadline } from './stages/extract-deadlines.ts';
import { extractMetadata } from './stages/extract-metadata.ts';
import { extractTargets } from './stages/extract-targets.ts';
import { extractUnits } from './stages/extract-units.ts';
import { normalizeLines } from './stages/normalize.ts';
import { parseStructure } from './stages/parse-structure.ts';
import { splitDocuments } from './stages/split-documents.ts';
import { serializeMdx } from './mdx/serialize.ts';
import { themeMatcher, type ThemeMatcher } from './stages/assign-themes.ts';
import type { ThemeTaxonomy } from '../../src/schemas/theme.ts';

/** Stage names in order, for progress output and timing. */
export const STAGES = [
  'read', 'decode', 'normalize', 'detect-layout', 'split-documents', 'parse-structure',
  'collect-measures', 'extract-units', 'extract-deadlines', 'extract-targets', 'assign-themes',
  'extract-metadata', 'assign-ids', 'build-mdx', 'emit',
] as const;

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
  /** Milliseconds per stage. */
  timings: Record<string, number>;
}

export interface ConvertOptions {
  /** Path prefix of the site (for measure and document URLs). */
  siteBase?: string;
  /** Theme taxonomy (content/themes.json); without it measures get no themes. */
  themes?: ThemeTaxonomy;
  /** Document ids already taken (by documents reused from the incremental cache). */
  takenIds?: Iterable<string>;
  /** Keep each document's parsed draft on the result (tests of text conservation read it). */
  keepDrafts?: boolean;
}

export function convert(raws: RawSource[], manifest: Manifest | null, options: ConvertOptions = {}): Conversion {
  const base = options.siteBase ?? '';
  const matcher = options.themes ? themeMatcher(options.themes) : null;
  const diagnostics: Diagnostic[] = [];
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, run: () => T): T => {
    const start = performance.now();
    try {
      return run();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
    }
  };
  const documents: ConvertedDocument[] = [];
  const provinces: Conversion['provinces'] = [];
  const taken = new Set<string>(options.takenIds ?? []);

  for (const raw of raws) {
    const decoded = time('decode', () => decodeSource(raw, manifest));
    diagnostics.push(...decoded.diagnostics);
    if (!decoded.value) continue;
    const lines = time('normalize', () => normalizeLines(decoded.value!));
    const layout = time('detect-layout', () => detectLayout(decoded.value!, lines));
    diagnostics.push(...layout.diagnostics);
    if (!layout.value) continue;
    const source = { ...decoded.value, lines, layout: layout.value };
    const split = time('split-documents', () => splitDocuments(source, manifest?.compilation ?? null));
    diagnostics.push(...split.diagnostics);
    provinces.push(...split.provinces);

    for (const slice of split.documents) {
      const parsed = time('parse-structure', () => parseStructure(slice));
      diagnostics.push(...parsed.diagnostics);
      if (!parsed.value) continue;
      try {
        const converted = convertDocument(parsed.value, taken, base, time, matcher, options.keepDrafts ?? false);
        diagnostics.push(...converted.diagnostics);
        documents.push(converted.value);
      } catch (error) {
        diagnostics.push(
          fatal(source.file, slice.span.line, 'convert/failed', `document could not be converted (${(error as Error).message}); the others were`, slice.title),
        );
      }
    }
  }
  return { documents, provinces, diagnostics, timings };
}

type Timer = <T>(stage: string, run: () => T) => T;

function convertDocument(
  draft: DocumentDraft,
  taken: Set<string>,
  base: string,
  time: Timer,
  matcher: ThemeMatcher | null,
  keepDraft: boolean,
): { value: ConvertedDocument; diagnostics: Diagnostic[] } {
  const file = draft.source.file;
  const diagnostics: Diagnostic[] = [];
  const drafts = time('collect-measures', () => collectMeasures(draft.body));
  const meta = time('extract-metadata', () => extractMetadata(draft));
  diagnostics.push(...meta.diagnostics);
  if (drafts.length === 0) {
    diagnostics.push(warning(file, draft.span.line, 'measures/none', 'document has no recognisable items (一、（一）1. or table rows); its text is kept', meta.value.title));
  }
  const ids = time('assign-ids', () => documentId(meta.value, taken, file, draft.span.line));
  diagnostics.push(...ids.diagnostics);
  const id = ids.id;
  const url = `${base}/documents/${id}/`;
  const measureIdList = time('assign-ids', () => measureIds(id, drafts));

  const measures: Measure[] = [];
  const measureIdOf = new Map<SectionNode | TableRowNode, string>();
  const unitLines = new Map<string, string>();
  drafts.forEach((m, i) => {
    const units = time('extract-units', () => extractUnits(m, draft.rules));
    const deadline = time('extract-deadlines', () => extractDeadline(m, meta.value.year));
    const targets = time('extract-targets', () => extractTargets(m.text));
    const measure: Measure = {
      id: measureIdList[i],
      documentId: id,
      ordinal: i + 1,
      label: m.label,
      title: m.title,
      path: m.path,
      text: m.text,
      ...units,
      deadline,
      targets,
      themes: matcher ? time('assign-themes', () => matcher.assign(m.path, m.text)) : [],
      reforms: [],
      similar: [],
      url: `${url}#${measureIdList[i]}`,
      source: { file, line: m.span.line, endLine: m.span.endLine, page: m.span.page },
    };
    if (matcher && measure.themes.length === 0) {
      diagnostics.push(warning(file, m.span.line, 'themes/none', 'measure matches no theme of content/themes.json', m.text));
    }
    if (!units.leadUnits.length && !units.responsibleUnits.length) {
      diagnostics.push(warning(file, m.span.line, 'units/missing', 'measure names no lead or responsible unit', m.text));
    }
    if (deadline?.kind === 'unreadable') {
      diagnostics.push(warning(file, m.span.line, 'deadline/unreadable', 'deadline could not be read as a date', deadline.raw));
    } else if (deadline && deadline.date === null && deadline.kind !== 'ongoing') {
      diagnostics.push(warning(file, m.span.line, 'deadline/no-year', 'deadline has no year and the document states none', deadline.raw));
    }
    const parsed = measureSchema.safeParse(measure);
    if (!parsed.success) {
      diagnostics.push(fatal(file, m.span.line, 'schema/measure', parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; '), m.text));
      return;
    }
    measures.push(parsed.data);
    measureIdOf.set(m.node, measure.id);
    if (m.fields.responsible && !('cells' in m.node)) unitLines.set(measure.id, `责任部门：${m.fields.responsible}`);
  });

  const lastLine = draft.span.endLine;
  const document: PolicyDocument = {
    id,
    ...meta.value,
    url,
    sourceLayout: draft.source.layout,
    measureCount: measures.length,
    compilation: draft.head.compilation,
    source: {
      file,
      originalName: draft.source.manifest?.originalName ?? draft.source.name,
      startLine: draft.span.line,
      endLine: lastLine,
      firstPage: draft.span.page,
      lastPage: draft.span.lastPage,
    },
  };
  const checked = documentSchema.safeParse(document);
  if (!checked.success) {
    throw new Error(checked.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; '));
  }
  const tree = time('build-mdx', () => buildMdx(checked.data, draft.body, measureIdOf, unitLines));
  const mdx = time('build-mdx', () => serializeMdx(tree));
  const text = draft.lines.map((l) => l.text).join('\n');
  return { value: { document: checked.data, measures, mdx, text, ...(keepDraft ? { draft } : {}) }, diagnostics };
}
