// /units/ as a reader meets it: the busiest bodies are bodies, not groups
// named alike in every place (各县区, 有关部门), and a group says its place.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { dist } from './dist.ts';

const html = readFileSync(path.join(dist, 'units', 'index.html'), 'utf8');
const names = (table: string) => [...table.matchAll(/<td[^>]*><a href="\/units\/[^"]+"[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]!);

test('the busiest bodies leave out groups of bodies', () => {
  const busiest = /任务最多的单位[\s\S]*?<\/table>/.exec(html)?.[0];
  if (!busiest) return; // one table while the bodies fit a page: nothing is ranked apart
  expect(names(busiest).length).toBeGreaterThan(5);
  expect(names(busiest).filter((n) => /^(各|有关|相关)/.test(n))).toEqual([]);
});

test('a group in the listing names its place', () => {
  const listed = names(html).filter((n) => /^各/.test(n));
  expect(listed.length).toBeGreaterThan(0);
  for (const n of listed) expect(n, n).toMatch(/（[^）]+）$/);
});

test('the busiest bodies rank by the items that name them, a standing rule’s items said apart (a review found 兰州新区管委会 third on 73 items, none its own)', () => {
  const busiest = /任务最多的单位[\s\S]*?<\/table>/.exec(html)?.[0];
  if (!busiest) return;
  // Each row's cells as text: name, lead, responsible (with its rule's share), support.
  const rows = [...busiest.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].slice(1).map((m) => {
    const [name, lead, responsible, support] = [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, ''));
    const byRule = Number(/其中据文件统一规定 (\d+)/.exec(responsible!)?.[1] ?? 0);
    return { name: name!, named: Number(lead) + Number.parseInt(responsible!, 10) + Number(support) - byRule, byRule };
  });
  expect(rows.length).toBeGreaterThan(5);
  expect(rows.map((r) => r.named)).toEqual([...rows.map((r) => r.named)].sort((a, b) => b - a));
  // 兰州新区管委会, named only by its plan's standing rule, is ranked on its own items or not at all.
  const lanzhou = rows.find((r) => r.name === '兰州新区管委会');
  if (lanzhou) expect(lanzhou.byRule).toBeGreaterThan(0);
});

test('the busiest bodies count each commitment once, as their city’s ranking does (a review: 银川市审批服务管理局 67 leads here, 53 on 银川’s page)', () => {
  const busiest = /任务最多的单位[\s\S]*?<\/table>/.exec(html)?.[0];
  if (!busiest) return;
  const row = [...busiest.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)]
    .map((m) => [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '')))
    .find((cells) => cells[0] === '银川市审批服务管理局')!;
  const city = readFileSync(path.join(dist, 'provinces', 'ningxia', 'yinchuan', 'index.html'), 'utf8').replace(/<[^>]+>/g, '');
  const cityLead = /银川市审批服务管理局：牵头 (\d+) 项/.exec(city)?.[1];
  expect(cityLead).toBeDefined();
  expect(row[1]).toBe(cityLead);
});
