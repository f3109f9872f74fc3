// An Excel workbook (.xlsx) → the document's lines, through exceljs. Each
// sheet becomes a task table as the task-table layout reads it: one line per
// row, cells separated by tabs, each line carrying the `sheet!A1` address of
// every cell. A merged range gives its value to every row it covers, in its
// first column (the 改革任务 cell merged down a block of tasks belongs to
// each of them); its other columns stay empty (a title merged across a row
// is one title). The value comes from the merge range itself, never from
// guessing that a blank cell repeats the one above.
import ExcelJS from 'exceljs';
import { fatal, type Diagnostic } from '../../diagnostics.ts';
import type { ExtractedLine, ExtractionOmission, ReaderResult } from './extraction.ts';
import { checkZip } from './zip.ts';

/** Rows × columns read per sheet: a sheet that claims more is cut and said so. */
const MAX_CELLS = 2_000_000;

export async function readWorkbook(file: string, bytes: Uint8Array): Promise<ReaderResult> {
  const problem = await checkZip(bytes);
  if (problem) return { extraction: null, diagnostics: [fatal(file, null, 'xlsx/unreadable', `Excel workbook ${problem}`)] };
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    return {
      extraction: null,
      diagnostics: [fatal(file, null, 'xlsx/unreadable', `not a readable Excel workbook (${(error as Error).message}): the file is truncated or corrupt`)],
    };
  }
  const diagnostics: Diagnostic[] = [];
  const lines: ExtractedLine[] = [];
  const omitted: ExtractionOmission[] = [];
  let sheets = 0;
  for (const sheet of book.worksheets) {
    if (sheet.state !== 'visible' || sheet.actualRowCount === 0) {
      omitted.push({ before: lines.length + 1, text: sheet.name, reason: 'empty-sheet' });
      continue;
    }
    sheets += 1;
    const columns = Math.min(sheet.columnCount, 200);
    const rows = Math.min(sheet.rowCount, Math.floor(MAX_CELLS / Math.max(1, columns)));
    if (lines.length) lines.push({ text: '' });
    for (let r = 1; r <= rows; r++) {
      const row = sheet.getRow(r);
      const texts: string[] = [];
      const cells: string[] = [];
      for (let c = 1; c <= columns; c++) {
        const cell = row.getCell(c);
        // Only the first column of a merge carries its value down (see above).
        const master = cell.isMerged ? cell.master : cell;
        texts.push(master.col === cell.col ? cellText(master.value) : '');
        cells.push(`${sheet.name}!${cell.address}`);
      }
      if (texts.every((t) => t === '')) continue;
      lines.push({ text: texts.join('\t'), cells });
    }
  }
  if (sheets === 0)
    return { extraction: null, diagnostics: [...diagnostics, fatal(file, null, 'xlsx/no-text', 'Excel workbook has no sheet with cells to convert')] };
  return { extraction: { format: 'xlsx', lines, omitted, parts: sheets }, diagnostics };
}

/** A cell's value as the sheet shows it, on one line. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`;
  if (typeof value === 'object') {
    if ('richText' in value) return oneLine(value.richText.map((t) => t.text).join(''));
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return oneLine(String(value.text));
    if ('error' in value) return '';
  }
  return oneLine(String(value));
}

/** Line breaks inside a cell (Alt+Enter) are wraps, not rows. */
const oneLine = (text: string) =>
  text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/\t/g, ' ')
    .trim();
