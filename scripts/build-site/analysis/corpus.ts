// The cross-document analysis as a state that documents enter and leave:
// similar measures, named reforms, transmissions and bodies. A full analysis
// is this state updated from empty with every document; an incremental one
// updates the previous state with the documents of the files that changed,
// and recomputes only what they touch:
// - similarity (similarity.ts): the groups whose vector, probes or
//   candidates changed;
// - reforms: each document's quoted names and mentions are its own; the
//   mentions of every document are read again only when the set of names
//   changes (a name quoted for the first time, or for the last);
// - transmissions: the pairs with a changed document on either side, or
//   whose upstream measures' nearest groups changed;
// - bodies: the registry is rebuilt from each document's names (cheap), in
//   corpus order.
// The result is the same, byte for byte, as analysing the whole corpus at
// once (tests/analysis/incremental.test.ts): every ordering has a total
// tie-break that does not depend on the order documents arrived in.
import type { MetricTaxonomy, Reform, Transmission } from '../../../src/schemas/analysis.ts';
import type { ResolvedBody } from '../../../src/domain/bodies.ts';
import type { Body, BodyTaxonomy } from '../../../src/schemas/body.ts';
import type { PolicyDocument } from '../../../src/schemas/document.ts';
import type { Measure } from '../../../src/schemas/measure.ts';
import { bodyRefs, bodyRegistry, type DocumentBodies, type ResolvedBodies } from './bodies.ts';
import { quantityReader } from './quantities.ts';
import { withTargetThemes } from './target-themes.ts';
import { assembleReforms, mentionsIn, namesPattern, type PassedOnMention, passedOnIn, quotedNames, reformNames } from './reforms.ts';
import { Similarity, type SimilarityState } from './similarity.ts';
import { mayImplement, sortTransmissions, type TransmissionDocument, transmissionBetween } from './transmission.ts';
import { type TransmissionMeasure, type TransmissionView, transmissionView } from './transmission-view.ts';

/** A converted document, before analysis: what the analysis reads. */
export interface AnalysisDocument {
  document: PolicyDocument;
  measures: Measure[];
  /** The document's source lines joined (for citations). */
  text: string;
}

/** Loads converted documents by id (from memory, or the ingest's cache). */
export type DocumentLoader = (ids: string[]) => Promise<Map<string, AnalysisDocument>>;
/** Loads what aligning plans reads of documents (the ingest's cache keeps it beside each document). */
export type ViewLoader = (ids: string[]) => Promise<Map<string, TransmissionView>>;

/** What the analysis keeps of each document between runs. */
interface DocumentRecord {
  file: string;
  document: TransmissionDocument;
  measureIds: string[];
  quoted: [string, number][];
  mentions: [string, string[]][];
  /** Mentions that adopt nothing (a batch passed on, another place's practice), for the reform pages. */
  passedOn: [string, PassedOnMention[]][];
  bodies: DocumentBodies;
  /** The reform ids of each measure, as last published (to tell which documents to write again). */
  reformSignature: string;
}

/** The analysis between runs. The similarity engine's part is by far the largest, and kept apart: a run that does not change it need not write it again. */
export interface CorpusState {
  version: 1;
  /** Files in corpus order, each with its documents' ids in order. */
  files: [string, string[]][];
  documents: [string, DocumentRecord][];
  names: [string, number][];
  transmissions: Transmission[];
  /** Bodies resolved so far (id → first name and context, resolution): resolving is the costly part of the registry. */
  resolved: [string, [string, ResolvedBody]][];
  similarity: SimilarityState | null;
}

export interface AnalysisUpdate {
  reforms: Reform[];
  transmissions: Transmission[];
  bodies: Body[];
  /** Documents whose measures' analysed fields (similar, reforms) may have changed, or that are new: to be written again. */
  touched: Set<string>;
  timings: Record<string, number>;
  /** What was recomputed, for the log. */
  work: { full: boolean; groupsRescored: number; pairsAligned: number; mentionsReread: number };
}

