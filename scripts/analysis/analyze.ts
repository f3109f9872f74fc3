// Cross-document analysis after conversion: similar measures, named reforms,
// comparable metrics of targets, and plan-to-plan transmissions. Pure: takes
// the converted documents and the metric taxonomy, returns new records.
import type { Reform, Transmission, MetricTaxonomy } from '../../src/schemas/analysis.ts';
import type { Measure } from '../../src/schemas/measure.ts';
import type { ConvertedDocument } from '../converter/pipeline.ts';
import { metricOf } from './metrics.ts';
import { findReforms } from './reforms.ts';
import { similarMeasures } from './similarity.ts';
import { bigrams } from './tokens.ts';
import { findTransmissions } from './transmission.ts';

export interface Analysis {
  documents: ConvertedDocument[];
  reforms: Reform[];
  transmissions: Transmission[];
  timings: Record<string, number>;
}

export function analyze(documents: ConvertedDocument[], metrics: MetricTaxonomy): Analysis {
  const timings: Record<string, number> = {};
  const time = <T>(name: string, run: () => T): T => {
    const start = performance.now();
    const value = run();
    timings[name] = performance.now() - start;
    return value;
  };
  const all = documents.flatMap((d) => d.measures);
  // Neighbours are found once, generously: the records keep the best five,
  // plan alignment draws its candidates from the wider list.
  const neighbours = time('similarity', () =>
    similarMeasures(all.map((m) => ({ id: m.id, documentId: m.documentId, text: m.text })), { top: 40, minScore: 0.2 }),
  );
  const similar = new Map([...neighbours].map(([id, list]) => [id, list.filter((s) => s.score >= 0.3).slice(0, 5)]));
  const reforms = time('reforms', () =>
    findReforms(documents.map((d) => ({ document: d.document, measures: d.measures.map((m) => ({ id: m.id, text: m.text })) }))),
  );
  const reformsOf = new Map<string, string[]>();
  for (const r of reforms) for (const a of r.adoptions) for (const id of a.measureIds) reformsOf.set(id, [...(reformsOf.get(id) ?? []), r.id]);

  const enriched = time('metrics', () =>
    documents.map((d) => ({
      ...d,
      measures: d.measures.map((m): Measure => ({
        ...m,
        similar: similar.get(m.id) ?? [],
        reforms: reformsOf.get(m.id) ?? [],
        targets: m.targets.map((t) => {
          const metric = metricOf(t, m.text, metrics);
          return metric ? { ...t, metric } : t;
        }),
      })),
    })),
  );

  const vectors = new Map<string, Map<string, number>>();
  const vectorOf = (m: Measure) => {
    let v = vectors.get(m.id);
    if (!v) vectors.set(m.id, (v = bigrams(m.text)));
    return v;
  };
  const transmissions = time('transmissions', () =>
    findTransmissions(
      enriched.map((d) => ({ document: d.document, measures: d.measures, text: d.text })),
      (a, b) => dice(vectorOf(a), vectorOf(b)),
      (m) => neighbours.get(m.id)?.map((s) => s.id) ?? [],
    ),
  );
  return { documents: enriched, reforms, transmissions, timings };
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
