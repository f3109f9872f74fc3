// Closest counterparts of each measure in other documents: cosine similarity
// of TF-IDF weighted character bigrams, found through an inverted index so a
// measure is compared only with measures that share a rare enough bigram.
import type { SimilarMeasure } from '../../src/schemas/measure.ts';
import { bigrams } from './tokens.ts';

export interface SimilarityInput {
  id: string;
  documentId: string;
  text: string;
}

export interface SimilarityOptions {
  /** Most similar measures kept per measure. */
  top?: number;
  /** Lowest cosine similarity worth showing. */
  minScore?: number;
  /** Bigrams in more than this share of measures carry no signal (营商, 推进). */
  maxDocumentFrequency?: number;
}

type Vector = Map<number, number>;

export function similarMeasures(measures: SimilarityInput[], options: SimilarityOptions = {}): Map<string, SimilarMeasure[]> {
  const top = options.top ?? 5;
  const minScore = options.minScore ?? 0.3;
  const maxShare = options.maxDocumentFrequency ?? 0.2;
  const n = measures.length;

  const grams = measures.map((m) => bigrams(m.text));
  const df = new Map<string, number>();
  for (const g of grams) for (const key of g.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const ids = new Map<string, number>();
  const idOf = (key: string) => ids.get(key) ?? (ids.set(key, ids.size), ids.size - 1);

  // Unit-length TF-IDF vectors; a bigram in one measure only cannot match anything.
  const vectors: Vector[] = grams.map((g) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [key, tf] of g) {
      const d = df.get(key)!;
      if (d < 2 || d > maxShare * n) continue;
      const w = (1 + Math.log(tf)) * Math.log(n / d);
      v.set(idOf(key), w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, w] of v) v.set(k, w / norm);
    return v;
  });

  const postings = new Map<number, { index: number; weight: number }[]>();
  vectors.forEach((v, index) => {
    for (const [k, weight] of v) {
      const list = postings.get(k) ?? [];
      list.push({ index, weight });
      postings.set(k, list);
    }
  });

  const result = new Map<string, SimilarMeasure[]>();
  const scores = new Float64Array(n);
  const touched: number[] = [];
  vectors.forEach((v, i) => {
    for (const [k, weight] of v) {
      for (const p of postings.get(k)!) {
        if (p.index === i || measures[p.index].documentId === measures[i].documentId) continue;
        if (scores[p.index] === 0) touched.push(p.index);
        scores[p.index] += weight * p.weight;
      }
    }
    const best = touched
      .filter((j) => scores[j] >= minScore)
      .sort((a, b) => scores[b] - scores[a] || measures[a].id.localeCompare(measures[b].id))
      .slice(0, top)
      .map((j) => ({ id: measures[j].id, documentId: measures[j].documentId, score: Math.round(scores[j] * 1000) / 1000 }));
    result.set(measures[i].id, best);
    for (const j of touched) scores[j] = 0;
    touched.length = 0;
  });
  return result;
}
