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
