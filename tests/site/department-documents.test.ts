// A column of a province holds its departments' sector plans beside its own: said, so a benchmark reads it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { issuedByDepartment } from '../../src/domain/titles.ts';
import { dist } from './dist.ts';

test('a document a department issued is told from a government’s, its office’s or a party committee’s', () => {
  for (const issuer of ['甘肃省交通运输厅', '西安市住房和城乡建设局', '新疆自治区党委政法委', '宁夏回族自治区市场监管厅'])
    expect(issuedByDepartment({ issuers: [issuer] }), issuer).toBe(true);
  for (const issuers of [['甘肃省人民政府办公厅'], ['白银市人民政府'], ['中共陕西省委', '陕西省人民政府'], ['咸阳市人民政府办公室'], []])
    expect(issuedByDepartment({ issuers }), issuers.join('、')).toBe(false);
});

test('a theme page’s column says how many of its measures a department’s plan states (甘肃省级 holds the 交通运输厅 plan; a review)', () => {
  const html = readFileSync(path.join(dist, 'compare', 'government-services', 'index.html'), 'utf8').replace(/<[^>]+>/g, '');
  expect(html).toMatch(/甘肃省级\s*\d+ 项 · 2023年文件（其中 \d+ 项出自部门文件）/);
});
