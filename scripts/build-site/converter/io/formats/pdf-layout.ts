// A PDF's text items (string, position, size, as pdf.js's getTextContent
// gives them) → the document's lines, by geometry alone: items on one
// baseline make a visual line; a wide gap inside a line separates columns;
// lines repeated at the top or bottom of the pages, and page numbers such as
// — 1 —, are running text, left out and recorded; runs of lines whose pieces
// start at the same column positions are a table, read row by row into
// tab-separated lines (pdf-tables.ts); the other lines are wrapped
// paragraphs, joined again where a line runs to the right margin and the next
// starts at the left one.
import { parseMarker } from '../../text/markers.ts';
import type { ExtractedLine, ExtractionOmission } from './extraction.ts';
import { lineText, WORD_CHAR, type Segment, type VisualLine } from './pdf-geometry.ts';
import { tables } from './pdf-tables.ts';
import { ideographsForRadicals } from './radicals.ts';

export interface PdfItem {
  text: string;
  /** Left end and baseline, in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size. */
  size: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
}

/** Items this close to a line's baseline (share of the font size) sit on it. */
const SAME_BASELINE = 0.4;
/** A gap this wide (in font sizes) inside a line separates two columns. */
const COLUMN_GAP = 0.7;
/** Running text sits in this top or bottom share of the page. */
const MARGIN_BAND = 0.1;
/** — 1 —, - 1 -, 第 1 页, 第1页 共3页, 1/12, a bare 1. */
const PAGE_NUMBER = /^[—–\-－~·\s]*(第\s*\d+\s*页(\s*[，,]?\s*共\s*\d+\s*页)?|\d+\s*(\/\s*\d+)?|[-—–]\s*\d+\s*[-—–])[—–\-－~·\s]*$/;

export function layoutPdf(pages: PdfPage[]): { lines: ExtractedLine[]; omitted: ExtractionOmission[] } {
  const visual = pages.map(visualLines);
  const running = runningLines(pages, visual);
  const omitted: ExtractionOmission[] = [];
  const body: VisualLine[] = [];
  visual.forEach((lines) => {
    for (const line of lines) {
      const reason = running.get(line);
      if (reason) omitted.push({ before: 0, page: line.page, text: lineText(line, ' '), reason });
      else body.push(line);
    }
  });
  const lines = paragraphs(body, pages);
  // Place each omission before the first line that follows it in reading order.
  for (const o of omitted) {
    const next = lines.findIndex((l) => (l.page ?? 0) > o.page! || (l.page === o.page && o.reason === 'running-header'));
    o.before = next < 0 ? lines.length + 1 : next + 1;
  }
  return { lines, omitted };
}

function visualLines(page: PdfPage): VisualLine[] {
  const items = page.items
    .map((item) => ({ ...item, text: ideographsForRadicals(item.text) }))
    .filter((item) => item.text !== '')
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: VisualLine[] = [];
  let current: PdfItem[] = [];
  const flush = () => {
    const line = current.length ? toLine(page.number, current) : null;
    if (line) lines.push(line);
    current = [];
  };
  for (const item of items) {
    if (current.length && Math.abs(current[0].y - item.y) > SAME_BASELINE * Math.max(item.size, current[0].size)) flush();
    current.push(item);
  }
  flush();
  return lines;
}

function toLine(page: number, items: PdfItem[]): VisualLine | null {
  items.sort((a, b) => a.x - b.x);
  const size = Math.max(...items.map((i) => i.size));
  const segments: Segment[] = [];
  for (const item of items) {
    const last = segments[segments.length - 1];
    if (item.text.trim() === '') {
      if (last) last.spaceAfter = true;
      continue;
    }
    if (last) last.spaceAfter = false;
    const gap = last ? item.x - last.x1 : Infinity;
    if (last && gap < COLUMN_GAP * size) {
      // Latin words keep the space the gap stands for; Chinese has none.
      const space = gap > 0.15 * size && WORD_CHAR.test(last.text) && /^[A-Za-z0-9]/.test(item.text) ? ' ' : '';
      last.text += space + item.text;
      last.x1 = Math.max(last.x1, item.x + item.width);
    } else {
      segments.push({ x0: item.x, x1: item.x + item.width, text: item.text });
    }
  }
  for (const s of segments) {
    if (/\s$/.test(s.text)) s.spaceAfter = true;
    s.text = s.text.replace(/\s+/g, ' ').trim();
  }
  if (segments.length === 0) return null;
  return { page, y: items[0].y, size, x0: segments[0].x0, x1: segments[segments.length - 1].x1, segments };
}

