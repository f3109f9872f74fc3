// Every CSV the site offers reads back, with a standard parser, as the records
// it was written from: a measure's text keeps its line breaks inside its
// field, and no row is split or shifted (RFC 4180, as Excel and pandas read it).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { tableToCsv } from '../../src/domain/table.ts';
import { subjectKey } from '../../src/domain/target-key.ts';
import { BODY_ROLES, type BodyRole } from '../../src/schemas/body.ts';
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

test('each theme’s targets CSV holds every target its page compares, with what it measures and the year it is for', () => {
  const themesDir = path.join(dist, 'compare/targets');
  const files = readdirSync(themesDir).filter((f) => f.endsWith('.csv'));
  expect(files.length).toBeGreaterThan(20);
  for (const file of files) {
    const [header, ...rows] = read(path.join(themesDir, file));
    const col = (name: string) => header!.indexOf(name);
    // The key the page's rows carry: metric|qualifier|unit|kind, or ~|subject|unit|kind without a metric (its wording set aside: subjectKey).
    const keys = new Set(
      rows.map((r) => {
        const [metric, qualifier, quantity, unit, kind, place] = ['metricId', 'qualifier', 'quantity', 'unit', 'kind', 'placeId'].map((c) => r[col(c)]!);
        // A change's name says so (纸质材料·变化幅度); its key holds the subject alone.
        const subject = quantity!.replace(/·变化幅度$/, '');
        return `${place} ${metric ? [metric, qualifier, unit, kind].join('|') : ['~', subjectKey(subject), unit, kind].join('|')}`;
      }),
    );
    // Every target's measure is in the theme's measures CSV (secondary and restated ones included; a site review).
    const [measureHeader, ...measureRows] = read(path.join(dist, 'compare', file));
    const ids = new Set(measureRows.map((r) => r[measureHeader!.indexOf('id')]));
    for (const r of rows) expect(ids.has(r[col('measureId')]), `${file}: ${r[col('measureId')]}`).toBe(true);
    const html = readFileSync(path.join(dist, 'compare', file.replace(/\.csv$/, ''), 'index.html'), 'utf8');
    for (const [, place, quantity] of html.matchAll(/data-place="([^"]+)" data-quantity="([^"]+)"/g)) {
      expect(keys.has(`${place} ${quantity.replaceAll('&amp;', '&')}`), `${file}: ${place} ${quantity}`).toBe(true);
    }
  }
  // 石嘴山's 2020 plan: 抵押权登记2个工作日内 and 一般登记 4 个工作日内 (sources/001 line 620), two quantities apart.
  const [header, ...rows] = read(path.join(themesDir, 'property-registration.csv'));
  const pick = (qualifier: string) => rows.find((r) => r[header!.indexOf('placeId')] === 'ningxia-shizuishan' && r[header!.indexOf('qualifier')] === qualifier);
  expect(pick('抵押登记')?.[header!.indexOf('value')]).toBe('2');
  expect(pick('一般登记')?.[header!.indexOf('value')]).toBe('4');
  expect(pick('抵押登记')?.[header!.indexOf('year')]).toBe('2020');
  expect(pick('抵押登记')?.[header!.indexOf('quantityId')]).not.toBe(pick('一般登记')?.[header!.indexOf('quantityId')]);
});

test('a unit’s CSV says, task by task, whether the unit leads it, is responsible or supports (a site review)', async () => {
  const measures = await readMeasures(path.resolve(import.meta.dirname, '../../content/measures'));
  const roles = new Map<string, Record<BodyRole, number>>();
  const nameOf = new Map<string, string>();
  for (const m of measures)
    for (const b of m.bodies) {
      nameOf.set(b.id, b.name);
      const r = roles.get(b.id) ?? { lead: 0, responsible: 0, support: 0 };
      r[b.role]++;
      roles.set(b.id, r);
    }
  // A body that leads some tasks and supports others (延安's 市工信局: 市工商联牵头，市发改委、市工信局…配合).
  const [id, count] = [...roles].find(([, r]) => r.lead > 3 && r.responsible > 0 && r.support > 0)!;
  const [header, ...rows] = read(path.join(dist, 'units', `${id}.csv`));
  expect(header![0]).toBe('role');
  for (const role of BODY_ROLES) expect(rows.filter((r) => r[0] === role).length, role).toBe(count[role]);
  const support = header!.indexOf('supportBodies');
  expect(rows.filter((r) => r[0] === 'support').every((r) => r[support]!.split('；').includes(nameOf.get(id)!))).toBe(true);
});

