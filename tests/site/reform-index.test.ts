// /reforms/ says it ranks reforms by how many places adopted them: the built
// table must read that way (the analysis and the page share byAdoption).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { dist } from './dist.ts';

test('/reforms/ is ranked by adopting places, then by documents, as its text says', () => {
  const html = readFileSync(path.join(dist, 'reforms/index.html'), 'utf8');
  expect(html).toContain('按采用地区数排序');
  const rows = [...html.matchAll(/<tr><td><a href="\/reforms\/[^"]+\/">([^<]+)<\/a><\/td><td>(\d+)<\/td><td>(\d+)<\/td>/g)].map((m) => ({
    name: m[1]!,
    places: Number(m[2]),
    documents: Number(m[3]),
  }));
  expect(rows.length).toBeGreaterThan(10);
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1]!, rows[i]!];
    expect(a.places > b.places || (a.places === b.places && a.documents >= b.documents), `${a.name} before ${b.name}`).toBe(true);
  }
});

test('a reform page says a document uses another name only where neither its items nor the headings over them name the reform (克拉玛依 “一网通办”; a site review)', () => {
  const lede = (id: string) =>
    /<p class="lede">([\s\S]*?)<\/p>/.exec(readFileSync(path.join(dist, 'reforms', id, 'index.html'), 'utf8'))![1]!.replace(/<[^>]+>/g, '');
  expect(lede('yi-wang-tong-ban')).not.toContain('同义写法');
  expect(lede('dai-ya-guo-hu')).toContain('其中金昌市的 1 份用的是同义写法“带押登记”');
  expect(lede('rong-que-ban-li')).toMatch(/用的是同义写法“容缺受理”“容缺审查”，原文没有“容缺办理”字样/);
});
