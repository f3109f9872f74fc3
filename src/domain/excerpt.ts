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
    return { before: cutEnd ? flat.slice(0, length) : flat, term: '', after: '', cutStart: false, cutEnd };
  }
  // The term stands about a third of the way in, so what leads up to it is read too.
  const start = at + term.length <= length ? 0 : Math.max(0, Math.min(at - Math.floor(length / 3), flat.length - length));
  const end = Math.min(flat.length, start + Math.max(length, term.length));
  return { before: flat.slice(start, at), term, after: flat.slice(at + term.length, end), cutStart: start > 0, cutEnd: end < flat.length };
}
