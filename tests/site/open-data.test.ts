// /data/measures.json and .csv are streamed a document at a time after astro
// build (scripts/build-site/open-data/); they must be what the endpoints that
// built them whole wrote: every measure in corpus order, the JSON one array,
// the CSV with the codebook's columns.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { readDocuments } from '../../scripts/build-site/open-data/measure-downloads.ts';
import { byDateDesc } from '../../src/domain/document-order.ts';
import { downloadCsv, MEASURE_COLUMNS, targetReading } from '../../src/domain/downloads.ts';
import { nameBodies, readBodyNames, readMeasures } from '../../src/site-data/measures.ts';
import { placesOf, placingOf } from '../../src/domain/compare.ts';
import { restatedMeasures } from '../../src/domain/restatements.ts';
import type { Metric, Transmission } from '../../src/schemas/analysis.ts';
import { dist } from './dist.ts';

const content = path.resolve(import.meta.dirname, '../../content');

test('the streamed measure downloads equal the whole corpus serialized at once', async () => {
  const documents = (await readDocuments(content)).map((d) => ({ id: d.id, data: d })).sort(byDateDesc);
  const measures = await readMeasures(path.join(content, 'measures'));
  // Each body under its page's name, one name per body (a review of the open data found one body under three).
  nameBodies(measures, await readBodyNames(content));
  const byDocument = new Map<string, typeof measures>();
  for (const m of measures) byDocument.set(m.documentId, [...(byDocument.get(m.documentId) ?? []), m]);
  const rows = documents.flatMap(({ data: d }) => (byDocument.get(d.id) ?? []).sort((a, b) => a.ordinal - b.ordinal).map((m) => ({ m, d })));
  expect(rows.length).toBe(measures.length);

  // Theme names beside their ids: a reader in Excel has no codebook at hand (a site review).
  const themeName = new Map(
    (JSON.parse(readFileSync(path.join(content, 'themes.json'), 'utf8')) as { themes: { id: string; name: string }[] }).themes.map((t) => [t.id, t.name]),
  );
  // Where the comparisons count each measure, as the site reads it (its places and restatements).
  const places = placesOf(
    JSON.parse(readFileSync(path.join(content, 'provinces.json'), 'utf8')) as { name: string; slug: string }[],
    documents.map((d) => d.data),
  );
  const transmissions = JSON.parse(readFileSync(path.join(content, 'analysis/transmissions.json'), 'utf8')) as Transmission[];
  const placing = placingOf(places, restatedMeasures(transmissions, places, measures));
  const metricById = new Map((JSON.parse(readFileSync(path.join(content, 'metrics.json'), 'utf8')) as { metrics: Metric[] }).metrics.map((m) => [m.id, m]));
  expect(readFileSync(path.join(dist, 'data/measures.json'), 'utf8')).toBe(JSON.stringify(rows.map((r) => ({ ...r.m, ...placing(r.m) }))));
  const csv = downloadCsv(
    MEASURE_COLUMNS,
    rows.map(({ m, d }) => ({
      ...m,
      ...placing(m),
      documentTitle: d.title,
      province: d.province,
      city: d.city,
      documentDate: d.date,
      documentYear: d.year,
      themeNames: m.themes.map((t) => themeName.get(t)!),
      targetsRead: m.targets.map((t) => targetReading(t, m.text, metricById)),
    })),
  );
  expect(csv.split('\r\n')[0]).toContain('themeNames');
  // A measure over several lines cites its last one too, as its page does (第 8131–8147 行; a site review).
  expect(csv.split('\r\n')[0]).toContain('sourceLine,sourceEndLine');
  expect(rows.every(({ m }) => m.themes.every((t) => themeName.has(t)))).toBe(true);
  expect(readFileSync(path.join(dist, 'data/measures.csv'), 'utf8')).toBe(csv);
});

test('a cell listing bodies splits into one name per body, though names hold 、 (县、区政府; a site review found 120 rows that did not)', async () => {
  const measures = await readMeasures(path.join(content, 'measures'));
  const column = (key: string) => MEASURE_COLUMNS.find((c) => c.key === key)!;
  const row = (m: (typeof measures)[number]) => ({
    ...m,
    documentTitle: '',
    province: '',
    city: null,
    documentDate: null,
    documentYear: null,
    themeNames: [],
    targetsRead: [],
    placeId: null,
    restatedBy: null,
    restatedByAll: [],
    counted: true,
  });
  const split = (m: (typeof measures)[number], key: string) =>
    String(column(key).value(row(m)) ?? '')
      .split('；')
      .filter(Boolean);
  const withComma = measures.filter((m) => m.bodies.some((b) => b.asWritten.includes('、')));
  expect(withComma.length).toBeGreaterThan(0);
  for (const m of measures) {
    expect(split(m, 'bodiesAsWritten'), m.id).toEqual(split(m, 'bodyIds').map((_, i) => split(m, 'bodiesAsWritten')[i]));
    expect(split(m, 'bodiesAsWritten').length, m.id).toBe(m.bodies.length);
    expect(split(m, 'leadBodies').length + split(m, 'responsibleBodies').length + split(m, 'supportBodies').length, m.id).toBe(m.bodies.length);
  }
});

test('a body has one name in every download, its unit page’s (各县〈市〉区人民政府 and 各县(市)区人民政府 of 银川 were one body under two names; a review of the open data)', async () => {
  const names = await readBodyNames(content);
  const measures = JSON.parse(readFileSync(path.join(dist, 'data/measures.json'), 'utf8')) as { bodies: { id: string; name: string; asWritten: string }[] }[];
  const bodies = measures.flatMap((m) => m.bodies);
  for (const b of bodies) expect(b.name, b.id).toBe(names.get(b.id));
  // How each measure wrote it stays, in asWritten.
  expect(bodies.some((b) => b.asWritten === '各县〈市〉区人民政府')).toBe(true);
});

test('measures.csv reads each target as its document page does, beside the phrase as written (银川 516c1d 信用贷款余额增长不低于130亿元: a year’s increase, not a balance; an open-data review)', () => {
  const [header, ...rows] = parse(readFileSync(path.join(dist, 'data/measures.csv'), 'utf8'), { bom: true }) as string[][];
  const col = (key: string) => header!.indexOf(key);
  const credit = rows.find((r) => r[col('id')] === 'ningxia-yinchuan-2023-516c1d-m3-9-2')!;
  const read = credit[col('targetsRead')]!.split('；');
  expect(read.some((t) => t.startsWith('信用贷款（新增）') && t.includes('130'))).toBe(true);
  // As the page's chips say it, one reading per phrase.
  expect(read).toHaveLength(credit[col('targets')]!.split('；').length);
  const page = readFileSync(path.join(dist, 'documents/ningxia-yinchuan-2023-516c1d/index.html'), 'utf8').replace(/<[^>]+>/g, '');
  for (const t of read) expect(page.replace(/\s+/g, ''), t).toContain(t.replace(/\s+/g, ''));
});
