// Where a piece of text sits in its source: every reader builds spans the
// same way, from the lines it read.
import type { Line, Span } from '../model.ts';

/** The span of one line. */
export function lineSpan(line: Pick<Line, 'n' | 'lastN' | 'page'>): Span {
  return { line: line.n, endLine: line.lastN ?? line.n, page: line.page, lastPage: line.page };
}

/** The span from the first to the last of some lines (at least one). */
export function linesSpan(lines: readonly Pick<Line, 'n' | 'lastN' | 'page'>[]): Span {
  const first = lines[0];
  const last = lines[lines.length - 1];
  return { line: first.n, endLine: last.lastN ?? last.n, page: first.page, lastPage: last.page };
}

/**
 * Pages at the end of a span with no text (嘉峪关 16号's annex, pages 1675–1678 of the compilation, printed as
 * images): the span keeps them, and the page says their content is not in the sources (a review).
 */
export function blankPagesAtEnd(lines: readonly Pick<Line, 'text' | 'page'>[], span: Pick<Span, 'lastPage'>): { first: number; last: number } | null {
  const lastText = lines.findLast((l) => l.text.trim())?.page;
  if (lastText == null || span.lastPage === null || span.lastPage <= lastText) return null;
  return { first: lastText + 1, last: span.lastPage };
}
