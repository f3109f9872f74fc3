// Cross-document analysis after conversion: similar measures, named reforms,
// comparable metrics of targets, and plan-to-plan transmissions. Pure: takes
// the converted documents and the metric taxonomy, returns new records.
import type { Reform, Transmission, MetricTaxonomy } from '../../../src/schemas/analysis.ts';
import type { Body, BodyTaxonomy } from '../../../src/schemas/body.ts';
import { bodyRegistry } from './bodies.ts';
import type { Measure } from '../../../src/schemas/measure.ts';
import type { ConvertedDocument } from '../converter/pipeline.ts';
import { quantityReader } from './quantities.ts';
import { findReforms } from './reforms.ts';
import { similarityIndex, similarTo, type SimilarityIndex } from './similarity.ts';
import { bigrams } from './tokens.ts';
import { findTransmissions } from './transmission.ts';

export interface Analysis {
  documents: ConvertedDocument[];
  reforms: Reform[];
  transmissions: Transmission[];
  bodies: Body[];
  timings: Record<string, number>;
}

export function analyze(documents: ConvertedDocument[], metrics: MetricTaxonomy, bodyTaxonomy: BodyTaxonomy = { description: '', functions: [] }): Analysis {
  const timings: Record<string, number> = {};
  const time = <T>(name: string, run: () => T): T => {
    const start = performance.now();
    const value = run();
    timings[name] = performance.now() - start;
    return value;
  };
  const all = documents.flatMap((d) => d.measures);
  // Neighbours are found once, by groups of identical text: the records keep
  // the best five measures, plan alignment draws its candidates from the groups.
  const index = time('similarity', () => similarityIndex(all.map((m) => ({ id: m.id, documentId: m.documentId, text: m.text }))));
  const similar = new Map(all.map((m) => [m.id, similarTo(index, m)]));
  const reforms = time('reforms', () =>
    findReforms(documents.map((d) => ({ document: d.document, measures: d.measures.map((m) => ({ id: m.id, text: m.text })) }))),
  );
  const reformsOf = new Map<string, string[]>();
  for (const r of reforms) for (const a of r.adoptions) for (const id of a.measureIds) reformsOf.set(id, [...(reformsOf.get(id) ?? []), r.id]);

  const readQuantity = quantityReader(metrics);
  const enriched = time('metrics', () =>
    documents.map((d) => ({
      ...d,
      measures: d.measures.map(
        (m): Measure => ({
          ...m,
          similar: similar.get(m.id) ?? [],
          reforms: reformsOf.get(m.id) ?? [],
          targets: m.targets.map((t) => ({ ...t, ...readQuantity(t, m.text) })),
        }),
      ),
    })),
  );

  const transmissions = time('transmissions', () =>
    findTransmissions(
      enriched.map((d) => ({ document: d.document, measures: d.measures, text: d.text })),
      groupDice(index, all),
      groupCandidates(index),
    ),
  );
  const bodies = time('bodies', () => bodyRegistry(documents, bodyTaxonomy));
  return { documents: enriched, reforms, transmissions, bodies, timings };
}

/** Dice overlap of two bigram bags: symmetric, 0–1, cheap enough for pairwise alignment. */
function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [k, n] of a) {
    total += n;
    shared += Math.min(n, b.get(k) ?? 0);
  }
  for (const n of b.values()) total += n;
  return total ? (2 * shared) / total : 0;
}

/**
 * Dice overlap between two measures, computed once per pair of text groups
 * (members of a group have the same bigrams).
 */
function groupDice(index: SimilarityIndex, measures: Measure[]): (a: Measure, b: Measure) => number {
  const textOf = new Map<number, string>();
  for (const m of measures) if (!textOf.has(index.groupOf.get(m.id)!)) textOf.set(index.groupOf.get(m.id)!, m.text);
  const bags = new Map<number, Map<string, number>>();
  const bag = (g: number) => {
    let b = bags.get(g);
    if (!b) bags.set(g, (b = bigrams(textOf.get(g)!)));
    return b;
  };
  const scores = new Map<string, number>();
  return (a, b) => {
    const [ga, gb] = [index.groupOf.get(a.id)!, index.groupOf.get(b.id)!];
    const key = ga < gb ? `${ga}:${gb}` : `${gb}:${ga}`;
    let score = scores.get(key);
    if (score === undefined) scores.set(key, (score = dice(bag(ga), bag(gb))));
    return score;
  };
}

/**
 * The downstream measures worth scoring against an upstream one: those in its
 * own text group or one of its nearest groups. Each downstream plan is
 * indexed by group once.
 */
function groupCandidates(index: SimilarityIndex): (u: Measure, downstream: Measure[]) => number[] {
  const byPlan = new WeakMap<Measure[], Map<number, number[]>>();
  return (u, downstream) => {
    let groups = byPlan.get(downstream);
    if (!groups) {
      groups = new Map();
      downstream.forEach((d, j) => {
        const g = index.groupOf.get(d.id)!;
        groups!.set(g, [...(groups!.get(g) ?? []), j]);
      });
      byPlan.set(downstream, groups);
    }
    const own = index.groupOf.get(u.id)!;
    return [own, ...index.near[own].map((n) => n.group)].flatMap((g) => groups!.get(g) ?? []);
  };
}
