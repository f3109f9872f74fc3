// Chart inputs built from the collections, as pure functions over plain
// records (like compare.ts), so pages and tests read the same numbers. The
// charts themselves (src/charts) only lay out what these functions hand them.
import type {
  DatedShareRow,
  DeadlineMonthRow,
  MultiYearTargetsInput,
  ReformAdoption,
  TargetComparisonInput,
  TargetComparisonRow,
  ThemeCell,
  ThemeHeatmapInput,
} from './types.ts';
import type { Reform } from '../schemas/analysis.ts';
import type { PolicyDocument } from '../schemas/document.ts';
import type { Measure } from '../schemas/measure.ts';
import { countsForPlace, type MatrixCell, type Place, placeYears, type Restated } from '../domain/compare.ts';
import { headlines, type MetricRow, type QuantityTable, sameWording } from '../domain/quantities.ts';
import { hasDueDate } from '../domain/dates.ts';
import { documentPlace, placeLabel, shortTitle } from '../domain/titles.ts';
import { yearLabel } from '../domain/target-key.ts';
import { quote } from './format.ts';

/** A row of a per-place chart: a label and the documents whose measures it counts. */
export interface ChartPlace {
  name: string;
  documentIds: string[];
}

type DeadlineMeasure = Pick<Measure, 'documentId' | 'deadline'>;

function measuresOf<M extends { documentId: string }>(places: ChartPlace[], measures: M[]): M[][] {
  const byDocument = new Map<string, M[]>();
  for (const m of measures) byDocument.set(m.documentId, [...(byDocument.get(m.documentId) ?? []), m]);
  return places.map((p) => p.documentIds.flatMap((id) => byDocument.get(id) ?? []));
}

/**
 * Measures due per place and month. A measure counts once, in the month of its
 * latest dated step (`deadline.date`); its earlier dated steps are rows of
 * their own (`stage`), so a staged promise's 2024 step shows in 2024. Measures
 * without a date (长期, none, unreadable) are left out, never placed on a
 * guessed month. A deadline is past due when it is before `asOf` (a deadline
 * on `asOf` itself is still open). Rows come in place order, then month order,
 * past before open.
 */
export function deadlineRows(places: ChartPlace[], measures: DeadlineMeasure[], asOf: string): DeadlineMonthRow[] {
  const own = measuresOf(places, measures);
  return laneDeadlineRows(
    places.map((p, i) => ({ name: p.name, measures: own[i]! })),
    asOf,
  );
}

/** The same, for lanes given with their measures (a body's lead and shared tasks, the bodies of one kind). */
export function laneDeadlineRows(lanes: { name: string; measures: Pick<Measure, 'deadline'>[] }[], asOf: string): DeadlineMonthRow[] {
  return lanes.flatMap((lane) => {
    const counts = new Map<string, DeadlineMonthRow>();
    const add = (date: string, stage: boolean) => {
      const pastDue = date < asOf;
      const key = `${date.slice(0, 7)}|${stage ? 1 : 0}|${pastDue ? 0 : 1}`;
      const row = counts.get(key) ?? { place: lane.name, month: date.slice(0, 7), count: 0, pastDue, ...(stage ? { stage } : {}) };
      row.count++;
      counts.set(key, row);
    };
    for (const m of lane.measures) {
      // A task kept up after its dated stage (…并长期坚持) is not due in that month, but its stage is drawn as the
      // stage it is (克拉玛依's eight were on no timeline; a review).
      if (m.deadline?.continues && !m.deadline.goal) for (const date of new Set(m.deadline.dates)) add(date, true);
      if (!hasDueDate(m.deadline)) continue;
      add(m.deadline.date, false);
      // 陕西 高频事项“掌上办”: 2023年底前…，2024年底前…，2025年底前…: drawn in 2025 only, no 2024 bar showed (a deadlines review).
      // So are the steps a column's deadline leaves in the text (哈密: 完成时限 2023年12月30日; 2023年3月底前，配合自治区…).
      const steps = [...m.deadline.dates, ...(m.deadline.textSteps ?? []).map((s) => s.date)];
      for (const date of new Set(steps)) if (date < m.deadline.date) add(date, true);
    }
    return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, row]) => row);
  });
}

/**
 * The last month a deadline timeline draws: `months` after the month of asOf.
 * A plan's 到2035年 goal beside this year's tasks would otherwise squeeze every
 * month to a hairline; the chart lists such deadlines under the axis instead.
 */
