// A measure's text cut to a card's length. Where the card is shown for a term
// (a reform's name), the cut keeps the term in view and marks it: an excerpt
// that stops before the term it was listed for leaves the reader guessing.

export interface Excerpt {
  /** Text before the term (or the whole excerpt when there is no term in it). */
  before: string;
  /** The term as it stands in the text, when the excerpt holds it. */
  term: string;
  after: string;
  /** The excerpt starts, or ends, inside the text. */
  cutStart: boolean;
  cutEnd: boolean;
}

export function excerpt(text: string, length: number, term?: string): Excerpt {
  const flat = text.replace(/\n/g, '');
  const at = term ? flat.indexOf(term) : -1;
  if (at < 0 || !term) {
    const cutEnd = flat.length > length;
    return { before: cutEnd ? flat.slice(0, wordEnd(flat, length, Math.ceil(length / 2))) : flat, term: '', after: '', cutStart: false, cutEnd };
  }
  // The term stands about a third of the way in, so what leads up to it is read too.
  const start = at + term.length <= length ? 0 : wordStart(flat, Math.max(0, Math.min(at - Math.floor(length / 3), flat.length - length)), at);
  const end = wordEnd(flat, Math.min(flat.length, start + Math.max(length, term.length)), at + term.length);
  return { before: flat.slice(start, at), term, after: flat.slice(at + term.length, end), cutStart: start > 0, cutEnd: end < flat.length };
}

const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
/** How far around a cut its words are read: a word is a few characters, and a text may be megabytes. */
const WORD_REACH = 8;

/**
 * The first word boundary at or after `at` (ICU's dictionary), and not past `limit`: an excerpt that
 * opens mid-word (…范全市 for 规范全市; a site review) reads as a typo.
 */
function wordStart(text: string, at: number, limit: number): number {
  const from = Math.max(0, at - WORD_REACH);
  for (const { index } of words.segment(text.slice(from, at + WORD_REACH))) if (from + index >= at) return Math.min(from + index, limit);
  return at;
}

/** The last word boundary at or before `at`, and not before `floor`: nor does an excerpt end mid-word. */
function wordEnd(text: string, at: number, floor: number): number {
  if (at >= text.length) return at;
  const from = Math.max(0, at - WORD_REACH);
  let end = at;
  for (const { index } of words.segment(text.slice(from, at + WORD_REACH))) if (from + index <= at) end = from + index;
  return Math.max(end, floor);
}