export class CorpusAnalysis {
  private files = new Map<string, string[]>();
  private records = new Map<string, DocumentRecord>();
  private names = new Map<string, number>();
  private transmissions = new Map<string, Transmission>();
  private resolved: ResolvedBodies = new Map();
  private similarity: Similarity;
  private readonly readQuantity: ReturnType<typeof quantityReader>;
  private readonly metricTheme: Map<string, string>;
  private readonly targetThemes: ReturnType<typeof withTargetThemes>;
  private readonly bodyTaxonomy: BodyTaxonomy;

  constructor(metrics: MetricTaxonomy, bodyTaxonomy: BodyTaxonomy, similarity?: Similarity) {
    this.similarity = similarity ?? new Similarity();
    this.readQuantity = quantityReader(metrics);
    this.metricTheme = new Map(metrics.metrics.map((m) => [m.id, m.theme]));
    this.targetThemes = withTargetThemes(metrics.metrics);
    this.bodyTaxonomy = bodyTaxonomy;
  }

  static fromState(state: CorpusState & { similarity: SimilarityState }, metrics: MetricTaxonomy, bodyTaxonomy: BodyTaxonomy): CorpusAnalysis {
    const analysis = new CorpusAnalysis(metrics, bodyTaxonomy, Similarity.fromState(state.similarity));
    analysis.files = new Map(state.files);
    analysis.records = new Map(state.documents);
    analysis.names = new Map(state.names);
    analysis.transmissions = new Map(state.transmissions.map((t) => [t.id, t]));
    analysis.resolved = new Map(state.resolved);
    return analysis;
  }

  /** The state; the similarity engine's part only if asked (see similarityChanged). */
  toState(withSimilarity = true): CorpusState {
    return {
      version: 1,
      files: [...this.files],
      documents: [...this.records],
      names: [...this.names],
      transmissions: [...this.transmissions.values()],
      resolved: [...this.resolved],
      similarity: withSimilarity ? this.similarity.toState() : null,
    };
  }

  /** Document ids in corpus order. */
  documentIds(): string[] {
    return this.orderedFiles().flatMap(([, ids]) => ids);
  }

  /** The file a document came from, and the document's place and level. */
  record(id: string): { file: string; document: TransmissionDocument } | undefined {
    return this.records.get(id);
  }

  /**
   * Replaces the documents of some files: each file given maps to its
   * documents now, in order ([] when the file is gone). `load` reads
   * documents of other files when a recomputation needs them; `loadViews`
   * reads only what aligning plans needs of them (by default, from `load`).
   */
  async update(changed: Map<string, AnalysisDocument[]>, load: DocumentLoader, loadViews?: ViewLoader): Promise<AnalysisUpdate> {
    const timings: Record<string, number> = {};
    const time = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
      const start = performance.now();
      const value = await run();
      timings[name] = (timings[name] ?? 0) + performance.now() - start;
      return value;
    };
    const touched = new Set<string>();
    const incoming = new Map<string, AnalysisDocument>();
    const leaving = new Set<string>();
    for (const [file, docs] of changed) {
      for (const id of this.files.get(file) ?? []) leaving.add(id);
      for (const d of docs) {
        incoming.set(d.document.id, d);
        touched.add(d.document.id);
      }
    }
    const removedMeasures = [...leaving].flatMap((id) => this.records.get(id)!.measureIds);
    for (const id of leaving) this.records.delete(id);
    for (const [file, docs] of changed) {
      if (docs.length)
        this.files.set(
          file,
          docs.map((d) => d.document.id),
        );
      else this.files.delete(file);
    }

    const change = await time('similarity', () =>
      this.similarity.update(
        removedMeasures,
        [...incoming.values()].flatMap((d) => d.measures.map((m) => ({ id: m.id, documentId: m.documentId, text: m.text }))),
      ),
    );
    for (const id of change.affectedDocuments) touched.add(id);
    this.similarityChanged = change.changed;