export function deadlineHorizon(asOf: string, months = 12): string {
  const [y, m] = asOf.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The measures the deadline charts count, as the comparisons count them (countsForPlace): a plan item a later
 * document, its own annex or its 具体举措 restate row by row counts as those rows (石嘴山's 2020年底前 items and
 * the annex rows restating them were drawn twice; a site review), and another place's practice a list passes
 * on is no promise of its own. So the shares' totals are the matrix's.
 */
export function deadlinesOnce<M extends Pick<Measure, 'id' | 'practiceFrom'>>(measures: M[], restated: Restated): M[] {
  return measures.filter((m) => countsForPlace(m, restated));
}

/** Per place: measures with a dated deadline (the same ones deadlineRows counts) out of all its measures. */
export function datedShareRows(places: ChartPlace[], measures: DeadlineMeasure[]): DatedShareRow[] {
  return measuresOf(places, measures).map((own, i) => ({
    place: places[i]!.name,
    dated: own.filter((m) => hasDueDate(m.deadline)).length,
    total: own.length,
  }));
}

/**
 * A dated-share chart is worth drawing only when some bar is filled: with no
 * dated measure anywhere it would be empty tracks, better said in a sentence.
 */
export function anyDated(rows: DatedShareRow[]): boolean {
  return rows.some((r) => r.dated > 0);
}

/** Characters a shortened document label keeps of its title's end. */
const TITLE_TAIL = 6;

/**
 * One row per document of a city, labelled so the labels fit a chart margin
 * and stay distinct: the 文号 when there is one, else the title without the
 * city's name and the 关于印发…的通知 wrapper, cut to `max` characters.
 */
export function documentPlaces(city: string, documents: Pick<PolicyDocument, 'id' | 'title' | 'docNumber'>[], max = 14): ChartPlace[] {
  const stem = city.replace(/(市|地区|自治州)$/, '');
  const seen = new Map<string, number>();
  return documents.map((d) => {
    let label = d.docNumber;
    if (!label) {
      const core = shortTitle(d.title);
      const short = core.startsWith(city) ? core.slice(city.length) : core.startsWith(stem) ? core.slice(stem.length) : core;
      // Cut in the middle: a title ends on what the document is (任务清单, 实施方案), which tells a city's two apart (a site review).
      const chars = [...short];
      label = chars.length > max ? `${chars.slice(0, max - 1 - TITLE_TAIL).join('')}…${chars.slice(-TITLE_TAIL).join('')}` : short;
    }
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return { name: n > 1 ? `${label}（${n}）` : label, documentIds: [d.id] };
  });
}

/**
 * The heat map's input from the theme matrix. Only cells with measures link: the theme page has an
 * anchor only for places it shows. A cell graded by a target that measures of another primary theme
 * set links to those, listed apart (it had no link; a review of the open data); a cell with secondary
 * measures only stays unlinked, as 未涉及.
 */
export function themeHeatmapInput(
  themes: { id: string; name: string }[],
  places: Place[],
  cells: MatrixCell[],
  yearOf?: (documentId: string) => number | null | undefined,
): ThemeHeatmapInput {
  const ids = new Set(places.map((p) => p.id));
  return {
    themes: themes.map((t) => ({ id: t.id, name: t.name })),
    places: places.map((p) => ({ id: p.id, name: placeLabel(p), ...(yearOf ? { years: placeYears(p, yearOf) } : {}) })),
    cells: cells
      .filter((c) => ids.has(c.place))
      .map(
        (c): ThemeCell => ({
          theme: c.theme,
          place: c.place,
          state: c.state,
          count: c.count,
          secondaryCount: c.secondaryCount,
          targetCount: c.targetCount,
          ...(c.count > 0 || c.state === 'target' ? { href: c.href } : {}),
        }),
      ),
  };
}

export interface TargetChart {
  input: TargetComparisonInput;
}

/**
 * A value as the chart labels it: the text's words quoted, the year it is for (or its measure is due, or its
 * document was issued) outside the quotes. A review read 达50%以上（2023年文件） in the 原文表述 column as the text's.
 */
function datedPhrase(r: MetricRow): string {
  const words = quote(r.text);
  const note = r.year !== undefined && r.text.includes(String(r.year)) ? '' : yearLabel(r);
  return note ? `${words}（${note}）` : words;
}

/**
 * A quantity's targets as one bar chart: one bar per place, at its headline
 * value (its latest year's, else its most ambitious), labelled with every
 * value the place states, when two or more places state it and the direction
 * of ambition is known and the quantity is not a count or a sum of money
 * (those grow with a place's size); otherwise null, and the page lists them.
 */
export function targetComparison(
  table: QuantityTable,
  labelOf: (placeId: string) => string,
  others: { unit: string; places: string[] }[] = [],
): TargetChart | null {
  // A count or sum of money is not ranked across places of different size: it is listed, not charted.
  if (!table.direction || table.amount) return null;
  const heads = headlines(table);
  if (heads.size < 2) return null;
  const rows = [...heads.values()].map((head) => {
    // The bar links the headline value's measure, so its words come first: a label opening with another
    // document's phrase sent a reader to a text that does not hold it (陇南's two 1个工作日; a site review).
    const parts = [head, ...table.rows.filter((r) => r.place === head.place)]
      .map((r) => ({ text: datedPhrase(r), href: r.href }))
      .filter((p, i, all) => all.findIndex((q) => q.text === p.text) === i);
    // A target with no year of its own is due when its measure is (石嘴山's 2020 plan beside 陕西's 2023 one).
    const year = head.year ?? head.dueYear ?? head.issuedYear;
    const yearFrom: TargetComparisonRow['yearFrom'] =
      head.year !== undefined ? undefined : head.dueYear !== undefined ? 'deadline' : head.issuedYear !== undefined ? 'document' : undefined;
    return {
      place: labelOf(head.place),
      value: head.value,
      label: parts.map((p) => p.text).join('；'),
      href: head.href,
      ...(new Set(parts.map((p) => p.href)).size > 1 ? { parts } : {}),
      ...(year === undefined ? {} : { year }),
      ...(yearFrom ? { yearFrom } : {}),
    };
  });
  const copied = sameWording(table).map((g) => ({ ...g, places: g.places.map(labelOf) }));
  return {
    input: {
      metric: table.name,
      unit: table.unit,
      direction: table.direction,
      rows,
      ...(others.length ? { otherUnits: others } : {}),
      ...(copied.length ? { sameWording: copied } : {}),
    },
  };
}

/**
 * Per-year series of a metric: the places that target it, in the main unit,
 * for at least two different years. A year in which a place states several
 * different values (one per procedure, say) is no point of a series and is
 * left out rather than picking one; null when no place has such a series.
 */
export function multiYearTargets(table: QuantityTable, labelOf: (placeId: string) => string): MultiYearTargetsInput | null {
  const byPlace = new Map<string, Map<number, MetricRow[]>>();
  for (const r of table.rows) {
    if (r.year === undefined) continue;
    const years = byPlace.get(r.place) ?? new Map<number, MetricRow[]>();
    years.set(r.year, [...(years.get(r.year) ?? []), r]);
    byPlace.set(r.place, years);
  }
  const series = [...byPlace]
    .map(([place, years]) => ({
      place: labelOf(place),
      points: [...years]
        .filter(([, rows]) => new Set(rows.map((r) => r.value)).size === 1)
        .map(([year, rows]) => ({ year, value: rows[0]!.value, href: rows[0]!.href }))
        .sort((a, b) => a.year - b.year),
    }))
    .filter((s) => s.points.length >= 2);
  return series.length ? { metric: table.name, unit: table.unit, series } : null;
}

/**
 * A reform's adoptions for the timeline: the adopting document's own date
 * (null when the document states none: never guessed), its title, and a link
 * to the first measure that names the reform, else to the document.
 */
export function reformAdoptions(
  reform: Pick<Reform, 'adoptions'>,
  documents: Map<string, Pick<PolicyDocument, 'title' | 'date' | 'url'>>,
  measureUrls: Map<string, string>,
  /** The lane an adoption is drawn on: its place, or its province on a page that charts each province's first adoption. */
  laneOf: (a: Reform['adoptions'][number]) => string = documentPlace,
): ReformAdoption[] {
  return reform.adoptions.flatMap((a) => {
    const doc = documents.get(a.documentId);
    if (!doc) return [];
    const href = a.measureIds.map((id) => measureUrls.get(id)).find(Boolean) ?? doc.url;
    return [{ place: laneOf(a), date: doc.date, documentTitle: doc.title, href }];
  });
}
