// Closest counterparts of each measure in other documents: cosine similarity
// of TF-IDF weighted character bigrams. Candidates come from an inverted
// index over each measure's rarest bigrams only (prefix filtering), so the
// cost grows with the corpus, not with its square, even when many documents
// copy the same measures.
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
  /** Lowest cosine similarity worth keeping. */
  minScore?: number;
  /** Bigrams in more than this share of measures carry no signal (营商, 推进). */
  maxDocumentFrequency?: number;
  /** How many of a measure's rarest bigrams propose candidates. */
  probes?: number;
  /** Candidates scored exactly per measure, the most-shared first. */
  candidates?: number;
}

/** Sparse unit vector: term ids ascending with their weights. */
interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

export function similarMeasures(measures: SimilarityInput[], options: SimilarityOptions = {}): Map<string, SimilarMeasure[]> {
  const top = options.top ?? 5;
  const minScore = options.minScore ?? 0.3;
  const maxShare = options.maxDocumentFrequency ?? 0.2;
  const probes = options.probes ?? 12;
  const maxCandidates = options.candidates ?? 150;
  const n = measures.length;

  const grams = measures.map((m) => bigrams(m.text));
  const df = new Map<string, number>();
  for (const g of grams) for (const key of g.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const termId = new Map<string, number>();
  const dfOf: number[] = [];
  const vectors: Vector[] = grams.map((g) => {
    const entries: [number, number][] = [];
    let norm = 0;
    for (const [key, tf] of g) {
      const d = df.get(key)!;
      if (d < 2 || d > maxShare * n) continue;
      let id = termId.get(key);
      if (id === undefined) {
        id = termId.size;
        termId.set(key, id);
        dfOf.push(d);
      }
      const w = (1 + Math.log(tf)) * Math.log(n / d);
      entries.push([id, w]);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    entries.sort((a, b) => a[0] - b[0]);
    return { terms: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1] / norm) };
  });

  // Each measure is indexed under its rarest bigrams; a pair sharing none of
  // them shares little that is specific, so it is never proposed.
  const rarest = vectors.map((v) => [...v.terms].sort((a, b) => dfOf[a] - dfOf[b]).slice(0, probes));
  const postings = new Map<number, number[]>();
  rarest.forEach((terms, index) => {
    for (const t of terms) {
      const list = postings.get(t);
      if (list) list.push(index);
      else postings.set(t, [index]);
    }
  });

  const result = new Map<string, SimilarMeasure[]>();
  const hits = new Int32Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const t of rarest[i]) {
      for (const j of postings.get(t)!) {
        if (j === i || measures[j].documentId === measures[i].documentId) continue;
        if (hits[j] === 0) touched.push(j);
        hits[j]++;
      }
    }
    const candidates = touched.length > maxCandidates ? touched.sort((a, b) => hits[b] - hits[a]).slice(0, maxCandidates) : touched;
    const scored: { j: number; score: number }[] = [];
    for (const j of candidates) {
      const score = dot(vectors[i], vectors[j]);
      if (score >= minScore) scored.push({ j, score });
    }
    scored.sort((a, b) => b.score - a.score || measures[a.j].id.localeCompare(measures[b.j].id));
    result.set(
      measures[i].id,
      scored.slice(0, top).map(({ j, score }) => ({ id: measures[j].id, documentId: measures[j].documentId, score: Math.round(score * 1000) / 1000 })),
    );
    for (const j of touched) hits[j] = 0;
    touched.length = 0;
  }
  return result;
}

/** Dot product of two sparse vectors with ascending term ids. */
function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (let x = 0, y = 0; x < a.terms.length && y < b.terms.length; ) {
    if (a.terms[x] === b.terms[y]) sum += a.weights[x++] * b.weights[y++];
    else if (a.terms[x] < b.terms[y]) x++;
    else y++;
  }
  return sum;
}
