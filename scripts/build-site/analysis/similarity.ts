// Closest counterparts of each measure in other documents: cosine similarity
// of TF-IDF weighted character bigrams.
//
// Three things keep the cost in step with the corpus rather than its square,
// and let one changed document cost only what it touches:
// - Measures with the same Han text (a provincial measure copied word for
//   word into a hundred city plans) form one group, scored once.
// - Candidate groups come from an inverted index over each group's rarest
//   bigrams only (prefix filtering); a pair sharing none of them shares
//   little that is specific, so it is never proposed.
// - The inverse document frequency is read by powers of two: a bigram's
//   weight is (1 + ln tf) · ln 2 · (⌊log₂ n⌋ − ⌊log₂ df⌋), and a bigram in
//   more than about a fifth of the measures (⌊log₂ df⌋ > ⌊log₂ n⌋ − 3) or in
//   only one carries no weight. A document added or changed moves a weight
//   only where a bigram's count crosses a power of two, so an update
//   recomputes the groups whose vector, probes or candidates changed and no
//   others — and gives what a run over the whole corpus gives, because every
//   tie is broken by the groups' text, never by the order they were seen in.
import { SIMILAR_MIN_SCORE } from '../../../src/schemas/labels.ts';
import type { SimilarMeasure } from '../../../src/schemas/measure.ts';
import { hanRuns } from './tokens.ts';

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
  /** How many of a group's rarest bigrams propose candidates. */
  probes?: number;
  /** Candidate groups scored exactly per group, those sharing the most probes first. */
  candidates?: number;
}

interface Member {
  id: string;
  documentId: string;
}

interface Group {
  /** The group's Han text (runs joined by |): its identity, and the tie-break of every ordering. */
  key: string;
  /** A hash of the key, compared before the key itself: the same order, cheaper. */
  rank: number;
  /** Members, ordered by id. */
  members: Member[];
  /** Dense term indexes of its bigrams, ordered by bigram (character codes). */
  terms: Int32Array;
  /** Count of each bigram in the text (at most 255). */
  tf: Uint8Array;
  /** Unit vector over `terms` (0 where a bigram carries no weight); null until needed (weightsOf), as after loading a state. */
  weights: Float64Array | null;
  /** Its rarest weighted bigrams, rarest first. */
  probes: Int32Array;
  /** Nearest other groups, best first, and their scores (single precision: what is kept is what is compared). */
  near: Int32Array;
  scores: Float32Array;
}

/** What an update changed, for the analyses and pages that read similar measures. */
export interface SimilarityChange {
  /** Documents with a measure whose similar list may differ: in a group whose members or nearest groups changed, or that lists such a group among its nearest. */
  affectedDocuments: Set<string>;
  /** Groups (by key) whose nearest groups changed: transmissions aligning their measures are recomputed. */
  nearChanged: Set<string>;
  /** Groups recomputed, for the timings line. */
  recomputed: number;
  full: boolean;
  /** Whether the state (toState) differs from before the update. */
  changed: boolean;
}

/** The engine's whole state, as plain arrays (v8.serialize writes it as it is). */
export interface SimilarityState {
  options: Required<SimilarityOptions>;
  n: number;
  termIds: Float64Array;
  /** Keys, member ids and their documents, each list joined by NUL: one string serializes as one copy, 100,000 do not. */
  keys: string;
  memberIds: string;
  memberDocs: string;
  memberOffsets: Int32Array;
  termOffsets: Int32Array;
  terms: Int32Array;
  tf: Uint8Array;
  probeOffsets: Int32Array;
  probes: Int32Array;
  nearOffsets: Int32Array;
  near: Int32Array;
  scores: Float32Array;
}

const DEFAULTS: Required<SimilarityOptions> = { top: 40, minScore: 0.2, probes: 12, candidates: 50 };
const EMPTY_INT = new Int32Array(0);
const EMPTY_FLOAT = new Float32Array(0);

/** ⌊log₂ x⌋ for x ≥ 1. */
const log2Floor = (x: number) => 31 - Math.clz32(x);

