// Result verification: which records hold a phrase as an exact run of
// characters, decided from Pagefind's word positions. A word's position is the
// character offset of its first character within the record, so a phrase
// starts at s when each of its lookups (query.ts) is at s + its offset.
// Punctuation takes a position but no lookup covers it: any character passes.
import type { Lookup, Phrase } from './query.ts';

/** Positions of each looked-up word in one record, ascending. */
export type RecordPositions = ReadonlyMap<string, readonly number[]>;

/** Offsets where the phrase starts in a record, ascending. */
export function phraseStarts(lookups: readonly Lookup[], positions: RecordPositions): number[] {
  // Start from the rarest word and check the others in sets.
  let pivot: Lookup | undefined;
  let pivotCount = Infinity;
  for (const lookup of lookups) {
    const count = positions.get(lookup.word)?.length ?? 0;
    if (count < pivotCount) {
      pivot = lookup;
      pivotCount = count;
    }
  }
  if (!pivot || pivotCount === 0) return [];
  const sets = new Map<string, Set<number>>();
  const setOf = (word: string) => {
    let set = sets.get(word);
    if (!set) sets.set(word, (set = new Set(positions.get(word))));
    return set;
  };
  const starts: number[] = [];
  for (const at of positions.get(pivot.word)!) {
    const start = at - pivot.offset;
    if (start < 0) continue;
    if (lookups.every((lookup) => setOf(lookup.word).has(start + lookup.offset))) starts.push(start);
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
      for (const start of phraseStarts(phrase.lookups, positions)) hits.push({ phrase: index, start, length: phrase.length });
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
