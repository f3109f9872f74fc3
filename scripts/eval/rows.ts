// The rows of counterparts on the theme pages (src/domain/side-by-side.ts)
// against a blind reading: of rows drawn at random, how many hold measures
// that do the same thing. tests/fixtures/labels/rows.sample.json keeps the
// rows as drawn, and the keys of every row each layout (the one before and
// the one after the change of stop 32) showed then; readings/rows-a.jsonl and
// rows-b.jsonl are the two readers' verdicts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { placesOf, themeColumns } from '../../src/domain/compare.ts';
import { sideBySide } from '../../src/domain/side-by-side.ts';
import { restatedMeasures } from '../../src/domain/restatements.ts';
import type { Analysis } from '../build-site/analysis/analyze.ts';
import { root, themes } from './corpus.ts';
import { jsonl } from './labels.ts';
import { pct } from './themes.ts';

interface RowSample {
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

/** Every row the theme pages show today (sideBySide's rows of two places or more), as sorted member ids. */
export function rowsToday(corpus: Analysis): Set<string> {
  const documents = corpus.documents.map((d) => d.document);
  const measures = corpus.documents.flatMap((d) => d.measures);
  const provinces = [...new Set(documents.map((d) => d.province))].map((name) => ({ name, slug: name }));
  const places = placesOf(provinces, documents);
  const restated = restatedMeasures(corpus.transmissions, places, measures);
  const keys = new Set<string>();
  for (const theme of themes.themes) {
    for (const row of sideBySide(themeColumns(theme.id, places, measures, restated)).shared) {
      keys.add(
        row
          .filter((m) => m !== null)
          .map((m) => m.id)
          .sort()
          .join(' '),
      );
    }
  }
  return keys;
}

export function rowFigures(corpus: Analysis): string[] {
  const sample = JSON.parse(readFileSync(path.join(dir, 'rows.sample.json'), 'utf8')) as RowSample;
  const verdicts = new Map([...jsonl<RowReading>('readings/rows-a.jsonl'), ...jsonl<RowReading>('readings/rows-b.jsonl')].map((r) => [r.row, r]));
  const alike = (rows: RowSample['rows']) => `${rows.filter((r) => verdicts.get(r.row)?.verdict === 'same').length} of ${rows.length} alike`;
  const of = (keys: Set<string>) => sample.rows.filter((r) => keys.has(r.key));
  const today = rowsToday(corpus);
  const read = of(today);
  return [
    `  as drawn, layout before (${sample.before.length} rows): ${alike(of(new Set(sample.before)))}; after (${sample.after.length} rows): ${alike(of(new Set(sample.after)))}`,
    `  today ${today.size} rows, ${read.length} of them read: ${alike(read)} (${pct(read.filter((r) => verdicts.get(r.row)?.verdict === 'same').length, read.length)})`,
  ];
}