/** A bigram as one number, ordered as its two characters are. */
const termId = (text: string, i: number) => text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);

export function groupKey(text: string): string {
  return hanRuns(text).join('|');
}

export class Similarity {
  readonly options: Required<SimilarityOptions>;
  private groups: (Group | null)[] = [];
  private free: number[] = [];
  private slotOfKey = new Map<string, number>();
  private slotOfMeasure = new Map<string, number>();
  /** Dense index of each bigram seen, and back. */
  private termIndex = new Map<number, number>();
  private termIds: number[] = [];
  /** Measures whose text holds each bigram (a copied measure counts once per copy). */
  private df: number[] = [];
  private n = 0;
  /** Groups having each bigram among their probes. */
  private postings = new Map<number, number[]>();
  /** Scratch, reused by every scoring. */
  private hits = new Int32Array(0);
  private dense = new Float64Array(0);

  constructor(options: SimilarityOptions = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  get measureCount(): number {
    return this.n;
  }

  /**
   * Takes measures out (by id) and puts measures in. A measure taken out and
   * put back with the same text and document changes nothing.
   */
  update(removedIds: Iterable<string>, added: SimilarityInput[]): SimilarityChange {
    const incoming = new Map(added.map((m) => [m.id, m]));
    const membersChanged = new Set<number>();
    const created = new Set<number>();
    const dead = new Set<number>();
    const dfDelta = new Map<number, number>();
    const nBefore = this.n;
    const move = (slot: number, by: number) => {
      const g = this.groups[slot]!;
      for (const t of g.terms) dfDelta.set(t, (dfDelta.get(t) ?? 0) + by);
      membersChanged.add(slot);
    };

    for (const id of removedIds) {
      const slot = this.slotOfMeasure.get(id);
      if (slot === undefined) continue;
      const g = this.groups[slot]!;
      const again = incoming.get(id);
      if (again && groupKey(again.text) === g.key && g.members.some((m) => m.id === id && m.documentId === again.documentId)) {
        incoming.delete(id);
        continue;
      }
      g.members = g.members.filter((m) => m.id !== id);
      this.slotOfMeasure.delete(id);
      this.n--;
      move(slot, -1);
      if (g.members.length === 0) dead.add(slot);
    }
    for (const m of incoming.values()) {
      if (this.slotOfMeasure.has(m.id)) throw new Error(`similarity: measure ${m.id} added twice`);
      const key = groupKey(m.text);
      let slot = this.slotOfKey.get(key);
      if (slot === undefined || dead.has(slot)) {
        if (slot !== undefined) dead.delete(slot);
        else {
          slot = this.newGroup(key);
          created.add(slot);
        }
      }
      const g = this.groups[slot]!;
      const at = g.members.findIndex((x) => x.id > m.id);
      g.members.splice(at < 0 ? g.members.length : at, 0, { id: m.id, documentId: m.documentId });
      this.slotOfMeasure.set(m.id, slot);
      this.n++;
      move(slot, 1);
    }
    for (const [t, by] of dfDelta) this.df[t] += by;

    const full = nBefore === 0 || log2Floor(Math.max(1, nBefore)) !== log2Floor(Math.max(1, this.n));
    const alive = (slot: number) => this.groups[slot] !== null && !dead.has(slot);
    const vectorDirty = new Set<number>();
    if (full) {
      this.groups.forEach((g, slot) => {
        if (g && alive(slot)) vectorDirty.add(slot);
      });
    } else {
      for (const slot of created) vectorDirty.add(slot);
      // Bigrams whose weight class moved: every group holding one gets a new vector.
      const flipped = new Uint8Array(this.termIds.length);
      let anyFlipped = false;
      for (const [t, by] of dfDelta) {
        if (by !== 0 && this.weightClass(this.df[t] - by) !== this.weightClass(this.df[t])) {
          flipped[t] = 1;
          anyFlipped = true;
        }
      }
      if (anyFlipped) {
        this.groups.forEach((g, slot) => {
          if (g && alive(slot) && g.terms.some((t) => flipped[t])) vectorDirty.add(slot);
        });
      }
    }

    // New vectors and probes; the groups whose probes moved, with their old and new probes.
    const probeMoved = new Map<number, Int32Array>();
    for (const slot of dead) probeMoved.set(slot, this.groups[slot]!.probes);
    for (const slot of vectorDirty) {
      const g = this.groups[slot]!;
      const old = g.probes;
      this.weigh(g);
      if (created.has(slot) || !sameInts(old, g.probes)) probeMoved.set(slot, old);
    }
    for (const [slot, old] of probeMoved) {
      for (const t of old) removeFrom(this.postings.get(t), slot);
      if (!dead.has(slot)) for (const t of this.groups[slot]!.probes) this.postingsOf(t).push(slot);
    }

    // Groups to score again: those with new vectors, and every group that
    // shares a probe (before or after) with a group whose vector, probes or
    // life changed — its candidates or their scores may differ.
    const rescore = new Set<number>(vectorDirty);
    if (!full) {
      const touched = new Set<number>([...vectorDirty, ...probeMoved.keys()]);
      for (const slot of touched) {
        const probes = dead.has(slot) ? [] : this.groups[slot]!.probes;
        for (const t of [...(probeMoved.get(slot) ?? []), ...probes]) for (const other of this.postings.get(t) ?? []) rescore.add(other);
      }
    }
    for (const slot of dead) rescore.delete(slot);

    // Dead groups leave before scoring, so no list names them.
    for (const slot of dead) {
      this.slotOfKey.delete(this.groups[slot]!.key);
      this.groups[slot] = null;
      this.free.push(slot);
    }
    const nearChanged = new Set<string>();
    this.ensureScratch();
    for (const slot of rescore) {
      const g = this.groups[slot]!;
      const [near, scores] = this.nearest(slot);
      if (!sameInts(near, g.near) || !sameFloats(scores, g.scores)) nearChanged.add(g.key);
      g.near = near;
      g.scores = scores;
    }

    // Measures whose similar list may differ: members of groups whose members
    // or nearest changed, and of groups listing a group whose members changed.
    const changedSlots = new Set<number>([...membersChanged].filter((s) => this.groups[s] !== null));
    for (const key of nearChanged) changedSlots.add(this.slotOfKey.get(key)!);
    const affectedDocuments = new Set<string>();
    const flag = new Uint8Array(this.groups.length);
    for (const slot of membersChanged) if (slot < flag.length) flag[slot] = 1;
    this.groups.forEach((g, slot) => {
      if (!g) return;
      if (changedSlots.has(slot) || g.near.some((j) => flag[j])) for (const m of g.members) affectedDocuments.add(m.documentId);
    });
    this.diceMemo.clear();
    return { affectedDocuments, nearChanged, recomputed: rescore.size, full, changed: membersChanged.size > 0 || nearChanged.size > 0 };
  }

  /** The group a measure is in (a number valid until the next update); -1 if unknown. */
  groupOf(measureId: string): number {
    return this.slotOfMeasure.get(measureId) ?? -1;
  }

  /** Nearest groups of a group, best first. */
  nearOf(group: number): Int32Array {
    return this.groups[group]?.near ?? EMPTY_INT;
  }

  /** The measures of a group, by its text's key. */
  membersOf(key: string): readonly Member[] {
    return this.groups[this.slotOfKey.get(key) ?? -1]?.members ?? [];
  }

  /** Dice overlap of two groups' bigram bags (every bigram, weighted or not): symmetric, 0–1; once per pair of groups. */
  dice(a: number, b: number): number {
    const memoKey = a < b ? a * 2 ** 26 + b : b * 2 ** 26 + a;
    let score = this.diceMemo.get(memoKey);
    if (score === undefined) this.diceMemo.set(memoKey, (score = this.computeDice(a, b)));
    return score;
  }

  private diceMemo = new Map<number, number>();

  private computeDice(a: number, b: number): number {
    const x = this.groups[a];
    const y = this.groups[b];
    if (!x || !y) return 0;
    let shared = 0;
    let total = 0;
    for (const n of x.tf) total += n;
    for (const n of y.tf) total += n;
    for (let i = 0, j = 0; i < x.terms.length && j < y.terms.length; ) {
      const [s, u] = [this.termIds[x.terms[i]], this.termIds[y.terms[j]]];
      if (s === u) shared += Math.min(x.tf[i++], y.tf[j++]);
      else if (s < u) i++;
      else j++;
    }
    return total ? (2 * shared) / total : 0;
  }

  /**
   * The measures of other documents closest to one measure, best first: word-
   * for-word copies (score 1), then the members of the nearest groups.
   */
  similarTo(measure: { id: string; documentId: string }, top = 5, minScore = SIMILAR_MIN_SCORE): SimilarMeasure[] {
    const g = this.groups[this.slotOfMeasure.get(measure.id) ?? -1];
    if (!g || g.probes.length === 0) return [];
    const out: SimilarMeasure[] = [];
    const take = (members: Member[], score: number) => {
      for (const m of members) {
        if (out.length >= top) return;
        if (m.documentId !== measure.documentId) out.push({ id: m.id, documentId: m.documentId, score: Math.round(score * 1000) / 1000 });
      }
    };
    take(g.members, 1);
    for (let i = 0; i < g.near.length && out.length < top && g.scores[i] >= minScore; i++) take(this.groups[g.near[i]]!.members, g.scores[i]);
    return out;
  }

  /** The engine as plain arrays, for the incremental cache. */
  toState(): SimilarityState {
    const live = this.groups.flatMap((g, slot) => (g ? [slot] : []));
    const index = new Int32Array(this.groups.length).fill(-1);
    live.forEach((slot, i) => {
      index[slot] = i;
    });
    const packInts = (arrays: Int32Array[], map?: (x: number) => number) => {
      const offsets = new Int32Array(arrays.length + 1);
      arrays.forEach((a, i) => {
        offsets[i + 1] = offsets[i] + a.length;
      });
      const flat = new Int32Array(offsets[arrays.length]);
      arrays.forEach((a, i) => {
        if (!map) flat.set(a, offsets[i]);
        // A plain loop: TypedArray#map with a callback was a third of a second at 100×.
        else for (let j = 0, at = offsets[i]; j < a.length; j++) flat[at + j] = map(a[j]);
      });
      return { offsets, flat };
    };
    const groups = live.map((slot) => this.groups[slot]!);
    const terms = packInts(groups.map((g) => g.terms));
    const probes = packInts(groups.map((g) => g.probes));
    const near = packInts(
      groups.map((g) => g.near),
      (slot) => index[slot],
    );
    const tf = new Uint8Array(terms.flat.length);
    const scores = new Float32Array(near.flat.length);
    const memberOffsets = new Int32Array(groups.length + 1);
    const memberIds: string[] = [];
    const memberDocs: string[] = [];
    groups.forEach((g, i) => {
      tf.set(g.tf, terms.offsets[i]);
      scores.set(g.scores, near.offsets[i]);
      for (const m of g.members) {
        memberIds.push(m.id);
        memberDocs.push(m.documentId);
      }
      memberOffsets[i + 1] = memberIds.length;
    });
    return {
      options: this.options,
      n: this.n,
      termIds: Float64Array.from(this.termIds),
      keys: groups.map((g) => g.key).join('\u0000'),
      memberIds: memberIds.join('\u0000'),
      memberDocs: memberDocs.join('\u0000'),
      memberOffsets,
      termOffsets: terms.offsets,
      terms: terms.flat,
      tf,
      probeOffsets: probes.offsets,
      probes: probes.flat,
      nearOffsets: near.offsets,
      near: near.flat,
      scores,
    };
  }

  static fromState(state: SimilarityState): Similarity {
    const s = new Similarity(state.options);
    s.n = state.n;
    s.termIds = Array.from(state.termIds);
    s.termIds.forEach((id, i) => {
      s.termIndex.set(id, i);
    });
    s.df = new Array(s.termIds.length).fill(0);
    // Counted from the offsets: an empty key joins to nothing, so '' alone cannot tell one group from none.
    const groups = state.memberOffsets.length - 1;
    const memberCount = state.memberOffsets[groups] ?? 0;
    const split = (joined: string, count: number) => (count === 0 ? [] : joined.split('\u0000'));
    const [memberIds, memberDocs] = [split(state.memberIds, memberCount), split(state.memberDocs, memberCount)];
    split(state.keys, groups).forEach((key, i) => {
      const members: Member[] = [];
      for (let m = state.memberOffsets[i]; m < state.memberOffsets[i + 1]; m++) {
        members.push({ id: memberIds[m], documentId: memberDocs[m] });
        s.slotOfMeasure.set(memberIds[m], i);
      }
      const [t0, t1] = [state.termOffsets[i], state.termOffsets[i + 1]];
      const g: Group = {
        key,
        rank: rankOf(key),
        members,
        terms: state.terms.subarray(t0, t1),
        tf: state.tf.subarray(t0, t1),
        weights: null,
        probes: state.probes.subarray(state.probeOffsets[i], state.probeOffsets[i + 1]),
        near: state.near.subarray(state.nearOffsets[i], state.nearOffsets[i + 1]),
        scores: state.scores.subarray(state.nearOffsets[i], state.nearOffsets[i + 1]),
      };
      for (const t of g.terms) s.df[t] += members.length;
      for (const t of g.probes) s.postingsOf(t).push(i);
      s.groups.push(g);
      s.slotOfKey.set(key, i);
    });
    return s;
  }

  private newGroup(key: string): number {
    // Bigrams as numbers, sorted, then counted in runs: no map per group.
    const all: number[] = [];
    for (const run of key.split('|')) for (let i = 0; i + 1 < run.length; i++) all.push(termId(run, i));
    const sorted = Float64Array.from(all).sort();
    const ids: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i] === sorted[i - 1]) counts[counts.length - 1]++;
      else {
        ids.push(sorted[i]);
        counts.push(1);
      }
    }
    const terms = Int32Array.from(ids, (id) => {
      let t = this.termIndex.get(id);
      if (t === undefined) {
        t = this.termIds.push(id) - 1;
        this.termIndex.set(id, t);
        this.df.push(0);
      }
      return t;
    });
    const g: Group = {
      key,
      rank: rankOf(key),
      members: [],
      terms,
      tf: Uint8Array.from(counts, (n) => Math.min(255, n)),
      weights: null,
      probes: EMPTY_INT,
      near: EMPTY_INT,
      scores: EMPTY_FLOAT,
    };
    const slot = this.free.pop() ?? this.groups.length;
    this.groups[slot] = g;
    this.slotOfKey.set(key, slot);
    return slot;
  }

  /** 0: no weight; otherwise ⌊log₂ n⌋ − ⌊log₂ df⌋, the bigram's weight in units of ln 2. */
  private weightClass(df: number): number {
    if (df < 2) return 0;
    const span = log2Floor(Math.max(1, this.n)) - log2Floor(df);
    return span >= 3 ? span : 0;
  }

  /** The group's unit vector, in the bigrams' order (so its sums are taken in one order on every run). */
  private weightsOf(g: Group): Float64Array {
    if (g.weights) return g.weights;
    const weights = new Float64Array(g.terms.length);
    let norm = 0;
    for (let i = 0; i < g.terms.length; i++) {
      const w = (1 + Math.log(g.tf[i])) * Math.LN2 * this.weightClass(this.df[g.terms[i]]);
      weights[i] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] /= norm;
    g.weights = weights;
    return weights;
  }

  /** The group's unit vector and its probes (weighted bigrams, rarest first, ties by bigram). */
  private weigh(g: Group): void {
    g.weights = null;
    const weights = this.weightsOf(g);
    const weighted: number[] = [];
    for (let i = 0; i < g.terms.length; i++) if (weights[i] > 0) weighted.push(g.terms[i]);
    // Rarest first: the highest weight class, then the bigram's own order.
    weighted.sort((a, b) => this.weightClass(this.df[b]) - this.weightClass(this.df[a]) || this.termIds[a] - this.termIds[b]);
    g.probes = Int32Array.from(weighted.slice(0, this.options.probes));
  }

  /** Ties between groups: by the hash of their text, then the text (code-unit order). */
  private compareGroups(a: number, b: number): number {
    const [x, y] = [this.groups[a]!, this.groups[b]!];
    if (x.rank !== y.rank) return x.rank - y.rank;
    return x.key < y.key ? -1 : x.key > y.key ? 1 : 0;
  }

  private postingsOf(t: number): number[] {
    let list = this.postings.get(t);
    if (!list) this.postings.set(t, (list = []));
    return list;
  }

  private ensureScratch(): void {
    if (this.hits.length < this.groups.length) this.hits = new Int32Array(this.groups.length * 2);
    if (this.dense.length < this.termIds.length) this.dense = new Float64Array(this.termIds.length * 2);
  }

  /** A group's nearest other groups: candidates by shared probes, scored exactly. */
  private nearest(slot: number): [Int32Array, Float32Array] {
    const g = this.groups[slot]!;
    if (g.probes.length === 0) return [EMPTY_INT, EMPTY_FLOAT];
    const { hits, dense } = this;
    const touched: number[] = [];
    for (const t of g.probes) {
      for (const j of this.postings.get(t) ?? []) {
        if (j === slot) continue;
        if (hits[j]++ === 0) touched.push(j);
      }
    }
    let candidates = touched;
    const cap = this.options.candidates;
    if (touched.length > cap) {
      // The most shared probes first; among equals, the group's text decides.
      const byHits: number[][] = Array.from({ length: g.probes.length + 1 }, () => []);
      for (const j of touched) byHits[hits[j]].push(j);
      candidates = [];
      for (let h = byHits.length - 1; h > 0 && candidates.length < cap; h--) {
        const level = byHits[h];
        if (candidates.length + level.length > cap) level.sort((a, b) => this.compareGroups(a, b));
        candidates.push(...level.slice(0, cap - candidates.length));
      }
    }
    for (const j of touched) hits[j] = 0;

    const own = this.weightsOf(g);
    for (let i = 0; i < g.terms.length; i++) dense[g.terms[i]] = own[i];
    const scored: { slot: number; score: number }[] = [];
    for (const j of candidates) {
      const other = this.groups[j]!;
      const weights = this.weightsOf(other);
      let score = 0;
      for (let i = 0; i < other.terms.length; i++) score += weights[i] * dense[other.terms[i]];
      // Rounded to single precision at once, so a score read back from the cache is the score compared here.
      const kept = Math.fround(score);
      if (kept >= this.options.minScore) scored.push({ slot: j, score: kept });
    }
    for (let i = 0; i < g.terms.length; i++) dense[g.terms[i]] = 0;
    scored.sort((a, b) => b.score - a.score || this.compareGroups(a.slot, b.slot));
    const kept = scored.slice(0, this.options.top);
    return [Int32Array.from(kept, (s) => s.slot), Float32Array.from(kept, (s) => s.score)];
  }
}

/** FNV-1a over the key's code units, 52 bits: an order for ties that is the same on every machine and run. */
function rankOf(key: string): number {
  let high = 0x811c9dc5;
  let low = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    high = Math.imul(high ^ key.charCodeAt(i), 0x01000193) >>> 0;
    low = Math.imul(low ^ key.charCodeAt(i), 0x0100019d) >>> 0;
  }
  return (high & 0xfffff) * 2 ** 32 + low;
}

function removeFrom(list: number[] | undefined, value: number): void {
  if (!list) return;
  const at = list.indexOf(value);
  if (at >= 0) {
    list[at] = list[list.length - 1];
    list.pop();
  }
}

function sameInts(a: Int32Array, b: Int32Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameFloats(a: Float32Array, b: Float32Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A similarity engine over a list of measures, all at once. */
export function similarityIndex(measures: SimilarityInput[], options: SimilarityOptions = {}): Similarity {
  const engine = new Similarity(options);
  engine.update([], measures);
  return engine;
}
