// A table printed in the compilation PDF arrives one cell-line per text line:
//   序 / 号 / 改革事项 / 具体措施 / 来源 / 一、part / 1 / 提高市场主 / 体质量 /
//   推动“个转企”… / 安徽省
// Rows start with their number alone on a line. Within a row the narrow
// 改革事项 column comes first (lines a few characters wide), then the wide
// 具体措施 column, then the 来源 place. A row broken by a page can continue
// its 具体措施 after the place, so the place is found by name, not position.
import type { Line, Omission, TableNode, TableRowNode } from '../../model.ts';
import { parseMarker, type TextBlock } from '../../text/markers.ts';
import { joinWrapped, tidySpaces, visualWidth } from '../../text/spacing.ts';
import { lineSpan, linesSpan } from '../../text/span.ts';

/** The narrow column is at most this wide per printed line. */
const NARROW = 6;
/** The column naming where a 复制推广 list's practice comes from. */
export const PRACTICE_FROM = /^(来源|经验来源|做法来源|来源地区?)$/;
/** A place cell: 安徽省, 青岛市, 宁夏回族自治区 (possibly wrapped before 区). */
const PLACE = /^[\u4e00-\u9fa5]{2,10}(省|市|自治区|自治|区)$/;

export interface PdfTable {
  /** Blocks in order: part headings as text blocks, row groups as table nodes. */
  blocks: TextBlock[];
  /** Place cells a page break printed inside the measure text. */
  omitted: Omission[];
  /** Index of the first line after the table. */
  end: number;
}

/** Does a table header (序 / 号 or 序号) start at `index`? */
export function tableStartsAt(lines: Line[], index: number): boolean {
  const text = lines[index].text.trim();
  return text === '序号' || (text === '序' && lines[index + 1]?.text.trim() === '号');
}

export function readPdfTable(lines: Line[], start: number): PdfTable {
  let i = start + (lines[start].text.trim() === '序' ? 2 : 1);
  const head = ['序号'];
  while (i < lines.length && !isRowNumber(lines[i].text, 1) && !parseMarker(lines[i].text.trim())) {
    head.push(lines[i].text.trim());
    i++;
  }
  const blocks: TextBlock[] = [];
  // The header is printed again at the head of every table the rows are grouped into.
  const omitted: Omission[] = lines.slice(start, i).map((l) => ({ line: l.n, text: l.text, reason: 'column-heading' }));
  let table: TableNode | null = null;
  let expected = 1;
  while (i < lines.length) {
    const text = lines[i].text.trim();
    if (/^附件\s*\d*/.test(text)) break;
    const marker = parseMarker(text);
    if (marker && marker.kind === 'cn-dun') {
      blocks.push({ text: tidySpaces(text), span: lineSpan(lines[i]) });
      table = null;
      i++;
      continue;
    }
    if (!isRowNumber(text, expected)) break;
    let j = i + 1;
    while (
      j < lines.length &&
      !isRowNumber(lines[j].text, expected + 1) &&
      !/^附件/.test(lines[j].text.trim()) &&
      parseMarker(lines[j].text.trim())?.kind !== 'cn-dun'
    )
      j++;
    const row = readRow(lines.slice(i, j), head, omitted);
    if (!table) {
      table = { type: 'table', head, rows: [], span: row.span };
      blocks.push({ text: '', span: row.span, node: table });
    }
    table.rows.push(row);
    table.span = { ...table.span, endLine: row.span.endLine, lastPage: row.span.lastPage };
    expected++;
    i = j;
  }
  return { blocks, omitted, end: i };
}

function isRowNumber(text: string, n: number): boolean {
  return text.trim() === String(n);
}

function readRow(rowLines: Line[], head: string[], omitted: Omission[]): TableRowNode {
  const [numberLine, ...cells] = rowLines;
  const body = cells.filter((l) => l.text.trim() !== '');
  let k = 0;
  const narrow: Line[] = [];
  while (k < body.length && visualWidth(body[k].text.trim()) <= NARROW) narrow.push(body[k++]);
  const wide: Line[] = [];
  const place: Line[] = [];
  for (; k < body.length; k++) {
    const text = body[k].text.trim();
    // The place comes after the measure text has begun: 深入推进省 opening a row is a title.
    if (head.length >= 4 && wide.length > 0 && (PLACE.test(text) || (place.length > 0 && text === '区'))) place.push(body[k]);
    else {
      // Text after the place: the page broke the row and printed the rest below.
      for (const p of place) if (!omitted.some((o) => o.line === p.n)) omitted.push({ line: p.n, text: p.text, reason: 'moved-cell' });
      wide.push(body[k]);
    }
  }
  const cellsText = [numberLine.text.trim(), tidySpaces(joinWrapped(narrow.map((l) => l.text))), tidySpaces(joinWrapped(wide.map((l) => l.text)))];
  if (head.length >= 4) cellsText.push(tidySpaces(joinWrapped(place.map((l) => l.text))));
  return {
    cells: cellsText,
    span: linesSpan(rowLines),
    isMeasure: true,
    label: numberLine.text.trim(),
    textColumn: 2,
    fields: head.length >= 4 && PRACTICE_FROM.test(head[3]!) && cellsText[3] ? { practiceFrom: cellsText[3] } : {},
  };
}
