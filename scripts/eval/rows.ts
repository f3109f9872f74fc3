// The rows of counterparts on the theme pages (src/domain/side-by-side.ts)
// against blind readings. Precision: of rows drawn at random, how many hold
// measures that do the same thing (rows.sample.json, stop 32, read by
// readings/rows-a and -b; rows-2.sample.json, stop 33, by rows-2-a to -c;
// rows-3 … rows-6.sample.json, stop 34, by rows-3-a … rows-6-c (rows-6: a variant not shipped);
// each sample keeps the row keys of the layouts before and after the change
// it was drawn for). Recall: of the counterparts a reader found among every
// measure of a drawn theme page (row-groups.sample.json, stop 33, and
// row-groups-2.sample.json, stop 38, all tuning; readings/row-groups-<theme>.jsonl),
// how many a row holds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { placesOf, type ThemeColumn, themeColumns } from '../../src/domain/compare.ts';
import type { Measure } from '../../src/schemas/measure.ts';
import { type SideBySide, sideBySide } from '../../src/domain/side-by-side.ts';
import { alignedRows } from '../../src/domain/counterparts.ts';
import { restatedMeasures } from '../../src/domain/restatements.ts';
import type { Analysis } from '../build-site/analysis/analyze.ts';
import { root, themes } from './corpus.ts';
import { jsonl, type Split } from './labels.ts';
import { pct } from './themes.ts';

export interface RowSample {
  /** Every row of two or more places each layout showed when the rows were drawn, as sorted member ids. */
  before: string[];
  after: string[];
  rows: { row: string; theme: string; key: string; members: { place: string; source: string; id: string }[] }[];
}

interface RowReading {
  row: string;
  verdict: 'same' | 'mixed';
  outliers: string[];
  why: string;
}

const dir = path.join(root, 'tests/fixtures/labels');

/** A theme page's columns as the site lays them out from this corpus (themeColumns): one per place acting on the theme. */
export function themePageColumns(corpus: Analysis): (theme: string) => ThemeColumn<Measure>[] {
  const documents = corpus.documents.map((d) => d.document);
  const measures = corpus.documents.flatMap((d) => d.measures);
  const provinces = [...new Set(documents.map((d) => d.province))].map((name) => ({ name, slug: name }));
  const places = placesOf(provinces, documents);
  const restated = restatedMeasures(corpus.transmissions, places, measures);
  return (theme) => themeColumns(theme, places, measures, restated);
}

/** A theme page's layout as the site builds it: its columns, their rows aligned with the tracked reforms' names (alignedRows). */
export function themePageLayout(corpus: Analysis): (theme: string) => { columns: ThemeColumn<Measure>[]; layout: SideBySide<Measure> } {
  const columnsOf = themePageColumns(corpus);
  const reformName = new Map(corpus.reforms.map((r) => [r.id, r.name]));
  return (theme) => {
    const columns = columnsOf(theme);
    return { columns, layout: sideBySide(columns, alignedRows(columns, reformName)) };
  };
}

/** Every row the theme pages show today (sideBySide's rows of two places or more), as sorted member ids. */
export function rowsToday(corpus: Analysis): Set<string> {
  const layoutOf = themePageLayout(corpus);
  const keys = new Set<string>();
  for (const theme of themes.themes) {
    for (const row of layoutOf(theme.id).layout.shared) {
      keys.add(
        row
          .flat()
          .map((m) => m.id)
          .sort()
          .join(' '),
      );
    }
  }
  return keys;
}

/** The row samples and their readers: stop 32's, drawn from the layouts before and after its change, then stop 33's, stop 34's three, stop 36's and stop 38's (draw-rows.ts). */
const ROW_SAMPLES = [
  { name: 'rows', readers: ['rows-a', 'rows-b'] },
  { name: 'rows-2', readers: ['rows-2-a', 'rows-2-b', 'rows-2-c'] },
  { name: 'rows-3', readers: ['rows-3-a', 'rows-3-b', 'rows-3-c'] },
  { name: 'rows-4', readers: ['rows-4-a', 'rows-4-b', 'rows-4-c'] },
  { name: 'rows-5', readers: ['rows-5-a', 'rows-5-b', 'rows-5-c'] },
  // A variant read and not shipped (a link on words rare in the whole corpus), kept for the record.
  { name: 'rows-6', readers: ['rows-6-a', 'rows-6-b', 'rows-6-c'], note: ' (a variant not shipped)' },
  // Stop 36's: rows a rarely quoted term links (text-kinship.ts rarelyQuoted).
  { name: 'rows-7', readers: ['rows-7-a', 'rows-7-b', 'rows-7-c'] },
  // Stop 38's: drawn with two new links, a reform both subject lines name (shipped: subject-kinship.ts)
  // and a rare term both heads hold (not shipped after this reading); "today" counts the rows still shown.
  { name: 'rows-8', readers: ['rows-8-a', 'rows-8-b', 'rows-8-c'], note: ' (drawn with a head-term link not shipped)' },
];

