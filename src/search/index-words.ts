// The words the search index holds, shared by the indexer
// (scripts/build-site/search/index-view.ts) and the browser (query.ts).
//
// At every position of a record's text the index holds one word: the
// character there and the one after it (市场 场主 主体 …), so a word's position
// is still its character offset. A query looks up half as many words as it
// has characters, and a pair is far rarer than either of its characters, so a
// query fetches far fewer positions than one word per character did (README,
// “Search”).
//
// Why codes, not the characters: Pagefind cuts Chinese text it indexes into
// ICU4X words, and the browser cuts a query with Intl.Segmenter (for a page
// in Chinese, whatever the index's language), so 场主 could be cut into 场 and
// 主 on either side. A word of ASCII letters and digits is never cut. Each
// character becomes its code point in base 36, four digits wide: fixed width
// keeps Pagefind's prefix match meaning "pairs that start with this
// character", and base 36 digits sort as the code points do.

/**
 * Characters indexed although they are not letters or digits: 80%, 0.5个工作日.
 * Every other character that is neither takes a position but has no word.
 */
const INCLUDE_CHARACTERS = '%％.';

/** Letters and digits (what Pagefind itself indexes: Rust's `is_alphanumeric`), and the included characters. */
export function isIndexed(char: string): boolean {
  return /^[\p{L}\p{N}]$/u.test(char) || INCLUDE_CHARACTERS.includes(char);
}

const CODE_WIDTH = 4;

/** A lookup of one character: Pagefind matches it as the prefix of every pair that character starts. */
export function isCharacterCode(word: string): boolean {
  return word.length === CODE_WIDTH;
}

/** The second half of the word of a character followed by no indexed character. 36⁴ − 1 is past U+10FFFF, so no character has this code. */
const NO_NEXT = 'zzzz';

// The indexer codes millions of characters of a few thousand kinds.
const codes = new Map<string, string>();

/** A character as four base-36 digits, lowercased first (letters match in either case). */
export function characterCode(char: string): string {
  let code = codes.get(char);
  if (code === undefined) {
    const lower = char.toLowerCase();
    // A few letters lowercase to two characters (İ): they keep their own code.
    const one = [...lower].length === 1 ? lower : char;
    codes.set(char, (code = one.codePointAt(0)!.toString(36).padStart(CODE_WIDTH, '0')));
  }
  return code;
}

/** The index word of a character and the indexed character after it, or none. */
export function pairWord(char: string, next: string | null): string {
  return characterCode(char) + (next === null ? NO_NEXT : characterCode(next));
}

/**
 * The first words of the index chunks that begin inside one character's run of
 * pairs. Pagefind loads one chunk per word looked up, the one whose range holds
 * it, and matches a prefix only against the words of chunks loaded: a frequent
 * character's pairs fill several chunks, and a lookup of that character alone
 * must load them all first (src/search/engine.ts). Chunk bounds are as
 * Pagefind's metadata lists them, cut to the shortest prefixes that tell two
 * neighbours apart, so a chunk continues the run of the chunk before when
 * both bounds share a character's code.
 */
export function chunkStartsInRuns(chunks: readonly { from: string; to: string }[]): string[] {
  return chunks
    .filter((chunk, i) => i > 0 && /^[0-9a-z]{4}/.test(chunk.from) && chunks[i - 1].to.slice(0, CODE_WIDTH) === chunk.from.slice(0, CODE_WIDTH))
    .map((chunk) => chunk.from);
}

/**
 * The index word at each position of a record's text (one character a
 * position): its pair, or null where the character is not indexed.
 */
export function indexWords(chars: readonly string[]): (string | null)[] {
  const indexed = chars.map(isIndexed);
  return chars.map((char, i) => (indexed[i] ? pairWord(char, indexed[i + 1] ? chars[i + 1] : null) : null));
}
