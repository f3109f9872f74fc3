// /reforms/ says it ranks reforms by how many places adopted them: the built
// table must read that way (the analysis and the page share byAdoption).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { dist } from './dist.ts';
import { collectionCaveat, collectionWindow } from '../../src/domain/collection.ts';

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
  // Two documents of the earliest day are both earliest (银川 and 陕西, 2023年2月28日; a review read only 银川).
  expect(lede('ge-zhuan-qi')).toMatch(/最早见于 2023年2月28日（(银川市、陕西省级|陕西省级、银川市)）/);
});

test('every measure that adopts a reform links to it on its document page, a task-table row as a clause in prose (银川’s 任务清单 rows showed none; a site review)', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const measures = readdirSync(path.join(root, 'content/measures')).flatMap(
    (f) => JSON.parse(readFileSync(path.join(root, 'content/measures', f), 'utf8')) as { id: string; documentId: string; reforms: string[] }[],
  );
  const missing: string[] = [];
  let rows = 0;
  for (const [documentId, own] of Map.groupBy(measures, (m) => m.documentId)) {
    const html = readFileSync(path.join(dist, 'documents', documentId, 'index.html'), 'utf8');
    for (const m of own.filter((x) => x.reforms.length)) {
      // From the measure's anchor to the next measure's anchor (or the page's end).
      const start = html.indexOf(`id="${m.id}"`);
      const next = own.map((o) => (o.id === m.id ? -1 : html.indexOf(`id="${o.id}"`, start + 1))).filter((i) => i > start);
      const part = html.slice(start, next.length ? Math.min(...next) : undefined);
      if (/-r\d+$/.test(m.id)) rows++;
      for (const r of m.reforms) if (start < 0 || !part.includes(`href="/reforms/${r}/"`)) missing.push(`${m.id} ${r}`);
    }
  }
  expect(rows).toBeGreaterThan(20);
  expect(missing).toEqual([]);
});

test('a reform page names its kin, the reforms its measures name with it, each linked (一业一证 → 一证准营; a site review)', () => {
  const html = readFileSync(path.join(dist, 'reforms/yi-ye-yi-zheng/index.html'), 'utf8');
  const kin = /<p class="kin">([\s\S]*?)<\/p>/.exec(html)![1]!;
  expect(kin).toContain('href="/reforms/yi-zheng-zhun-ying/"');
  expect(kin.replace(/<[^>]+>/g, '')).toMatch(/“一证准营”（2 项措施）/);
});

test('a plan item its task list restates is tied to the row naming the reform, so one commitment does not read as two adoptions (银川 带押过户: 17号 m3-3-2 and 清单 r42; a site review)', () => {
  const html = readFileSync(path.join(dist, 'reforms/dai-ya-guo-hu/index.html'), 'utf8');
  const tie = /<p class="doc-meta"[^>]*>同一地区的《[^》]+》把本条细化为“<a href="([^"]+)"/.exec(html);
  expect(tie?.[1]).toContain('ningxia-yinchuan-2023-71c31c-r42');
  expect(html).toContain('两处是同一项承诺');
  // And the row says which plan item it breaks down.
  const back = /<p class="doc-meta"[^>]*>本条细化同一地区《[^》]+》的“<a href="([^"]+)"/.exec(html);
  expect(back?.[1]).toContain('ningxia-yinchuan-2023-516c1d-m3-3-2');
});

test('a plan item its own annex restates names the annex as this document, not as another of the place (石嘴山 2020 减证便民: m2-11-1 and its 工作台账 row; a site review looked for a second document)', () => {
  const html = readFileSync(path.join(dist, 'reforms/jian-zheng-bian-min/index.html'), 'utf8');
  const notes = [...html.matchAll(/<p class="doc-meta"[^>]*>([^<]*)(?:把本条细化为|的“)<a href="\/documents\/([^/]+)\/#([^"]+)"/g)];
  const shizuishan = notes.filter((n) => n[2] === 'ningxia-shizuishan-2020-6236ba');
  expect(shizuishan.length).toBeGreaterThan(0);
  for (const note of shizuishan) expect(note[1]).toMatch(/^(本文件后文|本条细化本文件前文)$/);
});

test('an adoption whose compilation prints another date after its title says which date is shown (银川 17号: signed 2月28日, printed 3月1日; a site review)', () => {
  const html = readFileSync(path.join(dist, 'reforms/dai-ya-guo-hu/index.html'), 'utf8').replace(/<[^>]+>/g, '');
  expect(html).toContain('汇编在标题后所注日期为2023年3月1日，与落款不同；成文日期取落款');
});

test('a count of adopting documents says how many only restate another’s commitment, on the page and in the index (带押过户: 4 份, 其中 1 份 细化; a second review read 4 adoptions)', () => {
  const lede = /<p class="lede">([\s\S]*?)<\/p>/.exec(readFileSync(path.join(dist, 'reforms/dai-ya-guo-hu/index.html'), 'utf8'))![1]!.replace(/<[^>]+>/g, '');
  expect(lede).toMatch(/的 4 份文件在本地措施中提出“带押过户”.*其中 1 份只是把同一地区另一份文件中的同一项承诺逐条细化（各条下注明），按承诺计为 3 份/);
  const index = readFileSync(path.join(dist, 'reforms/index.html'), 'utf8');
  const row = index.split('<tr>').find((r) => r.includes('href="/reforms/dai-ya-guo-hu/"'))!;
  expect(row.replace(/<[^>]+>/g, '')).toContain('4（含 1 份细化）');
});

test('an order by date says it orders the documents held: most from one compilation of a few months (a journalist read 石嘴山 as earliest on 29 reforms)', () => {
  const window = collectionWindow([
    { date: '2023-01-14', compilation: '汇编', province: '陕西', city: null },
    { date: '2023-06-20', compilation: '汇编', province: '甘肃', city: '陇南市' },
    { date: null, compilation: '汇编', province: '甘肃', city: '兰州市' },
    { date: '2025-06-04', compilation: null, province: '宁夏', city: '中卫市' },
    { date: '2020-07-10', compilation: null, province: '宁夏', city: '石嘴山市' },
    { date: null, compilation: null, province: '宁夏', city: '银川市' },
  ]);
  expect(window).toEqual({
    total: 6,
    compilation: { name: '汇编', count: 3, from: '2023-01-14', to: '2023-06-20' },
    others: [
      { place: '石嘴山市', date: '2020-07-10' },
      { place: '中卫市', date: '2025-06-04' },
    ],
  });
  expect(collectionCaveat(window)).toBe(
    '本库所收 6 份文件中，3 份出自汇编“汇编”，成文于 2023年1月14日 至 2023年6月20日；其余注明日期的是石嘴山市（2020年7月10日）、中卫市（2025年6月4日）的文件。时间先后只反映所收文件的成文日期，“最早”指所收文件中最早，不代表该地率先推行。',
  );
  const plain = (file: string) => readFileSync(path.join(dist, file), 'utf8').replace(/<[^>]+>/g, '');
  for (const file of ['reforms/index.html', 'reforms/gao-zhi-cheng-nuo/index.html'])
    expect(plain(file), file).toMatch(/本库所收 \d+ 份文件中，\d+ 份出自汇编“2023 年优化营商环境政策汇编 · 八、西北”，成文于 2023年1月\d+日 至 2023年6月\d+日/);
});
