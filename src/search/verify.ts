// Result verification: which records hold a phrase as an exact run of
// characters, decided from Pagefind's word positions. In the character index a
// position is a character offset within the record, so a phrase starts at s
// when its k-th character is at s + k for every k. Punctuation takes a position
// but has no word; a null token accepts any position.
import type { Phrase, Token } from './query.ts';

/** Positions of each looked-up word in one record, ascending. */
export type RecordPositions = ReadonlyMap<string, readonly number[]>;

/** Offsets where the phrase starts in a record, ascending. */
export function phraseStarts(tokens: readonly Token[], positions: RecordPositions): number[] {
  let pivot = -1;
  let pivotCount = Infinity;
  tokens.forEach((token, k) => {
    if (token === null) return;
    const count = positions.get(token)?.length ?? 0;
    if (count < pivotCount) {
      pivot = k;
      pivotCount = count;
    }
  });
  if (pivot < 0 || pivotCount === 0) return [];
  const sets = new Map<string, Set<number>>();
  const setOf = (token: string) => {
    let set = sets.get(token);
    if (!set) sets.set(token, (set = new Set(positions.get(token))));
    return set;
  };
  const starts: number[] = [];
  for (const at of positions.get(tokens[pivot]!)!) {
    const start = at - pivot;
    if (start < 0) continue;
    if (tokens.every((token, k) => token === null || setOf(token).has(start + k))) starts.push(start);
  }
  return starts;
}

export interface Hit {
  phrase: number;
  start: number;
  length: number;
}

export interface RecordHits {
  record: string;
  hits: Hit[];
}

export interface DocumentHits {
  document: number;
  /** Records holding at least one hit, most hits first. */
  records: RecordHits[];
  /** Hits per phrase, over all records. */
  perPhrase: number[];
  occurrences: number;
}

/**
 * Groups verified hits by document. A document is a result when every phrase
 * occurs in it (each may be in a different record).
 */
export function documentHits(
  phrases: readonly Phrase[],
  records: ReadonlyMap<string, RecordPositions>,
  documentOf: (record: string) => number | undefined,
): DocumentHits[] {
  const byDocument = new Map<number, DocumentHits>();
  for (const [record, positions] of records) {
    const document = documentOf(record);
    if (document === undefined) continue;
    const hits: Hit[] = [];
    phrases.forEach((phrase, index) => {
      for (const start of phraseStarts(phrase.tokens, positions)) hits.push({ phrase: index, start, length: phrase.tokens.length });
    });
    if (hits.length === 0) continue;
    hits.sort((a, b) => a.start - b.start || b.length - a.length);
    let entry = byDocument.get(document);
    if (!entry) byDocument.set(document, (entry = { document, records: [], perPhrase: phrases.map(() => 0), occurrences: 0 }));
    entry.records.push({ record, hits });
    for (const hit of hits) entry.perPhrase[hit.phrase] += 1;
    entry.occurrences += hits.length;
  }
  const complete = [...byDocument.values()].filter((entry) => entry.perPhrase.every((n) => n > 0));
  for (const entry of complete) entry.records.sort((a, b) => b.hits.length - a.hits.length || a.record.localeCompare(b.record));
  return complete;
}
