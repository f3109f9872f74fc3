// Query rewriting: what the user typed → the phrases a page must contain and
// the index words to ask Pagefind for.
//
// The index holds, at every character, the pair of it and the next character
// (index-words.ts). A run of characters is looked up as pairs that cover it
// without overlap (市场 主体 for 市场主体), the last one overlapping when the
// run is odd (双随 随机 for 双随机); a run of one character as the prefix of
// the pairs it starts. Whether the pairs stand together is decided afterwards
// from their positions (verify.ts).
import { characterCode, isIndexed, pairWord } from './index-words.ts';

/** Longer input is cut. */
export const MAX_QUERY_CHARS = 48;

/** An index word a phrase needs, at its offset from the phrase's start. */
export interface Lookup {
  /** A pair's word, or a character's code alone: then any pair it starts (Pagefind matches words by prefix). */
  word: string;
  offset: number;
}

export interface Phrase {
  /** As typed, trimmed of leading and trailing punctuation. */
  text: string;
  /** Characters (positions) it spans. */
  length: number;
  /** Together they cover every indexed character; punctuation inside the phrase stands for any one character. */
  lookups: Lookup[];
}

export interface ParsedQuery {
  /** Normalized input: phrases joined by one space. */
  text: string;
  phrases: Phrase[];
  /** Distinct index words to look up. */
  terms: string[];
}

/** The lookups that cover a phrase's runs of indexed characters. */
export function phraseLookups(chars: readonly string[]): Lookup[] {
  const lookups: Lookup[] = [];
  let run = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && isIndexed(chars[i])) {
      run += 1;
      continue;
    }
    const start = i - run;
    if (run === 1) lookups.push({ word: characterCode(chars[start]), offset: start });
    for (let at = start; at + 1 < i; at += 2) lookups.push({ word: pairWord(chars[at], chars[at + 1]), offset: at });
    // An odd run's last character: the pair ending with it, overlapping the one before.
    if (run > 1 && run % 2 === 1) lookups.push({ word: pairWord(chars[i - 2], chars[i - 1]), offset: i - 2 });
    run = 0;
  }
  return lookups;
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
    phrases.push({ text, length: chars.length, lookups: phraseLookups(chars) });
    if (budget <= 0) break;
  }
  const terms = [...new Set(phrases.flatMap((p) => p.lookups.map((l) => l.word)))];
  return { text: phrases.map((p) => p.text).join(' '), phrases, terms };
}

/**
 * A query as the page quotes it: in “” unless it holds quotation marks itself;
 * then in 「」, with a mark the parser trimmed from its ends put back, so
 * “办不成事”反映窗口 does not read 办不成事”反映窗口” (a site review).
 */
export function quotedQuery(text: string): string {
  if (!/[“”]/.test(text)) return `“${text}”`;
  const open = text.indexOf('“');
  const close = text.indexOf('”');
  const opened = close >= 0 && (open < 0 || open > close) ? `“${text}` : text;
  const closed = opened.lastIndexOf('“') > opened.lastIndexOf('”') ? `${opened}”` : opened;
  return `「${closed}」`;
}
