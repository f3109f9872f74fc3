// Ranking. Every result holds the query exactly (verify.ts), so the order says
// how central it is: the query in the title first (a document about 带押过户
// before one that mentions it), then more occurrences, then newer documents.

export interface Rankable {
  title: string;
  date: string;
  /** Phrases of the query found in the title. */
  titleHits: number;
  occurrences: number;
}

/** Newest first, undated last, then by title. Also the order of browsing without a query. */
export function byDateThenTitle(a: Pick<Rankable, 'date' | 'title'>, b: Pick<Rankable, 'date' | 'title'>): number {
  return (b.date || '').localeCompare(a.date || '') || a.title.localeCompare(b.title, 'zh-CN');
}

export function byRelevance(a: Rankable, b: Rankable): number {
  return b.titleHits - a.titleHits || b.occurrences - a.occurrences || byDateThenTitle(a, b);
}

/** How many of the phrases the title holds, compared as the index does (lowercase). */
export function titleHits(title: string, phrases: readonly { text: string }[]): number {
  const lower = title.toLowerCase();
  return phrases.filter((p) => lower.includes(p.text.toLowerCase())).length;
}
