// Input types of the charts: what a page must hand a chart component.
//
// They are deliberately plain (strings, numbers, ISO dates, permalinks) and
// carry no layout: whoever feeds real data only has to produce these shapes
// from the measure collection, and every chart can be tested on small literal
// fixtures. Each chart's props are its input plus ChartOptions.
import type { CellState, Direction } from '../schemas/analysis.ts';

/** An ISO calendar month, `YYYY-MM` (2024-06). */
export type IsoMonth = string;
/** An ISO calendar date, `YYYY-MM-DD` (2024-06-30). */
export type IsoDate = string;

/** Options every chart takes. */
export interface ChartOptions {
  /** Visible title; each chart has a Chinese default built from its data. */
  title?: string;
  /**
   * DOM id of the figure, also the prefix of its inner ids (title, summary,
   * patterns). Defaults to the chart kind plus a hash of the title, so it is
   * stable between builds; pass one when a page shows two charts with the
   * same title.
   */
  id?: string;
  /**
   * Width of the drawing in SVG units (the viewBox); it scales down on narrow
   * screens. Default 640. The heat map takes it as a maximum: it is as wide as
   * its cells need (and wider only when many places need more).
   */
  width?: number;
  /** Element of the title: a heading level that fits the page's outline, or a paragraph (default). */
  heading?: 'h2' | 'h3' | 'h4' | 'p';
  /** Link to a CSV of the same table (made with `tableToCsv`), shown under the data table. */
  csvHref?: string;
}

// 1. Deadlines ---------------------------------------------------------------

/**
 * Measures falling due in one month in one place. A place-month may come as
 * two rows, one with `pastDue: true` and one with `false` (the month holding
 * `asOf`); rows with the same place, month and pastDue are added up.
 */
export interface DeadlineMonthRow {
  place: string;
  month: IsoMonth;
  /** Number of measures whose (latest) deadline falls in this month; ≥ 0. */
  count: number;
  /** True when these deadlines are before `asOf`. */
  pastDue: boolean;
  /**
   * True for the earlier stages of staged measures (2023年底前…、2024年底前…、2025年底前…: the 2023 and 2024
   * steps). Each measure counts once, in its last stage's month; its earlier stages are drawn apart.
   */
  stage?: boolean;
}

export interface DeadlineTimelineInput {
  /** Places are drawn in the order they first appear here. */
  rows: DeadlineMonthRow[];
  /** The day the data describes: months before it are shaded as past. */
  asOf: IsoDate;
  /**
   * Last month drawn on the axis. Deadlines after it (a 2035 goal beside
   * 2023 tasks) stay in the table and are listed under the chart, so one far
   * date does not squeeze every other month to a hairline. Default: no limit.
   */
  horizon?: IsoMonth;
  /**
   * What the lanes are, for the summary (“2 个地区共有…”) and the table's first column: 地区 by default; a city
   * page draws its documents (文件), a body's page its roles (角色: 牵头, 责任, 配合).
   */
  laneNoun?: string;
  /** The summary's subject when the lanes are parts of one whole rather than places (银川市市场监督管理局). */
  subject?: string;
  /**
   * How the lanes count a measure, said after the summary's count where it is not once in all (a task two
   * bodies of one kind share stands in both their lanes: a review added the lanes up as measures).
   */
  countNote?: string;
}

/** Share of a place's measures that carry a dated deadline. */
export interface DatedShareRow {
  place: string;
  /** Measures with a dated deadline (kind `date` or `multiple`). */
  dated: number;
  /** All measures of the place; `dated ≤ total`. A total of 0 is shown as "no measures", not 0 %. */
  total: number;
}

export interface DatedShareInput {
  /** Drawn in this order. */
  rows: DatedShareRow[];
  /** Who the rows are, as the summary names them: 各地 (the default), 各省区, 各文件, or a city whose documents they are. */
  who?: string;
  /** What a row is, for the table's first column: 地区 by default, 文件 on a city page. */
  laneNoun?: string;
}

// 2. One target across places --------------------------------------------------

export interface TargetComparisonRow {
  place: string;
  value: number;
  /**
   * The target's words as shown: the measure's exact phrases in quotes (“压减至0.5个工作日以内”), any note of
   * the site's outside them (（时限 2023年）), so the table's 原文表述 never passes a note off as the text's.
   */
  label: string;
  /** Permalink of the measure (/documents/…/#…). */
  href: string;
  /** The label's phrases each with the measure that states it, where they are more than one (陇南's two documents; a review). */
  parts?: { text: string; href: string }[];
  /** Year the target is for: the text's, else its measure's deadline's, else its document's (`yearFrom`). */
  year?: number;
  /** Where `year` was read when the target's words give none: the table says so (a review read 2023年 as the text's). */
  yearFrom?: 'deadline' | 'document';
}

export interface TargetComparisonInput {
  /** 企业开办时间 */
  metric: string;
  /** 个工作日 */
  unit: string;
  direction: Direction;
  rows: TargetComparisonRow[];
  /**
   * The same quantity stated in other units (甘孜's 企业开办 4 小时 beside a 个工作日 chart): never converted, so
   * the summary says who is left out of its ranking (a review found 最积极 claimed with a stricter target unsaid).
   */
  otherUnits?: { unit: string; places: string[] }[];
  /** Places whose targets are one sentence word for word (quantities.ts sameWording), with the words. */
  sameWording?: { places: string[]; words: string }[];
}

// 3. Per-year targets ----------------------------------------------------------

export interface YearTargetPoint {
  year: number;
  value: number;
  /** Permalink of the measure stating this year's target. */
  href: string;
  /** The target's words as the measure writes them (达到6.5万户): a reader checks the value without leaving the table. */
  quote?: string;
}

export interface YearTargetSeries {
  place: string;
  points: YearTargetPoint[];
}

export interface MultiYearTargetsInput {
  metric: string;
  unit: string;
  series: YearTargetSeries[];
}

// 4. Themes × places -------------------------------------------------------------

export interface ThemeCell {
  /** A theme id from `themes`. */
  theme: string;
  /** A place id from `places`. */
  place: string;
  state: CellState;
  /** Measures whose primary theme this is: the place acts on it (0 for `none`; ignored for `no-documents`). */
  count: number;
  /** Measures that touch the theme as their secondary one: never in `count` or the state, told apart in tooltip and table. */
  secondaryCount?: number;
  /** Quantified targets among those measures (in the CSV only). */
  targetCount?: number;
  /** Where the cell leads: the place's measures on the theme. */
  href?: string;
}

export interface ThemeHeatmapInput {
  /** Rows, in this order. */
  themes: { id: string; name: string }[];
  /** Columns, in this order; `years`, when the place's documents were issued (2020、未注明), rides along in the CSV. */
  places: { id: string; name: string; years?: string }[];
  /** Exactly one cell per theme × place. */
  cells: ThemeCell[];
}

// 5. One reform over time ---------------------------------------------------------

export interface ReformAdoption {
  place: string;
  /** Date of the adopting document; null when it is not stated (never guessed). */
  date: IsoDate | null;
  documentTitle: string;
  /** Permalink of the document or measure. */
  href: string;
}

export interface ReformTimelineInput {
  /** 企业开办“一网通办” */
  reform: string;
  adoptions: ReformAdoption[];
}
