// A table of records with its columns: what feeds a chart, its data table
// and its CSV, and every open-data download. One column type and one CSV
// writer for the whole site, so a column reads the same everywhere.
import { stringify } from 'csv-stringify/sync';

/** Excel opens UTF-8 CSV as Chinese only with a byte-order mark. */
export const BOM = '\ufeff';

export type CellValue = string | number | boolean | null;

export interface Column<R> {
  /** Stable English key: the CSV header with `header: 'key'`. */
  key: string;
  /** Chinese column header. */
  label: string;
  /** What the column holds, for the codebook of a download. */
  description?: string;
  /** The raw value, as written to CSV (numbers unformatted, dates ISO, null empty). */
  value: (row: R) => CellValue;
  /** Text shown in the HTML table; defaults to the raw value (null → 无). */
  text?: (row: R) => string;
  /** Makes the cell a link. */
  href?: (row: R) => string | undefined;
  /** Makes the cell several links, each part its own (a place's values stated in two measures); the HTML table joins them with ；. */
  links?: (row: R) => { text: string; href: string }[];
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

/**
 * The table as CSV: UTF-8 with a byte-order mark and CRLF line ends, like the
 * site's other downloads, so Excel opens the Chinese text correctly. Headers are
 * the Chinese labels by default, or the English keys.
 */
export function tableToCsv<R>(table: DataTable<R>, options: { header?: 'label' | 'key' } = {}): string {
  return BOM + csvHeader(table.columns, options.header) + csvRows(table.columns, table.rows);
}

/**
 * RFC 4180 lines. csv-stringify quotes a field holding a bare \n only when asked
 * once record_delimiter is set: without quote_record_delimiter, a measure's
 * text broken over lines (牵头单位：…\n责任单位：…) split its row in two.
 */
const CSV_OPTIONS = { record_delimiter: '\r\n', quote_record_delimiter: true } as const;

/** The CSV's header line alone: a long download is written a part at a time (scripts/build-site/open-data/). */
export function csvHeader<R>(columns: Column<R>[], header: 'label' | 'key' = 'label'): string {
  return stringify([columns.map((c) => (header === 'key' ? c.key : c.label))], CSV_OPTIONS);
}

/** Rows as CSV lines, without header or byte-order mark. */
export function csvRows<R>(columns: Column<R>[], rows: R[]): string {
  const body = rows.map((row) =>
    columns.map((c) => {
      const v = c.value(row);
      return v === null ? '' : typeof v === 'boolean' ? (v ? 'true' : 'false') : v;
    }),
  );
  return body.length ? stringify(body, CSV_OPTIONS) : '';
}
