// The chart layer's public API: input types, layout functions (data → marks,
// usable and testable without Astro), the SVG writer, table builders and the
// CSV helper. The components are imported from their .astro files and take
// their input type plus ChartOptions as props:
//
//   ---
//   import TargetComparison from './TargetComparison.astro';
//   ---
//   <TargetComparison metric="企业开办时间" unit="个工作日" direction="lower-is-better" rows={rows} heading="h2" />
//
// A CSV of exactly the rows a chart shows, e.g. from an endpoint
// src/pages/data/startup.csv.ts:
//
//   export const GET = () => new Response(tableToCsv(targetTable(input)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
//
// and `csvHref="/data/startup.csv"` on the component links to it under the table.
export type * from './types.ts';
export type { ChartLayout, ChartKind, ChartNote, HatchPattern, LegendItem, Mark } from './layout.ts';
export type { Column, DataTable, TableView } from './table.ts';
export { tableToCsv, viewTable } from './table.ts';
export { marksToSvg, toSvg } from './svg.ts';
export { ChartDataError } from './common.ts';
export { deadlineTable, layoutDeadlineTimeline, type DeadlineTableRow } from './deadline-timeline.ts';
export { datedShareTable, layoutDatedShare, type DatedShareTableRow } from './dated-share.ts';
export { layoutTargetComparison, targetTable, type TargetTableRow } from './target-comparison.ts';
export { layoutMultiYearTargets, yearTargetTable, type YearTargetTableRow } from './multi-year-targets.ts';
export { layoutThemeHeatmap, themeTable, STATE_LABEL, type ThemeTableRow } from './theme-heatmap.ts';
export { adoptionTable, layoutReformTimeline, type AdoptionTableRow } from './reform-timeline.ts';