test('each plan-to-plan comparison has its CSV: a row per row of its page, kinds and ends as transmissions.json gives them (a review of the transmission pages)', () => {
  const transmissions = JSON.parse(readFileSync(path.join(dist, 'data/transmissions.json'), 'utf8')) as {
    id: string;
    rows: { kind: string; upstream: string | null; downstream: string | null }[];
  }[];
  expect(transmissions.length).toBeGreaterThan(0);
  for (const t of transmissions) {
    const [header, ...rows] = read(path.join(dist, 'transmissions', `${t.id}.csv`));
    const at = (key: string) => header!.indexOf(key);
    expect(rows.map((r) => [r[at('kind')], r[at('upstreamId')] || null, r[at('downstreamId')] || null])).toEqual(
      t.rows.map((r) => [r.kind, r.upstream, r.downstream]),
    );
    expect(readFileSync(path.join(dist, 'transmissions', t.id, 'index.html'), 'utf8')).toContain(`href="/transmissions/${t.id}.csv"`);
  }
});

test('a kept row lists the tasks its restatement leaves out, on the page and in the CSV (哈密 keeps 新疆’s 办税缴费 item without 全疆通办; a site review)', () => {
  const id = 'xinjiang-2023-a62e8a--xinjiang-hami-2023-95a698';
  const page = readFileSync(path.join(dist, 'transmissions', id, 'index.html'), 'utf8');
  const notes = [...page.matchAll(/<div class="untaken"[^>]*>([\s\S]*?)<\/div>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
  expect(notes.some((n) => n.includes('未见承接或只承接了一部分') && n.includes('全疆通办'))).toBe(true);
  const [header, ...rows] = read(path.join(dist, 'transmissions', `${id}.csv`));
  const untaken = rows.map((r) => r[header!.indexOf('untaken')]!).filter(Boolean);
  expect(untaken.some((cell) => cell.includes('全疆通办') && cell.includes('银行结算账户'))).toBe(true);
  // A row that is not kept or changed has no tasks named.
  expect(rows.filter((r) => !['kept', 'changed'].includes(r[header!.indexOf('kind')]!)).every((r) => !r[header!.indexOf('untaken')])).toBe(true);
});

test('the matrix’s counts are measures.csv’s, grouped by placeId and first theme, without restated items and copied practices (a review of the open data could not rebuild them)', () => {
  const [head, ...measures] = read(path.join(dist, 'data/measures.csv'));
  const col = (key: string) => head!.indexOf(key);
  const counted = new Map<string, number>();
  for (const m of measures) {
    // The `counted` column says it at once (a second review could not tell a theme download's 20 rows from the page's 16).
    expect(m[col('counted')], m[col('id')]).toBe(String(!m[col('restatedBy')] && !m[col('practiceFrom')]));
    if (m[col('counted')] !== 'true') continue;
    const key = `${m[col('themes')]!.split('；')[0]}|${m[col('placeId')]}`;
    counted.set(key, (counted.get(key) ?? 0) + 1);
  }
  const [mhead, ...cells] = read(path.join(dist, 'compare/matrix.csv'));
  const mcol = (key: string) => mhead!.indexOf(key);
  let checked = 0;
  for (const c of cells) {
    if (c[mcol('count')] === '') continue;
    expect(counted.get(`${c[mcol('themeId')]}|${c[mcol('placeId')]}`) ?? 0, `${c[mcol('themeId')]} × ${c[mcol('placeId')]}`).toBe(Number(c[mcol('count')]));
    checked++;
  }
  expect(checked).toBeGreaterThan(500);
  expect(measures.filter((m) => m[col('restatedBy')]).length).toBeGreaterThan(20);
  // Each place's document years ride along: 石嘴山's column is a 2020 plan and an undated ledger (a review).
  expect(new Set(cells.filter((c) => c[mcol('placeId')] === 'ningxia-shizuishan').map((c) => c[mcol('placeYears')]))).toEqual(new Set(['2020、未注明']));
});

test('a plan item broken into several rows names every row restating it, the closest first (银川 17号 登记财产 item: r37–r42 with 带押过户; a site review found one id of six)', () => {
  const [head, ...measures] = read(path.join(dist, 'data/measures.csv'));
  const col = (key: string) => head!.indexOf(key);
  const item = measures.find((m) => m[col('id')] === 'ningxia-yinchuan-2023-516c1d-m3-3-2')!;
  const all = item[col('restatedByAll')]!.split('；');
  expect(all[0]).toBe(item[col('restatedBy')]);
  expect(all).toContain('ningxia-yinchuan-2023-71c31c-r42');
  expect(all.length).toBeGreaterThan(1);
  for (const m of measures) if (m[col('restatedBy')]) expect(m[col('restatedByAll')]!.split('；')[0], m[col('id')]).toBe(m[col('restatedBy')]);
});

test('a deadline that binds only some sentences of a measure names them (银川 17号 m3-1-1: 年内 binds 年内新登记企业2万户, not its 13 clauses; a site review)', () => {
  const [head, ...measures] = read(path.join(dist, 'data/measures.csv'));
  const col = (key: string) => head!.indexOf(key);
  const item = measures.find((m) => m[col('id')] === 'ningxia-yinchuan-2023-516c1d-m3-1-1')!;
  expect(item[col('deadlineRaw')]).toBe('年内');
  expect(item[col('deadlineSentences')]).toContain('新登记企业2万户');
  // A deadline from the item's own clause or column binds the whole item: no sentences named.
  const column = measures.find((m) => m[col('id')] === 'ningxia-yinchuan-2023-71c31c-r42')!;
  expect(column[col('deadlineDate')]).toBe('2023-12-31');
  expect(column[col('deadlineSentences')]).toBe('');
});

test('the measures CSV’s targets say what each number counts: 8.4万人次 goes with 农村劳动力转移就业 (a review found bare numbers)', () => {
  const [header, ...rows] = read(path.join(dist, 'data/measures.csv'));
  const targets = header!.indexOf('targets');
  const row = rows.find((r) => r[0] === 'ningxia-yinchuan-2023-516c1d-m3-15-1')!;
  expect(row[targets]!.split('；')).toEqual(expect.arrayContaining(['农村劳动力转移就业8.4万人次', '创业带动就业3000人']));
  // A subject the phrase already opens with is said once (新建、提升改造社会公用计量标准20项).
  expect(rows.find((r) => r[0] === 'gansu-longnan-2023-8001f2-m3-4-18')![targets]).toContain('新建、提升改造社会公用计量标准20项');
});

test('units.csv gives each body’s tasks counted once beside the counts that list both an item and the entries restating it, as its page says (银川市审批服务管理局 67 and 53; an open-data review)', () => {
  const [header, ...rows] = read(path.join(dist, 'data', 'units.csv'));
  const col = (key: string) => header!.indexOf(key);
  const unit = rows.find((r) => r[col('name')] === '银川市审批服务管理局')!;
  const [lead, leadOnce] = [Number(unit[col('lead')]), Number(unit[col('leadOnce')])];
  expect(leadOnce).toBeLessThan(lead);
  const page = readFileSync(path.join(dist, 'units', unit[col('id')]!, 'index.html'), 'utf8').replace(/<[^>]+>/g, '');
  expect(page).toMatch(new RegExp(`每项承诺只计一次（方案条目按细化条目计），共 \\d+ 项：牵头 ${leadOnce} 项`));
  for (const r of rows) for (const role of BODY_ROLES) expect(Number(r[col(`${role}Once`)]), r[col('id')]).toBeLessThanOrEqual(Number(r[col(role)]));
});
