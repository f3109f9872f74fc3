// Tables in a PDF's text, from positions alone (see tables() below): rows
// of tab-separated cells, as the task-table layout reads them.
import type { ExtractedLine } from './extraction.ts';
import { lineText, WORD_CHAR, type VisualLine } from './pdf-geometry.ts';

/** Column starts: piece starts that line up, clustered within `tolerance`. */
function columnStarts(lines: VisualLine[], tolerance: number): number[] {
  const starts = lines.flatMap((l) => l.segments.map((s) => s.x0)).sort((a, b) => a - b);
  const columns: number[] = [];
  for (const x of starts) if (!columns.length || x - columns[columns.length - 1] > tolerance) columns.push(x);
  return columns;
}

/** The column a piece starting at x falls in: the last column starting at or before it. */
function columnOf(columns: number[], x: number, tolerance: number): number {
  let found = 0;
  columns.forEach((c, i) => {
    if (c <= x + tolerance) found = i;
  });
  return found;
}

const rowKey = (lines: VisualLine[]) =>
  lines
    .map((l) => lineText(l, ''))
    .join('')
    .replace(/\s/g, '');

/**
 * Tables: a line of three or more pieces opens one; it goes on through lines
 * of two or more pieces and through single pieces narrower than half the
 * table (a wrapped cell, a part heading in one merged row), across a page
 * break too, and ends at a line of prose. Its lines are grouped into rows by
 * the gaps between them (cell padding and borders make the gap between two
 * rows wider than between two lines of one cell). Column starts come from
 * the rows below the header: header cells are often centred, body cells start
 * at their column's left edge; every piece then belongs to the last column
 * starting at or before it. Returns the rows as tab-separated lines, keyed
 * by the first visual line of each row, and the set of lines they consumed.
 */
export function tables(body: VisualLine[]): { rows: Map<VisualLine, ExtractedLine>; consumed: Set<VisualLine> } {
  const rows = new Map<VisualLine, ExtractedLine>();
  const consumed = new Set<VisualLine>();
  for (let i = 0; i < body.length; i++) {
    const head = body[i];
    if (head.segments.length < 3) continue;
    const size = head.size;
    const tolerance = 0.8 * size;
    const [left, right] = [head.x0, head.x1];
    let end = i + 1;
    while (end < body.length) {
      const [prev, line] = [body[end - 1], body[end]];
      if (line.page === prev.page && prev.y - line.y > 4 * size) break;
      if (line.page !== prev.page && line.segments.length < 3) break;
      if (line.x0 < left - tolerance || line.x1 > right + 2 * size) break;
      if (line.segments.length < 2 && line.x1 - line.x0 > (right - left) / 2) break;
      end += 1;
    }
    const region = body.slice(i, end);
    if (region.length < 2) continue;
    // Rows. A cell's lines are one line pitch apart (the commonest gap); a
    // wider gap, or a piece in a column whose text in this row ended more
    // than a pitch above, starts a new row. (A cell merged down a block of
    // rows keeps flowing line by line: its lines stay with the row it began in.)
    const pitch = commonGap(region, size);
    const provisional = columnStarts(
      region.filter((l) => l.segments.length >= 2),
      tolerance,
    );
    const grouped: VisualLine[][] = [];
    let lastY = new Map<number, number>();
    region.forEach((line, k) => {
      const prev = region[k - 1];
      const gap = prev && prev.page === line.page ? prev.y - line.y : Infinity;
      const reopens = line.segments.some((s) => {
        const y = lastY.get(columnOf(provisional, s.x0, tolerance));
        return y !== undefined && (y - line.y > pitch * 1.35 || y < line.y);
      });
      if (!grouped.length || gap > pitch * 1.35 || reopens) {
        grouped.push([]);
        lastY = new Map();
      }
      grouped[grouped.length - 1].push(line);
      for (const s of line.segments) lastY.set(columnOf(provisional, s.x0, tolerance), line.y);
    });
    // The header row, and its repeats after page breaks, do not set the columns.
    const header = rowKey(grouped[0]);
    const bodyRows = grouped.filter((r) => rowKey(r) !== header);
    const columns = columnStarts((bodyRows.length ? bodyRows : grouped).flat(), tolerance);
    for (const row of grouped) {
      const cells = columns.map(() => '');
      const spaceAfter = columns.map(() => false);
      for (const line of row) {
        for (const s of line.segments) {
          const c = columnOf(columns, s.x0, tolerance);
          cells[c] += (cells[c] && (spaceAfter[c] || (WORD_CHAR.test(cells[c]) && /^[A-Za-z0-9]/.test(s.text))) ? ' ' : '') + s.text;
          spaceAfter[c] = s.spaceAfter ?? false;
        }
        consumed.add(line);
      }
      rows.set(row[0], { text: cells.join('\t'), page: row[0].page });
    }
    i = end - 1;
  }
  return { rows, consumed };
}

/** The most frequent gap between consecutive lines of a page (to half a point): the line pitch. */
function commonGap(lines: VisualLine[], size: number): number {
  const counts = new Map<number, number>();
  lines.slice(1).forEach((l, k) => {
    const gap = lines[k].page === l.page ? Math.round((lines[k].y - l.y) * 2) / 2 : 0;
    if (gap >= 0.8 * size) counts.set(gap, (counts.get(gap) ?? 0) + 1);
  });
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 1.2 * size;
}
