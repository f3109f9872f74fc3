// The table of every place's deadlines: counts by place, once each, as the charts count.
import { expect, test } from 'vitest';
import { datedConcentration, placeDeadlineRows, placeDeadlineTable } from '../../src/domain/place-deadlines.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dist } from './dist.ts';
import type { Deadline } from '../../src/schemas/measure.ts';

const due = (date: string, extra: Partial<Deadline> = {}) =>
  ({ raw: date, date, kind: 'date', dates: [], origin: 'text', yearInferred: false, ...extra }) as Deadline;
const measure = (documentId: string, deadline: Deadline | null) => ({ documentId, deadline });

test('a place counts its measures, the dated ones, those past due and the latest date; a place without measures has no row', () => {
  const places = [
    { id: 'ningxia-yinchuan', label: '银川市', href: '/yc/', years: '2023', lacksAnnexes: false, documentIds: ['yc'] },
    { id: 'qinghai', label: '青海', href: '/qh/', years: '', lacksAnnexes: false, documentIds: [] },
    { id: 'shaanxi', label: '陕西省级', href: '/sx/', years: '2023', lacksAnnexes: true, documentIds: ['sx-a', 'sx-b'] },
  ];
  const rows = placeDeadlineRows(
    places,
    [
      measure('yc', due('2023-10-31')),
      measure('yc', due('2027-12-31')),
      measure('yc', null),
      // Kept up after its date (…并长期坚持), or a goal's year: no due date, so neither dated nor past.
      measure('yc', due('2023-06-30', { continues: true })),
      measure('sx-b', due('2025-12-31', { goal: true })),
      measure('sx-a', due('2023-12-31')),
    ],
    '2026-12-08',
  );
  expect(rows).toEqual([
    { placeId: 'ningxia-yinchuan', place: '银川市', href: '/yc/', years: '2023', lacksAnnexes: false, measures: 4, dated: 2, pastDue: 1, latest: '2027-12-31' },
    { placeId: 'shaanxi', place: '陕西省级', href: '/sx/', years: '2023', lacksAnnexes: true, measures: 2, dated: 1, pastDue: 1, latest: '2023-12-31' },
  ]);
  const table = placeDeadlineTable(rows, { iso: '2026-12-08', text: '2026年12月8日' }, (iso) => iso.slice(0, 7));
  expect(table.caption).toBe('各地措施的完成时限（截至2026年12月8日）');
  const share = table.columns.find((c) => c.key === 'datedShare')!;
  // One decimal throughout: a page had read 9% beside 30.1% (a review).
  expect([share.value(rows[0]!), share.text!(rows[0]!)]).toEqual([0.5, '50.0%']);
  // The CSV says the day past due was judged on, and keys each place as matrix.csv does (an open-data review).
  expect(table.columns.find((c) => c.key === 'asOf')!.value(rows[1]!)).toBe('2026-12-08');
  expect(table.columns.find((c) => c.key === 'placeId')!.value(rows[1]!)).toBe('shaanxi');
  expect(table.columns.find((c) => c.key === 'open')!.value(rows[0]!)).toBe(1);
  // A place lacking annexes says so by its name on the page, and in a column of the CSV.
  expect(table.columns.find((c) => c.key === 'place')!.text!(rows[1]!)).toBe('陕西省级（附件未收录）');
  // A name that ends in brackets takes the note inside them: 甘孜藏族自治州（四川；附件未收录）, not two brackets in a row (a review).
  expect(table.columns.find((c) => c.key === 'place')!.text!({ ...rows[1]!, place: '甘孜藏族自治州（四川）' })).toBe('甘孜藏族自治州（四川；附件未收录）');
});

test('a share most of which one or two documents give is said to be theirs (宁夏: 403 of 411 dated measures from 银川’s task list and 石嘴山’s 2020 plan; a journalist’s review)', () => {
  const places = [
    { name: '宁夏', documentIds: ['list', 'plan', 'a', 'b'] },
    { name: '陕西', documentIds: ['x', 'y', 'z'] },
  ];
  const dated = (documentId: string, n: number) => Array.from({ length: n }, () => measure(documentId, due('2023-12-31')));
  const measures = [...dated('list', 20), ...dated('plan', 10), ...dated('a', 2), ...dated('x', 5), ...dated('y', 5), ...dated('z', 5), measure('b', null)];
  expect(datedConcentration(places, measures, (id) => (id === 'list' ? '银川市' : id === 'plan' ? '石嘴山市' : '宁夏'))).toEqual([
    { place: '宁夏', dated: 32, held: 30, from: ['银川市', '石嘴山市'], documents: 4 },
  ]);
  const home = readFileSync(path.join(dist, 'index.html'), 'utf8').replace(/<[^>]+>/g, '');
  expect(home).toMatch(/宁夏的 \d+ 项有时限的措施中，\d+ 项出自其中 2 份文件（[^）]*银川市[^）]*；共收 \d+ 份）。/);
  expect(home).toContain('不等于各地落实力度之差');
});