/** Header and footer lines: page numbers, and the same text at the same edge of most pages. */
function runningLines(pages: PdfPage[], visual: VisualLine[][]): Map<VisualLine, ExtractionOmission['reason']> {
  const found = new Map<VisualLine, ExtractionOmission['reason']>();
  const key = (line: VisualLine) => lineText(line, '').replace(/\d+/g, '#').replace(/\s/g, '');
  // A running line stands apart in the margin: one or two pieces (not a table
  // header repeated on each page), with more than a line's gap to the text.
  const apart = (line: VisualLine, neighbour: VisualLine | undefined) =>
    line.segments.length <= 2 && (!neighbour || Math.abs(line.y - neighbour.y) > 1.5 * line.size);
  const edges = visual.map((lines, p) => {
    const height = pages[p].height;
    const top = lines.filter((l, i) => i < 2 && l.y > height * (1 - MARGIN_BAND) && apart(l, lines[i + 1]));
    const bottom = lines.filter((l, i) => i >= lines.length - 2 && l.y < height * MARGIN_BAND && apart(l, lines[i - 1]));
    return { top, bottom };
  });
  for (const edge of ['top', 'bottom'] as const) {
    const counts = new Map<string, number>();
    for (const e of edges) for (const k of new Set(e[edge].map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
    const repeated = (line: VisualLine) => pages.length >= 2 && (counts.get(key(line)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
    for (const e of edges) {
      for (const line of e[edge]) {
        if (PAGE_NUMBER.test(lineText(line, ' '))) found.set(line, 'page-number');
        else if (repeated(line)) found.set(line, edge === 'top' ? 'running-header' : 'running-footer');
      }
    }
  }
  return found;
}

/** Wrapped lines joined into paragraphs; table rows kept as rows. */
function paragraphs(body: VisualLine[], pages: PdfPage[]): ExtractedLine[] {
  const { rows, consumed } = tables(body);
  const prose = body.filter((l) => !consumed.has(l));
  const sizes = prose.map((l) => l.size).sort((a, b) => a - b);
  const bodySize = sizes[Math.floor(sizes.length / 2)] ?? 12;
  const left = quantile(
    prose.map((l) => l.x0),
    0.1,
  );
  const right = quantile(
    prose.map((l) => l.x1),
    0.9,
  );
  const out: ExtractedLine[] = [];
  let open: { line: VisualLine; text: string; page: number } | null = null;
  const close = () => {
    if (open) out.push({ text: open.text, page: open.page });
    open = null;
  };
  for (const line of body) {
    const row = rows.get(line);
    if (row) {
      close();
      out.push(row);
      continue;
    }
    if (consumed.has(line)) continue;
    const text = lineText(line, ' ');
    if (open && continues(open.line, line, { left, right, bodySize, pageWidth: pages.find((p) => p.number === line.page)?.width ?? 0 })) {
      const spaced = open.line.segments[open.line.segments.length - 1].spaceAfter || (WORD_CHAR.test(open.text) && /^[A-Za-z0-9]/.test(text));
      open.text += (spaced ? ' ' : '') + text;
      open.line = line;
      continue;
    }
    close();
    open = { line, text, page: line.page };
  }
  close();
  return out;
}

/** Whether `next` carries on the paragraph that `prev` wraps out of. */
function continues(prev: VisualLine, next: VisualLine, m: { left: number; right: number; bodySize: number; pageWidth: number }): boolean {
  if (Math.abs(prev.size - next.size) > 0.1 * prev.size) return false;
  const samePage = prev.page === next.page;
  if (samePage && (prev.y - next.y > 2 * prev.size || prev.y <= next.y)) return false;
  if (!samePage && next.page !== prev.page + 1) return false;
  // Lines end ragged: a break before an opening quote or a closing mark leaves up to two characters empty.
  const full = prev.x1 >= m.right - 3 * prev.size;
  if (!full) return false;
  // A line opening with an item number (一、 （二） 3.) starts an item, even flush left after a full line.
  const marker = parseMarker(next.segments[0].text);
  if (marker && !marker.ambiguous) return false;
  if (next.x0 <= m.left + 0.5 * next.size) return true;
  // A title in large type wraps onto a centred line.
  const centred = Math.abs((next.x0 + next.x1) / 2 - m.pageWidth / 2) < next.size;
  return prev.size >= 1.15 * m.bodySize && centred;
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
