// Closest counterparts of each measure in other documents: cosine similarity
// of TF-IDF weighted character bigrams.
//
// Two things keep the cost in step with the corpus rather than its square:
// - Measures with the same Han text (a provincial measure copied word for
//   word into a hundred city plans) have the same vector, so they form one
//   group and each group is scored once. Without this, a measure copied into
//   k documents costs k² comparisons.
// - Candidate groups come from an inverted index over each group's rarest
//   bigrams only (prefix filtering); a pair sharing none of them shares
//   little that is specific, so it is never proposed.
import type { SimilarMeasure } from '../../../src/schemas/measure.ts';
import { bigrams, hanRuns } from './tokens.ts';

export interface SimilarityInput {
  id: string;
  documentId: string;
  text: string;
}

export interface SimilarityOptions {
  /** Nearest groups kept per group. */
  top?: number;
  /** Lowest cosine similarity worth keeping. */
  minScore?: number;
  /** Bigrams in more than this share of measures carry no signal (营商, 推进). */
  maxDocumentFrequency?: number;
  /** How many of a group's rarest bigrams propose candidates. */
  probes?: number;
  /** Candidate groups scored exactly per group, the most-shared first. */
  candidates?: number;
}

/** Sparse unit vector: term ids ascending with their weights. */
interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

export interface SimilarityIndex {
  /** Group of each measure id. */
  groupOf: Map<string, number>;
  /** The measures of each group, in input order. */
  members: SimilarityInput[][];
  /** Each group's nearest other groups, best first. */
  near: { group: number; score: number }[][];
  /** Whether a group's text has any bigram that carries signal (else it matches nothing, itself included). */
  comparable: boolean[];
}

export function similarityIndex(measures: SimilarityInput[], options: SimilarityOptions = {}): SimilarityIndex {
  const top = options.top ?? 40;
  const minScore = options.minScore ?? 0.2;
  const maxShare = options.maxDocumentFrequency ?? 0.2;
  const probes = options.probes ?? 12;
  const maxCandidates = options.candidates ?? 150;
  const n = measures.length;

  const groupOf = new Map<string, number>();
  const members: SimilarityInput[][] = [];
  const keyGroup = new Map<string, number>();
  for (const m of measures) {
    const key = hanRuns(m.text).join('|');
    let g = keyGroup.get(key);
    if (g === undefined) keyGroup.set(key, (g = members.push([]) - 1));
    members[g].push(m);
    groupOf.set(m.id, g);
  }

  // Document frequency counts measures, not groups: a copied measure is as
  // common as the number of documents that carry it.
  const grams = members.map((list) => bigrams(list[0].text));
  const df = new Map<string, number>();
  grams.forEach((g, i) => {
    for (const key of g.keys()) df.set(key, (df.get(key) ?? 0) + members[i].length);
  });
  const termId = new Map<string, number>();
  const dfOf: number[] = [];
  const vectors: Vector[] = grams.map((g) => {
    const ids: number[] = [];
    const weights: number[] = [];
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
      ids.push(id);
      weights.push(w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    const order = ids.map((_, i) => i).sort((a, b) => ids[a] - ids[b]);
    return { terms: Int32Array.from(order, (i) => ids[i]), weights: Float64Array.from(order, (i) => weights[i] / norm) };
  });

  const rarest = vectors.map((v) =>
    Array.from(v.terms)
      .sort((a, b) => dfOf[a] - dfOf[b] || a - b)
      .slice(0, probes),
  );
  const postings = new Map<number, number[]>();
  rarest.forEach((terms, group) => {
    for (const t of terms) {
      const list = postings.get(t);
      if (list) list.push(group);
      else postings.set(t, [group]);
    }
  });

  const groups = members.length;
  const near: SimilarityIndex['near'] = [];
  const hits = new Int32Array(groups);
  const touched: number[] = [];
  for (let i = 0; i < groups; i++) {
    for (const t of rarest[i]) {
      for (const j of postings.get(t)!) {
        if (j === i) continue;
        if (hits[j] === 0) touched.push(j);
        hits[j]++;
      }
    }
    const candidates = touched.length > maxCandidates ? touched.sort((a, b) => hits[b] - hits[a] || a - b).slice(0, maxCandidates) : touched;
    const scored: { group: number; score: number }[] = [];
    for (const j of candidates) {
      const score = dot(vectors[i], vectors[j]);
      if (score >= minScore) scored.push({ group: j, score });
    }
    scored.sort((a, b) => b.score - a.score || a.group - b.group);
    near.push(scored.slice(0, top));
    for (const j of touched) hits[j] = 0;
    touched.length = 0;
  }
  return { groupOf, members, near, comparable: vectors.map((v) => v.terms.length > 0) };
}

/**
 * The measures of other documents closest to one measure, best first: word-
 * for-word copies (score 1), then the members of the nearest groups.
 */
export function similarTo(index: SimilarityIndex, measure: { id: string; documentId: string }, top = 5, minScore = 0.3): SimilarMeasure[] {
  const group = index.groupOf.get(measure.id);
  if (group === undefined || !index.comparable[group]) return [];
  const out: SimilarMeasure[] = [];
  const take = (list: SimilarityInput[], score: number) => {
    const others = list.filter((m) => m.documentId !== measure.documentId).sort((a, b) => a.id.localeCompare(b.id));
    for (const m of others) {
      if (out.length >= top) return;
      out.push({ id: m.id, documentId: m.documentId, score: Math.round(score * 1000) / 1000 });
    }
  };
  take(index.members[group], 1);
  for (const { group: g, score } of index.near[group]) {
    if (out.length >= top || score < minScore) break;
    take(index.members[g], score);
  }
  return out;
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
