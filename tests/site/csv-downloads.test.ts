// Every CSV the site offers reads back, with a standard parser, as the records
// it was written from: a measure's text keeps its line breaks inside its
// field, and no row is split or shifted (RFC 4180, as Excel and pandas read it).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { tableToCsv } from '../../src/domain/table.ts';
import { readMeasures } from '../../src/site-data/measures.ts';
import { dist } from './dist.ts';

// As Python's csv module and spreadsheets read: a bare \n or \r outside quotes ends a row.
const STRICT = { bom: true, relax_column_count: false, record_delimiter: ['\r\n', '\n', '\r'] };
const read = (file: string): string[][] => parse(readFileSync(file, 'utf8'), STRICT);

test('a field holding a line break, a quote or a comma is quoted, so its row stays one row', () => {
  const csv = tableToCsv({
    caption: '',
    columns: [
      { key: 'text', label: '原文', value: (r: string) => r },
      { key: 'n', label: 'n', value: () => 1 },
    ],
    rows: ['牵头单位：市税务局\n责任单位：各县区', '“一网通办”，全程网办'],
  });
  expect(parse(csv, STRICT)).toEqual([
    ['原文', 'n'],
    ['牵头单位：市税务局\n责任单位：各县区', '1'],
    ['“一网通办”，全程网办', '1'],
  ]);
});

test('every CSV in the built site parses with one column count, and the measures CSV gives back every measure’s text', async () => {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.csv'));
  expect(files.length).toBeGreaterThan(30);
  for (const file of files) {
    const rows = read(path.join(dist, file));
    expect(rows.length, file).toBeGreaterThan(0);
  }
  const [header, ...rows] = read(path.join(dist, 'data/measures.csv'));
  const measures = await readMeasures(path.resolve(import.meta.dirname, '../../content/measures'));
  expect(rows.length).toBe(measures.length);
  const text = header!.indexOf('text');
  const byId = new Map(rows.map((r) => [r[0], r[text]]));
  expect(measures.some((m) => m.text.includes('\n'))).toBe(true);
  for (const m of measures) expect(byId.get(m.id), m.id).toBe(m.text);
});
