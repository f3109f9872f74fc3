// The one table behind a chart.
//
// Each layout function first turns its input into a DataTable (validated,
// merged, sorted rows plus column definitions) and computes its marks and
// summary from those rows only. The component writes the same rows as the
// expandable data table, and `tableToCsv` writes them as CSV, so the picture,
// the table and the download cannot disagree.
import { stringify } from 'csv-stringify/sync';
import { BOM } from '../domain/downloads.ts';

export type CellValue = string | number | boolean | null;

export interface Column<R> {
  /** Stable English key: the CSV header with `header: 'key'`. */
  key: string;
  /** Chinese column header. */
  label: string;
  /** The raw value, as written to CSV (numbers unformatted, dates ISO, null empty). */
  value: (row: R) => CellValue;
  /** Text shown in the HTML table; defaults to the raw value (null → 无). */
  text?: (row: R) => string;
  /** Makes the cell a link. */
  href?: (row: R) => string | undefined;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** Left out of the HTML table (e.g. a link target already shown as a link), kept in the CSV. */
  csvOnly?: boolean;
}

export interface DataTable<R> {
  /** Caption of the HTML table. */
  caption: string;
  columns: Column<R>[];
  rows: R[];
}

export interface TableCellView {
  text: string;
  href?: string;
  numeric: boolean;
}

export interface TableView {
  caption: string;
  headers: { label: string; numeric: boolean }[];
  rows: TableCellView[][];
}

function defaultText(v: CellValue): string {
  if (v === null) return '无';
  if (typeof v === 'boolean') return v ? '是' : '否';
  return String(v);
}

/** The table as plain strings, for the component to write. */
export function viewTable<R>(table: DataTable<R>): TableView {
  const columns = table.columns.filter((c) => !c.csvOnly);
  return {
    caption: table.caption,
    headers: columns.map((c) => ({ label: c.label, numeric: c.numeric ?? false })),
    rows: table.rows.map((row) =>
      columns.map((c) => {
        const href = c.href?.(row);
        return { text: c.text ? c.text(row) : defaultText(c.value(row)), numeric: c.numeric ?? false, ...(href ? { href } : {}) };
      }),
    ),
  };
}

/**
 * The table as CSV: UTF-8 with a byte-order mark and CRLF line ends, like the
 * site's other downloads, so Excel opens the Chinese text correctly. Headers are
 * the Chinese labels by default, or the English keys.
 */
export function tableToCsv<R>(table: DataTable<R>, options: { header?: 'label' | 'key' } = {}): string {
  const header = table.columns.map((c) => (options.header === 'key' ? c.key : c.label));
  const body = table.rows.map((row) =>
    table.columns.map((c) => {
      const v = c.value(row);
      return v === null ? '' : typeof v === 'boolean' ? (v ? 'true' : 'false') : v;
    }),
  );
  return BOM + stringify([header, ...body], { record_delimiter: '\r\n' });
}
