// The one table behind a chart, as the HTML data table beside it.
//
// Each layout function first turns its input into a DataTable (validated,
// merged, sorted rows plus column definitions, src/domain/table.ts) and
// computes its marks and summary from those rows only. The component writes
// the same rows as the expandable data table (viewTable), and `tableToCsv`
// writes them as CSV, so the picture, the table and the download cannot
// disagree.
import type { CellValue, DataTable } from '../domain/table.ts';

export interface TableCellView {
  text: string;
  href?: string;
  /** Several links in one cell, shown joined by ；, in place of `text`. */
  links?: { text: string; href: string }[];
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
        const links = c.links?.(row);
        return {
          text: c.text ? c.text(row) : defaultText(c.value(row)),
          numeric: c.numeric ?? false,
          ...(links?.length ? { links } : href ? { href } : {}),
        };
      }),
    ),
  };
}
