// Every place's deadlines in one table: how many of its measures carry a date
// by which they are due, how many of those dates have passed, and how late the
// last falls. A journalist asking "which place has most overdue tasks" had to
// open every city page (a review); the table also says how much of each
// place's text is dated at all, since "most overdue" mostly means "dated most".
import type { Measure } from '../schemas/measure.ts';
import type { DataTable } from './table.ts';
import { groupBy } from './compare.ts';
import { hasDueDate, isPastDue } from './dates.ts';
import { DEADLINE_STATUS_LABEL } from '../schemas/labels.ts';

export interface PlaceDeadlineRow {
  /** The place's id, as matrix.csv and measures.csv key it (gansu, gansu-jinchang). */
  placeId: string;
  place: string;
  href: string;
  /** When the place's documents were issued (2020、未注明): an old plan's dates are long past. */
  years: string;
  /** Annexes (task lists, ledgers) the sources lack: its deadlines may stand there. */
  lacksAnnexes: boolean;
  measures: number;
  dated: number;
  pastDue: number;
  /** The latest due date (ISO), null when none is dated. */
  latest: string | null;
}

type Dated = Pick<Measure, 'documentId' | 'deadline'>;

/** One row per place with measures, in the places' order; measures counted once each, as the comparisons count them. */
export function placeDeadlineRows(
  places: { id: string; label: string; href: string; years: string; lacksAnnexes: boolean; documentIds: string[] }[],
  measures: Dated[],
  asOf: string,
): PlaceDeadlineRow[] {
  const byDocument = groupBy(measures, (m) => m.documentId);
  return places.flatMap((p) => {
    const own = p.documentIds.flatMap((id) => byDocument.get(id) ?? []);
    if (!own.length) return [];
    const due = own.filter((m) => hasDueDate(m.deadline)).map((m) => m.deadline!.date!);
    return [
      {
        placeId: p.id,
        place: p.label,
        href: p.href,
        years: p.years,
        lacksAnnexes: p.lacksAnnexes,
        measures: own.length,
        dated: due.length,
        pastDue: own.filter((m) => isPastDue(m.deadline, asOf)).length,
        latest: due.sort().at(-1) ?? null,
      },
    ];
  });
}

/** dated / measures to 4 decimals (the CSV's number; the page shows a percentage). */
const share = (r: PlaceDeadlineRow) => Math.round((r.dated / r.measures) * 10000) / 10000;

/**
 * The rows as a table for the page and its CSV. The CSV carries the day past due is judged on (`asOf`, ISO) and the
 * place's id: a copy read later, or joined to matrix.csv, had neither (an open-data review).
 */
export function placeDeadlineTable(
  rows: PlaceDeadlineRow[],
  asOf: { iso: string; text: string },
  monthOf: (iso: string) => string,
): DataTable<PlaceDeadlineRow> {
  return {
    caption: `各地措施的完成时限（截至${asOf.text}）`,
    columns: [
      { key: 'placeId', label: '地区编号', value: (r) => r.placeId, csvOnly: true },
      {
        key: 'place',
        label: '地区',
        value: (r) => r.place,
        text: (r) => (r.lacksAnnexes ? (r.place.endsWith('）') ? `${r.place.slice(0, -1)}；附件未收录）` : `${r.place}（附件未收录）`) : r.place),
        href: (r) => r.href,
      },
      { key: 'years', label: '文件年份', value: (r) => r.years },
      // Counted once, as the comparisons count: a city page's total holds plan items its task list restates too (a review).
      { key: 'measures', label: '措施数（不重复计）', value: (r) => r.measures, numeric: true },
      { key: 'dated', label: '标有明确时限', value: (r) => r.dated, numeric: true },
      { key: 'datedShare', label: '占比', value: share, text: (r) => `${(share(r) * 100).toFixed(1)}%`, numeric: true },
      { key: 'pastDue', label: DEADLINE_STATUS_LABEL['past-due'], value: (r) => r.pastDue, numeric: true },
      { key: 'open', label: '未到期', value: (r) => r.dated - r.pastDue, numeric: true },
      { key: 'latest', label: '最晚到期', value: (r) => r.latest, text: (r) => (r.latest ? monthOf(r.latest) : '—') },
      { key: 'lacksAnnexes', label: '附件未收录', value: (r) => r.lacksAnnexes, csvOnly: true },
      { key: 'asOf', label: '判定日期', value: () => asOf.iso, csvOnly: true },
    ],
    rows,
  };
}

/**
 * A place whose dated measures come mostly from one or two of its documents (宁夏: 403 of 411 from 银川's task list
 * and 石嘴山's 2020 plan, whose tables give every row a 完成时限): its share measures those documents' format more
 * than the place's effort, and a chart comparing shares says so (a journalist's review).
 */
export interface DatedConcentration {
  place: string;
  dated: number;
  /** Dated measures in the documents named. */
  held: number;
  /** Where the documents are from (银川市、石嘴山市), one name a document. */
  from: string[];
  documents: number;
}

/** Places of three or more documents with at least ten dated measures, 80% or more of them in one or two documents. */
export function datedConcentration(
  places: { name: string; documentIds: string[] }[],
  measures: Dated[],
  placeOf: (documentId: string) => string,
): DatedConcentration[] {
  const byDocument = groupBy(
    measures.filter((m) => hasDueDate(m.deadline)),
    (m) => m.documentId,
  );
  return places.flatMap((p) => {
    const counts = p.documentIds.map((id) => ({ id, n: byDocument.get(id)?.length ?? 0 })).sort((a, b) => b.n - a.n);
    const dated = counts.reduce((n, c) => n + c.n, 0);
    if (p.documentIds.length < 3 || dated < 10) return [];
    const top = counts.slice(0, 2).filter((c) => c.n > 0);
    const held = top.reduce((n, c) => n + c.n, 0);
    return held >= 0.8 * dated ? [{ place: p.name, dated, held, from: top.map((c) => placeOf(c.id)), documents: p.documentIds.length }] : [];
  });
}