    // Each new document's own readings.
    for (const [id, d] of incoming) {
      const level = d.document.level;
      this.records.set(id, {
        file: d.document.source.file,
        document: {
          id,
          title: d.document.title,
          docNumber: d.document.docNumber,
          date: d.document.date,
          province: d.document.province,
          city: d.document.city,
          level: level === 'province' ? 'province' : 'city',
        },
        measureIds: d.measures.map((m) => m.id),
        quoted: [...quotedNames(d.measures)],
        mentions: [],
        passedOn: [],
        bodies: bodyRefs(d.document, d.measures),
        reformSignature: '',
      });
    }

    // Reforms: names over the corpus; mentions of every document read again only if the names changed.
    let mentionsReread = 0;
    const reforms = await time('reforms', async () => {
      const names = reformNames([...this.records.values()].map((r) => new Map(r.quoted)));
      const sameNames = names.size === this.names.size && [...names.keys()].every((n) => this.names.has(n));
      const pattern = namesPattern(names.keys());
      const reread = sameNames ? [...incoming.keys()] : [...this.records.keys()];
      mentionsReread = reread.length;
      const texts = await this.documents(reread, incoming, load);
      for (const id of reread) {
        const record = this.records.get(id)!;
        record.mentions = [...mentionsIn(texts.get(id)!.measures, pattern)];
        record.passedOn = [...passedOnIn(texts.get(id)!.measures, pattern)];
      }
      this.names = new Map([...names].map(([name, { count }]) => [name, count]));
      return assembleReforms(
        names,
        this.documentIds().map((id) => {
          const record = this.records.get(id)!;
          return { document: record.document, mentions: new Map(record.mentions), passedOn: new Map(record.passedOn) };
        }),
      );
    });
    const reformsOf = new Map<string, string[]>();
    for (const r of reforms) for (const a of r.adoptions) for (const id of a.measureIds) reformsOf.set(id, [...(reformsOf.get(id) ?? []), r.id]);
    this.reformsOf = reformsOf;
    for (const [id, record] of this.records) {
      const signature = record.measureIds.map((m) => (reformsOf.get(m) ?? []).join(',')).join(';');
      if (signature !== record.reformSignature) touched.add(id);
      record.reformSignature = signature;
    }

    // Transmissions: the pairs a change can move.
    let pairsAligned = 0;
    const transmissions = await time('transmissions', async () => {
      const upstream = new Set<string>(incoming.keys());
      for (const key of change.nearChanged) for (const m of this.similarity.membersOf(key)) upstream.add(m.documentId);
      const pairs: [string, string][] = [];
      const all = [...this.records.values()].map((r) => r.document);
      const byProvince = Map.groupBy(all, (d) => d.province);
      for (const up of upstream) {
        const u = this.records.get(up)?.document;
        if (!u) continue;
        for (const d of byProvince.get(u.province) ?? []) if (mayImplement(u, d)) pairs.push([up, d.id]);
      }
      for (const down of incoming.keys()) {
        const d = this.records.get(down)!.document;
        for (const u of byProvince.get(d.province) ?? []) if (!upstream.has(u.id) && mayImplement(u, d)) pairs.push([u.id, down]);
      }
      for (const [id, t] of this.transmissions) {
        if (leaving.has(t.upstreamId) || leaving.has(t.downstreamId) || upstream.has(t.upstreamId) || incoming.has(t.downstreamId))
          this.transmissions.delete(id);
      }
      pairsAligned = pairs.length;
      const loaded = await this.views(
        [...new Set(pairs.flat())],
        incoming,
        loadViews ?? (async (ids) => new Map([...(await load(ids))].map(([id, d]) => [id, transmissionView(d)]))),
      );
      // An incoming document is whole; aligning reads what its view derives (a measure's opening).
      const docs = new Map([...loaded].map(([id, v]) => [id, incoming.has(id) ? transmissionView(v as AnalysisDocument) : v]));
      const flat = new Map<string, string>();
      const similarity = (a: TransmissionMeasure, b: TransmissionMeasure) => this.similarity.dice(this.similarity.groupOf(a.id), this.similarity.groupOf(b.id));
      const candidates = this.candidates();
      for (const [up, down] of pairs) {
        const u = docs.get(up)!;
        const d = docs.get(down)!;
        if (!flat.has(down)) flat.set(down, d.text.replace(/\s+/g, ''));
        const t = transmissionBetween(
          { document: this.records.get(up)!.document, measures: u.measures, text: u.text },
          { document: this.records.get(down)!.document, measures: d.measures, text: d.text },
          flat.get(down)!,
          similarity,
          candidates,
        );
        if (t) this.transmissions.set(t.id, t);
      }
      return sortTransmissions([...this.transmissions.values()]);
    });

