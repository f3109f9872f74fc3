// The output of every layout function: a chart as positioned marks.
//
// Following Observable Plot, the layout is all the math and the markup is a
// thin writer: a layout function turns data into rectangles, circles, paths and
// text with final coordinates (rounded to 2 decimals, so output is stable and
// small), and the .astro components only write them as SVG elements. That
// keeps the charts testable without a DOM and free of client JavaScript.
import type { DataTable } from '../domain/table.ts';

interface MarkBase {
  /** Native tooltip, written as an SVG <title> child. */
  title?: string;
  className?: string;
}

export interface RectMark extends MarkBase {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  /** A colour, or `url(#id)` of a pattern in the layout's defs. */
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  strokeDasharray?: string;
  rx?: number;
}

export interface CircleMark extends MarkBase {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
}

export interface PathMark extends MarkBase {
  kind: 'path';
  d: string;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  strokeDasharray?: string;
  /** Translation of a symbol drawn around the origin. */
  x?: number;
  y?: number;
}

export interface LineMark extends MarkBase {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: string;
  strokeWidth?: number;
  strokeDasharray?: string;
}

export interface TextMark extends MarkBase {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Where `y` sits on the text: its vertical middle (default), its top, or its baseline. */
  baseline?: 'middle' | 'top' | 'bottom';
  size?: number;
  weight?: 'normal' | 'bold';
  fill?: string;
  /** Han characters stacked top to bottom, for narrow column headers. */
  vertical?: boolean;
}

/** Marks wrapped in one link: one tab stop and one accessible name per datum. */
export interface LinkMark extends MarkBase {
  kind: 'link';
  href: string;
  /** Accessible name of the link (the marks inside carry no text of their own). */
  label: string;
  children: Mark[];
}

export interface GroupMark extends MarkBase {
  kind: 'group';
  children: Mark[];
}

export type Mark = RectMark | CircleMark | PathMark | LineMark | TextMark | LinkMark | GroupMark;

/** Diagonal hatching, for states that must read as "no data" in colour, greyscale and print alike. */
export interface HatchPattern {
  id: string;
  stroke: string;
  background: string;
  /** Distance between the lines. */
  spacing: number;
}

/** One entry of a colour key, drawn as a small SVG swatch beside its label. */
export interface LegendItem {
  label: string;
  /** Marks inside a 16 × 16 box. */
  swatch: Mark[];
}

/** A list shown under the chart, for data that has no place on its axes. */
export interface ChartNote {
  heading: string;
  items: { text: string; href?: string }[];
}

export type ChartKind = 'deadline-timeline' | 'dated-share' | 'target-comparison' | 'multi-year-targets' | 'theme-heatmap' | 'reform-timeline';

export interface ChartLayout<R = unknown> {
  kind: ChartKind;
  /** DOM id of the figure; inner ids are `${id}-title`, `${id}-summary`, `${id}-…`. */
  id: string;
  title: string;
  /** One or two Chinese sentences computed from the table rows. */
  summary: string;
  width: number;
  height: number;
  patterns: HatchPattern[];
  marks: Mark[];
  legend: LegendItem[];
  notes: ChartNote[];
  /** The rows the marks were computed from; also the data table and the CSV. */
  table: DataTable<R>;
}

/** Round to 2 decimals (and never write -0). */
export function r2(n: number): number {
  const v = Math.round(n * 100) / 100;
  return v === 0 ? 0 : v;
}

/** True when some mark is a link: the SVG then is a group of links, not a flat image. */
export function hasLinks(marks: Mark[]): boolean {
  return marks.some((m) => m.kind === 'link' || (m.kind === 'group' && hasLinks(m.children)));
}
