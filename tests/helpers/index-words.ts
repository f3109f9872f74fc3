// Index words made readable in tests, and the positions Pagefind would return
// for a lookup: every position whose word starts with it (it matches words by
// prefix).
import { indexWords } from '../../src/search/index-words.ts';

/** `0iki0h8a` → `市场`; a character with nothing indexed after it shows `∅`. */
export function readable(word: string): string {
  return (word.match(/.{4}/g) ?? []).map((code) => (code === 'zzzz' ? '∅' : String.fromCodePoint(Number.parseInt(code, 36)))).join('');
}

/** Positions of each looked-up word in a record of this text. */
export function positionsOf(text: string, words: readonly string[]): Map<string, number[]> {
  const indexed = indexWords([...text]);
  return new Map(words.map((word) => [word, indexed.flatMap((w, at) => (w?.startsWith(word) ? [at] : []))]));
}
