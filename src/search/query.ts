// Query rewriting: what the user typed → the phrases a page must contain and
// the single characters to ask Pagefind for.
//
// The index holds every character as its own word (scripts/search/index-view.ts),
// so each character is looked up on its own: Pagefind's query segmenter
// (Intl.Segmenter) never sees a multi-character piece it could cut differently
// from the indexer, and a one-character term matches exactly that character.
// Whether the characters stand together is decided afterwards from their
// positions (verify.ts).

/**
 * Characters Pagefind should index and search although they are not letters or
 * digits: 80%, 0.5个工作日. Shared by the indexer and the query side.
 */
export const INCLUDE_CHARACTERS = '%％.';

/** Longer input is cut: each distinct character is one index lookup. */
export const MAX_QUERY_CHARS = 48;

/** One character of a phrase: the index word to look up, or null for a character the index keeps no word for (punctuation). */
export type Token = string | null;

export interface Phrase {
  /** As typed, trimmed of leading and trailing punctuation. */
  text: string;
  tokens: Token[];
}

export interface ParsedQuery {
  /** Normalized input: phrases joined by one space. */
  text: string;
  phrases: Phrase[];
  /** Distinct index words to look up. */
  terms: string[];
}

/** Pagefind indexes a character as a word when it is a letter or digit (Rust `is_alphanumeric`) or included. */
export function isIndexed(char: string): boolean {
  return /^[\p{L}\p{N}]$/u.test(char) || INCLUDE_CHARACTERS.includes(char);
}

/** Pagefind lowercases words when indexing and searching. */
function term(char: string): Token {
  return isIndexed(char) ? char.toLowerCase() : null;
}

/**
 * Splits the input at whitespace into phrases (all must occur; each as written),
 * and each phrase into characters. Punctuation inside a phrase stands for any
 * one character (the index has no word for it); at the ends it is dropped.
 */
export function parseQuery(input: string): ParsedQuery {
  const phrases: Phrase[] = [];
  let budget = MAX_QUERY_CHARS;
  for (const part of input.normalize('NFC').split(/[\s\u3000]+/u)) {
    let chars = [...part];
    while (chars.length && !isIndexed(chars[0])) chars.shift();
    while (chars.length && !isIndexed(chars[chars.length - 1])) chars.pop();
    chars = chars.slice(0, budget);
    while (chars.length && !isIndexed(chars[chars.length - 1])) chars.pop();
    if (chars.length === 0) continue;
    const text = chars.join('');
    if (phrases.some((p) => p.text === text)) continue;
    budget -= chars.length;
    phrases.push({ text, tokens: chars.map(term) });
    if (budget <= 0) break;
  }
  const terms = [...new Set(phrases.flatMap((p) => p.tokens.filter((t): t is string => t !== null)))];
  return { text: phrases.map((p) => p.text).join(' '), phrases, terms };
}
