// Comparison tables on the real records.
import { beforeAll, describe, expect, test } from 'vitest';
import { provinceRecords } from '../../scripts/build-site/converter/io/emit.ts';
import { citation, metricTables, placesOf, themeColumns, themeMatrix, type Place } from '../../src/domain/compare.ts';
import { unitIndex, unitListing } from '../../src/domain/units.ts';
import type { Measure } from '../../src/schemas/measure.ts';
import type { PolicyDocument } from '../../src/schemas/document.ts';
import { metrics, realCorpus, themes } from '../helpers/corpus.ts';

let places: Place[];
let measures: Measure[];
let documents: PolicyDocument[];

beforeAll(async () => {
  const corpus = await realCorpus();
  documents = corpus.documents.map((d) => d.document);
  measures = corpus.documents.flatMap((d) => d.measures);
  const provinces = provinceRecords([{ name: '青海', empty: true }], documents);
  places = placesOf(provinces, documents);
});

describe('places', () => {
  test('青海 has a column with no documents; 银川市 gathers its two documents', () => {
    expect(places.find((p) => p.province === '青海')?.documentIds).toEqual([]);
    expect(places.find((p) => p.name === '银川市')?.documentIds).toHaveLength(2);
  });
});

describe('theme × place matrix', () => {
  test('“no document held” and “not addressed” are different states, never zero', () => {
    const cells = themeMatrix(themes.themes, places, measures);
    const qinghai = places.find((p) => p.province === '青海')!;
    expect(new Set(cells.filter((c) => c.place === qinghai.id).map((c) => c.state))).toEqual(new Set(['no-documents']));
    expect(cells.some((c) => c.state === 'none')).toBe(true);
    for (const c of cells) if (c.state === 'none' || c.state === 'no-documents') expect(c.count).toBe(0);
  });
  test('银川 sets a quantified target on 开办企业', () => {
    const yinchuan = places.find((p) => p.name === '银川市')!;
    const cell = themeMatrix(themes.themes, places, measures).find((c) => c.place === yinchuan.id && c.theme === 'starting-business')!;
    expect(cell.state).toBe('target');
    expect(cell.count).toBeGreaterThan(10);
  });
});

describe('comparable targets', () => {
  test('company registration time: the most ambitious value is the lowest, in the main unit', () => {
    const table = metricTables('starting-business', metrics.metrics, places, measures).find((t) => t.metric.id === 'business-startup-time')!;
    const ranked = table.rows.filter((r) => r.unit === table.unit);
    const best = Math.min(...ranked.map((r) => r.value));
    expect(table.rows.filter((r) => r.best).every((r) => r.value === best && r.unit === table.unit)).toBe(true);
    expect(table.rows.every((r) => r.href.includes('#'))).toBe(true);
  });
  test('theme columns only hold measures of that theme', () => {
    for (const column of themeColumns('property-registration', places, measures)) {
      for (const m of column.measures) expect(m.themes).toContain('property-registration');
    }
  });
});

describe('units and citations', () => {
  test('市审批局 leads tasks in more than one document, with deadlines', () => {
    const unit = unitIndex(measures).find((u) => u.name === '市审批局')!;
    expect(new Set(unit.lead.map((m) => m.documentId)).size).toBeGreaterThan(1);
    expect(unit.slug).toMatch(/^shi-shen-pi-ju-[0-9a-f]{4}$/);
  });
  test('a unit’s tasks go place by place, each place’s row pointing at the page where its tasks begin', () => {
    const unit = unitIndex(measures).find((u) => u.name === '市市场监管局')!;
    const { tasks, places: rows } = unitListing(unit, places, 25);
    expect(tasks).toHaveLength(unit.lead.length + unit.responsible.length);
    expect(rows.length).toBeGreaterThan(3);
    // Rows follow the places' order, and their counts add up to the tasks.
    const order = rows.map((r) => places.findIndex((p) => p.id === r.placeId));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(rows.reduce((n, r) => n + r.lead + r.responsible, 0)).toBe(tasks.length);
    let start = 0;
    for (const row of rows) {
      const place = places.find((p) => p.id === row.placeId)!;
      expect(place.documentIds).toContain(tasks[start].measure.documentId);
      expect(row.page).toBe(Math.floor(start / 25) + 1);
      start += row.lead + row.responsible;
    }
    expect(rows.at(-1)!.page).toBeGreaterThan(1);
  });
  test('a citation names title, 文号, date, clause and URL', () => {
    const m = measures.find((x) => x.documentId.startsWith('shaanxi-xianyang') && x.label === '1.')!;
    const d = documents.find((x) => x.id === m.documentId)!;
    const text = citation(m, d, 'https://example.org');
    expect(text).toContain(`《${d.title}》`);
    expect(text).toContain(d.docNumber!);
    expect(text).toContain('https://example.org/documents/');
  });
});