    const bodies = await time('bodies', () =>
      bodyRegistry(
        this.documentIds().map((id) => this.records.get(id)!.bodies),
        this.bodyTaxonomy,
        this.resolved,
      ),
    );
    for (const id of touched) if (!this.records.has(id)) touched.delete(id);
    timings.similarityGroups = change.recomputed;
    return { reforms, transmissions, bodies, touched, timings, work: { full: change.full, groupsRescored: change.recomputed, pairsAligned, mentionsReread } };
  }

  private reformsOf = new Map<string, string[]>();

  /** Whether the last update changed the similarity engine's state. */
  similarityChanged = false;

  /** A number with what it measures, read from its own clause; a metric fixes the theme it is compared on, so the data says the same as the page. */
  private withQuantity(t: Measure['targets'][number], text: string): Measure['targets'][number] {
    const quantity = this.readQuantity(t, text);
    const theme = quantity.metric ? this.metricTheme.get(quantity.metric) : undefined;
    return { ...t, ...quantity, ...(theme ? { theme } : {}) };
  }

  /** A document's measures as published: similar measures, reforms and the targets' comparable metrics added. */
  analysed(d: AnalysisDocument): Measure[] {
    return d.measures.map((m): Measure => {
      const read: Measure = {
        ...m,
        similar: this.similarity.similarTo(m),
        reforms: this.reformsOf.get(m.id) ?? [],
        targets: m.targets.map((t) => this.withQuantity(t, m.text)),
        // A stated level only matters beside a chart: one no metric names is dropped.
        statedLevels: m.statedLevels.map((t) => this.withQuantity(t, m.text)).filter((t) => t.metric),
      };
      return { ...read, ...this.targetThemes(read) };
    });
  }

  private orderedFiles(): [string, string[]][] {
    return [...this.files].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  private async documents(ids: string[], incoming: Map<string, AnalysisDocument>, load: DocumentLoader): Promise<Map<string, AnalysisDocument>> {
    const out = new Map<string, AnalysisDocument>();
    const missing: string[] = [];
    for (const id of ids) {
      const d = incoming.get(id);
      if (d) out.set(id, d);
      else missing.push(id);
    }
    if (missing.length) for (const [id, d] of await load(missing)) out.set(id, d);
    return out;
  }

  /** Views of these documents: the incoming ones are at hand whole, the others loaded. */
  private async views(ids: string[], incoming: Map<string, AnalysisDocument>, load: ViewLoader): Promise<Map<string, TransmissionView>> {
    const out = new Map<string, TransmissionView>();
    for (const id of ids) {
      const d = incoming.get(id);
      if (d) out.set(id, d);
    }
    const missing = ids.filter((id) => !out.has(id));
    if (missing.length) for (const [id, v] of await load(missing)) out.set(id, v);
    return out;
  }

  /** For an upstream measure, the downstream measures in its own group or one of its nearest groups. */
  private candidates(): (u: TransmissionMeasure, downstream: TransmissionMeasure[]) => number[] {
    const byPlan = new WeakMap<TransmissionMeasure[], Map<number, number[]>>();
    return (u, downstream) => {
      let groups = byPlan.get(downstream);
      if (!groups) {
        groups = new Map();
        downstream.forEach((d, j) => {
          const g = this.similarity.groupOf(d.id);
          groups!.set(g, [...(groups!.get(g) ?? []), j]);
        });
        byPlan.set(downstream, groups);
      }
      const own = this.similarity.groupOf(u.id);
      const out = [...(groups.get(own) ?? [])];
      for (const g of this.similarity.nearOf(own)) for (const j of groups.get(g) ?? []) out.push(j);
      return out;
    };
  }
}
