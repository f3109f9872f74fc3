// The overview of a theme's comparable targets (/compare/targets/): per quantity two or more places target,
// how many places, the range of their values and who is most ambitious, counted as the theme page's chart
// counts them (each place by its headline value), so the overview and the chart never disagree.
import { formatNumber, withUnit } from '../charts/format.ts';
import type { Direction } from '../schemas/analysis.ts';
import { headlines, otherUnits, quantitySlug, type QuantityTable, sameWording } from './quantities.ts';

export interface OverviewRow {
  key: string;
  name: string;
  unit: string;
  /** Which way is more ambitious; null where the quantity is not ranked. */
  direction: Direction | null;
  places: number;
  /** The places' values, lowest to highest: 1–3 个工作日, or 均为 80%. */
  range: string;
  /** The most ambitious places (all of them when they tie); null where nothing is ranked, and `why`. */
  best: string[] | null;
  /** Every place states the most ambitious value. */
  tie: boolean;
  why?: string;
  /** Where the quantity stands on its theme page: its chart, else the targets section. */
  anchor: string;
  /** The same quantity in other units, left out of the ranking (甘孜's 企业开办 4 小时 beside 1–3 个工作日). */
  otherUnits: { unit: string; places: string[] }[];
  /** Places whose targets are one sentence word for word (咸阳's is 陕西's), by name. */
  sameWording: string[][];
}

export function targetOverview(tables: QuantityTable[], labelOf: (placeId: string) => string): { compared: OverviewRow[]; sole: number } {
  const compared = tables
    .filter((t) => t.places >= 2)
    .map((table) => ({
      ...overviewRow(table, labelOf),
      otherUnits: otherUnits(table, tables),
      sameWording: sameWording(table).map((g) => g.places.map(labelOf)),
    }));
  return { compared, sole: tables.length - compared.length };
}

function overviewRow(table: QuantityTable, labelOf: (placeId: string) => string): Omit<OverviewRow, 'otherUnits' | 'sameWording'> {
  const heads = [...headlines(table).values()];
  const values = heads.map((h) => h.value).sort((a, b) => a - b);
  const [low, high] = [values[0]!, values.at(-1)!];
  const range = low === high ? `均为 ${withUnit(low, table.unit)}` : `${formatNumber(low)}–${withUnit(high, table.unit)}`;
  // Ranked as the theme page's chart ranks (charts/inputs.ts targetComparison): a direction, no amount or stock.
  const ranked = table.direction !== null && !table.amount && heads.length >= 2;
  const base = { key: table.key, name: table.name, unit: table.unit, places: table.places, range };
  if (!ranked) {
    const why = table.metric?.stock ? '存量，只并列不排序' : table.amount ? '数量与金额，只并列不排序' : '原文未表明高低，不排序';
    return { ...base, direction: null, best: null, tie: false, why, anchor: '#targets-heading' };
  }
  const bestValue = table.direction === 'lower-is-better' ? low : high;
  const best = [...new Set(heads.filter((h) => h.value === bestValue).map((h) => labelOf(h.place)))];
  return { ...base, direction: table.direction, best, tie: best.length === heads.length, anchor: `#chart-target-${quantitySlug(table)}` };
}
