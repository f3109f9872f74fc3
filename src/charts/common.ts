// Pieces every layout shares: sizes, ids, axes and swatches.
//
// Axes are written as ordinary marks (lines and text) so the .astro writer
// needs no axis logic; tick values come from d3 scales, tick labels from
// format.ts, so every chart speaks the same number and date language.
import type { ScaleLinear } from 'd3';
import { formatNumber, hash } from './format.ts';
import { r2, type ChartKind, type Mark } from './layout.ts';
import { INK_FAINT, INK_SOFT, RULE, WHITE } from './palette.ts';
import type { ChartOptions } from './types.ts';

export const DEFAULT_WIDTH = 640;
/** Label size in SVG units; at 640 wide and full size it matches the site's small print. */
export const FONT = 12;
export const SMALL_FONT = 11;

export class ChartDataError extends Error {
  constructor(kind: ChartKind, message: string) {
    super(`[${kind}] ${message}`);
    this.name = 'ChartDataError';
  }
}

/** The id given, or one derived from kind and title: stable between builds, unique per title. */
export function chartId(kind: ChartKind, title: string, options: ChartOptions): string {
  return options.id ?? `chart-${kind}-${hash(title)}`;
}

export function chartWidth(options: ChartOptions): number {
  return options.width ?? DEFAULT_WIDTH;
}

/** Vertical gridlines and tick labels of a linear x scale, labels above `top`. */
export function xAxisTop(x: ScaleLinear<number, number>, top: number, bottom: number, count: number, format: (v: number) => string = formatNumber): Mark[] {
  const marks: Mark[] = [];
  for (const t of x.ticks(count)) {
    const px = r2(x(t));
    marks.push({ kind: 'line', x1: px, y1: top, x2: px, y2: bottom, stroke: RULE, strokeWidth: 1, className: 'chart-grid' });
    marks.push({ kind: 'text', x: px, y: r2(top - 4), text: format(t), anchor: 'middle', baseline: 'bottom', size: SMALL_FONT, fill: INK_FAINT });
  }
  return marks;
}

/** Horizontal gridlines and tick labels of a linear y scale, labels left of `left`. */
export function yAxisLeft(y: ScaleLinear<number, number>, left: number, right: number, count: number, format: (v: number) => string = formatNumber): Mark[] {
  const marks: Mark[] = [];
  for (const t of y.ticks(count)) {
    const py = r2(y(t));
    marks.push({ kind: 'line', x1: left, y1: py, x2: right, y2: py, stroke: RULE, strokeWidth: 1, className: 'chart-grid' });
    marks.push({ kind: 'text', x: r2(left - 6), y: py, text: format(t), anchor: 'end', size: SMALL_FONT, fill: INK_FAINT });
  }
  return marks;
}

/** A filled square swatch for the colour key. */
export function swatch(fill: string, stroke?: string): Mark[] {
  return [{ kind: 'rect', x: 1, y: 1, width: 14, height: 14, fill, ...(stroke ? { stroke, strokeWidth: 1 } : {}) }];
}

/** A hatched swatch drawn with lines, so the key needs no pattern from another <svg>. */
export function hatchSwatch(background: string, stroke: string): Mark[] {
  return [
    { kind: 'rect', x: 1, y: 1, width: 14, height: 14, fill: background, stroke: RULE, strokeWidth: 1 },
    { kind: 'line', x1: 1, y1: 9, x2: 9, y2: 1, stroke, strokeWidth: 1 },
    { kind: 'line', x1: 1, y1: 15, x2: 15, y2: 1, stroke, strokeWidth: 1 },
    { kind: 'line', x1: 7, y1: 15, x2: 15, y2: 7, stroke, strokeWidth: 1 },
  ];
}

/** A short vertical rule swatch (for reference lines such as "as of"). */
export function ruleSwatch(stroke: string, dash?: string): Mark[] {
  return [{ kind: 'line', x1: 8, y1: 1, x2: 8, y2: 15, stroke, strokeWidth: 2, ...(dash ? { strokeDasharray: dash } : {}) }];
}

/** The message drawn in place of an empty chart. */
export function emptyMarks(width: number, text: string): Mark[] {
  return [
    { kind: 'rect', x: 0.5, y: 0.5, width: width - 1, height: 47, fill: WHITE, stroke: RULE, strokeWidth: 1, strokeDasharray: '4 3' },
    { kind: 'text', x: r2(width / 2), y: 24, text, anchor: 'middle', fill: INK_SOFT },
  ];
}

export const EMPTY_HEIGHT = 48;

/** Chinese list: 银川市、石嘴山市 */
export function joinList(items: string[]): string {
  return items.join('、');
}