export function rowFigures(corpus: Analysis): string[] {
  const today = rowsToday(corpus);
  const lines: string[] = [];
  const readToday = new Map<string, boolean>();
  for (const { name, readers, note = '' } of ROW_SAMPLES as { name: string; readers: string[]; note?: string }[]) {
    const sample = JSON.parse(readFileSync(path.join(dir, `${name}.sample.json`), 'utf8')) as RowSample;
    const verdicts = new Map(readers.flatMap((r) => jsonl<RowReading>(`readings/${r}.jsonl`)).map((r) => [r.row, r.verdict === 'same']));
    const alike = (rows: RowSample['rows']) => `${rows.filter((r) => verdicts.get(r.row)).length} of ${rows.length} alike`;
    const [before, after] = [new Set(sample.before), new Set(sample.after)];
    lines.push(
      `  ${name}${note}, as drawn (${sample.before.length} rows before the change, ${sample.after.length} after): rows new with the change ${alike(sample.rows.filter((r) => after.has(r.key) && !before.has(r.key)))}; rows of both layouts ${alike(sample.rows.filter((r) => after.has(r.key) && before.has(r.key)))}; rows the change undid ${alike(sample.rows.filter((r) => before.has(r.key) && !after.has(r.key)))}`,
    );
    for (const r of sample.rows) if (today.has(r.key) && verdicts.has(r.row)) readToday.set(r.key, verdicts.get(r.row)!);
  }
  const same = [...readToday.values()].filter(Boolean).length;
  lines.push(`  today ${today.size} rows, ${readToday.size} of them read: ${same} of ${readToday.size} alike (${pct(same, readToday.size)})`);
  return lines;
}

/** Every measure of each drawn theme page, as its reader saw it (draw-row-groups.ts writes it). */
export interface RowGroupSample {
  themes: {
    theme: string;
    split: Split;
    measures: { ref: string; key: string; place: string; document: string; path: string[]; text: string }[];
  }[];
}

/** The draws of whole theme pages: the first dealt a theme at a time to tuning and held out, the second all tuning. */
const ROW_GROUP_SAMPLES = ['row-groups.sample.json', 'row-groups-2.sample.json'];

interface RowGroupReading {
  group: string;
  members: string[];
  what: string;
  why: string;
}

export interface RowGroupScore {
  themes: number;
  /** Pairs of two places' measures the reader groups, and how many of them one row holds. */
  readerPairs: number;
  inOneRow: number;
  /** Pairs of two places' measures one row holds, and how many of them the reader groups. */
  rowPairs: number;
  grouped: number;
  /** Measures the reader gives a counterpart, and how many stand in a row beside one of theirs. */
  readerMeasures: number;
  besideOne: number;
  /** The reader's pairs no row holds, and the rows' pairs the reader does not group (tuning only, for reading). */
  missed: string[][];
  extra: string[][];
}

/**
 * The rows of the drawn themes' pages today against the reader's groups of
 * counterparts (draw-row-groups.ts): recall (of the reader's pairs across two
 * places, those one row holds) and precision (of a row's pairs, those the reader
 * groups). A row holds at most two measures a place, so not every measure of a
 * place's group can stand in its row: the measure figure counts a measure as
 * found when it stands beside any one of its counterparts.
 */
export function scoreRowGroups(corpus: Analysis, split?: Split): RowGroupScore {
  const sample: RowGroupSample = {
    themes: ROW_GROUP_SAMPLES.flatMap((file) => (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as RowGroupSample).themes),
  };
  const keyOf = new Map(corpus.documents.flatMap((d) => d.measures).map((m) => [m.id, `${m.source.file}:${m.source.line}`]));
  const layoutOf = themePageLayout(corpus);
  const s: RowGroupScore = { themes: 0, readerPairs: 0, inOneRow: 0, rowPairs: 0, grouped: 0, readerMeasures: 0, besideOne: 0, missed: [], extra: [] };
  const pair = (a: string, b: string) => [a, b].sort().join(' ');
  for (const t of sample.themes.filter((x) => !split || x.split === split)) {
    s.themes++;
    const byRef = new Map(t.measures.map((m) => [m.ref, m]));
    const placeOf = new Map(t.measures.map((m) => [m.key, m.place]));
    const groupOf = new Map<string, string>();
    for (const g of jsonl<RowGroupReading>(`readings/row-groups-${t.theme}.jsonl`)) for (const ref of g.members) groupOf.set(byRef.get(ref)!.key, g.group);
    const rowOf = new Map<string, number>();
    layoutOf(t.theme).layout.shared.forEach((row, r) => {
      for (const m of row.flat()) if (placeOf.has(keyOf.get(m.id)!)) rowOf.set(keyOf.get(m.id)!, r);
    });
    const keys = [...placeOf.keys()];
    const found = new Set<string>();
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        const [a, b] = [keys[i]!, keys[j]!];
        if (placeOf.get(a) === placeOf.get(b)) continue;
        const together = groupOf.has(a) && groupOf.get(a) === groupOf.get(b);
        const inRow = rowOf.has(a) && rowOf.get(a) === rowOf.get(b);
        if (together) s.readerPairs++;
        if (inRow) s.rowPairs++;
        if (together && inRow) {
          s.inOneRow++;
          s.grouped++;
          found.add(a).add(b);
        } else if (together) s.missed.push([t.theme, a, b]);
        else if (inRow) s.extra.push([t.theme, pair(a, b)]);
      }
    const counterparts = keys.filter((k) => groupOf.has(k) && keys.some((o) => placeOf.get(o) !== placeOf.get(k) && groupOf.get(o) === groupOf.get(k)));
    s.readerMeasures += counterparts.length;
    s.besideOne += counterparts.filter((k) => found.has(k)).length;
  }
  return s;
}

export function rowGroupFigures(corpus: Analysis, split?: Split): string {
  const s = scoreRowGroups(corpus, split);
  return `${s.themes} themes · reader’s pairs across places ${s.readerPairs}, in one row ${pct(s.inOneRow, s.readerPairs)} · measures with a counterpart ${s.readerMeasures}, in a row beside one ${pct(s.besideOne, s.readerMeasures)} · rows’ pairs ${s.rowPairs}, grouped by the reader ${pct(s.grouped, s.rowPairs)}`;
}
