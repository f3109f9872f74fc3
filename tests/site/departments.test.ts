// Like bodies side by side compare departments with their divisions folded in:
// src/domain/departments.ts, on units cut from content/analysis/bodies.json.
import { expect, test } from 'vitest';
import { departmentRows } from '../../src/domain/departments.ts';
import type { UnitEntry } from '../../src/domain/units.ts';
import type { Measure } from '../../src/schemas/measure.ts';

const measure = (id: string) => ({ id }) as Measure;
const unit = (
  name: string,
  canonical: string,
  city: string | null,
  roles: Partial<Record<'lead' | 'responsible' | 'support', string[]>>,
  department?: string,
) =>
  ({
    body: {
      id: name,
      name,
      canonical,
      province: '宁夏',
      city,
      function: 'market-regulation',
      functionName: '市场监管部门',
      kind: 'department',
      writtenAs: [],
      ...(department ? { department } : {}),
    },
    slug: name,
    name,
    sortName: canonical,
    lead: (roles.lead ?? []).map(measure),
    responsible: (roles.responsible ?? []).map(measure),
    support: (roles.support ?? []).map(measure),
  }) as UnitEntry;

const inShaanxi = (u: UnitEntry): UnitEntry => ({ ...u, body: { ...u.body, province: '陕西' } });

test('a department’s divisions are one row with it, each measure once under its strongest role', () => {
  const rows = departmentRows([
    unit('银川市市场监督管理局', '市场监督管理局', '银川市', { lead: ['y1'] }),
    unit('宁夏回族自治区市场监督管理厅登记注册局', '市场监督管理厅登记注册局', null, { lead: ['n1'], responsible: ['n2'] }, '市场监督管理厅'),
    unit('宁夏回族自治区市场监督管理厅信息中心', '市场监督管理厅信息中心', null, { responsible: ['n1', 'n3'] }, '市场监督管理厅'),
  ]);
  expect(rows.map((r) => [r.name, r.unit?.name ?? null, r.divisions.length])).toEqual([
    ['银川市市场监督管理局', '银川市市场监督管理局', 0],
    ['宁夏回族自治区市场监督管理厅', null, 2],
  ]);
  const ningxia = rows[1]!;
  expect([ningxia.lead, ningxia.responsible].map((list) => list.map((m) => m.id).sort())).toEqual([['n1'], ['n2', 'n3']]);
});

test('a plan item the body also holds in a row restating it counts once, as that row (铜川 各区县; a site review)', () => {
  const held = unit('铜川市各区县', '各区县', '铜川市', { responsible: ['task', 'step1', 'step2', 'other'] });
  const restated = new Map([
    ['task', { all: ['step1', 'step2'] }],
    ['other', { all: ['elsewhere'] }],
  ]);
  const [row] = departmentRows([held], restated);
  expect(row!.responsible.map((m) => m.id)).toEqual(['step1', 'step2', 'other']);
  // Without restatements every task counts.
  expect(departmentRows([held])[0]!.responsible.length).toBe(4);
});

test('a department the texts name joins its divisions’ row, in the same place only', () => {
  const rows = departmentRows(
    [
      unit('陕西省市场监督管理局登记指导处', '市场监督管理局登记指导处', null, { lead: ['s1'] }, '市场监督管理局'),
      unit('陕西省市场监督管理局', '市场监督管理局', null, { responsible: ['s2'] }),
      unit('咸阳市市场监督管理局', '市场监督管理局', '咸阳市', { lead: ['x1'] }),
    ].map(inShaanxi),
  );
  expect(rows.map((r) => [r.name, r.unit?.name ?? null, r.divisions.map((d) => d.name)])).toEqual([
    ['陕西省市场监督管理局', '陕西省市场监督管理局', ['陕西省市场监督管理局登记指导处']],
    ['咸阳市市场监督管理局', '咸阳市市场监督管理局', []],
  ]);
});
