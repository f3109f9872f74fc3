// Unit pages over the built site: one page per body (a place and a canonical
// name) and one per kind of body across places, none for a fragment or a
// list, and every measure's bodies linking to their pages.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { Body } from '../../src/schemas/body.ts';
import type { Measure } from '../../src/schemas/measure.ts';
import { dist } from './dist.ts';

const content = path.resolve(import.meta.dirname, '../../content');
const bodies = JSON.parse(readFileSync(path.join(content, 'analysis/bodies.json'), 'utf8')) as Body[];
const measures = readdirSync(path.join(content, 'measures')).flatMap((f) => JSON.parse(readFileSync(path.join(content, 'measures', f), 'utf8')) as Measure[]);
// Old addresses of bodies since merged or renamed only send readers on (moved-units.test.ts).
const moved = new Set((JSON.parse(readFileSync(path.join(content, 'moved-units.json'), 'utf8')) as { from: string }[]).map((m) => m.from));
const unitDirs = readdirSync(path.join(dist, 'units'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'page' && e.name !== 'kinds' && !moved.has(e.name))
  .map((e) => e.name);

test('one page per body, and a page for no name that is not a body', () => {
  expect(new Set(unitDirs)).toEqual(new Set(bodies.map((b) => b.id)));
});

test('one page per kind of body held by two or more departments (a division counts as its department), listing each of its bodies', () => {
  const byFunction = new Map<string, Body[]>();
  for (const b of bodies) byFunction.set(b.function, [...(byFunction.get(b.function) ?? []), b]);
  const departments = (list: Body[]) => new Set(list.map((b) => `${b.province}|${b.city}|${b.department ?? b.canonical}`)).size;
  const kinds = [...byFunction].filter(([, list]) => departments(list) >= 2);
  expect(new Set(readdirSync(path.join(dist, 'units/kinds')))).toEqual(new Set(kinds.map(([id]) => id)));
  for (const [id, list] of kinds) {
    const html = readFileSync(path.join(dist, 'units/kinds', id, 'index.html'), 'utf8');
    for (const b of list) expect(html, `${id} lists ${b.name}`).toContain(`href="/units/${b.id}/"`);
  }
});

test('every measure links each of its bodies to the body’s page, on its document page', () => {
  const byDocument = new Map<string, Measure[]>();
  for (const m of measures) byDocument.set(m.documentId, [...(byDocument.get(m.documentId) ?? []), m]);
  const missing: string[] = [];
  for (const [documentId, list] of byDocument) {
    const html = readFileSync(path.join(dist, 'documents', documentId, 'index.html'), 'utf8');
    for (const m of list) {
      if (!m.bodies.length || !html.includes(`id="${m.id}"`)) continue;
      const section = html.slice(html.indexOf(`id="${m.id}"`), html.indexOf(`id="${m.id}"`) + 20000);
      for (const b of m.bodies) if (!section.includes(`href="/units/${b.id}/"`) && !html.includes(`href="/units/${b.id}/"`)) missing.push(`${m.id} → ${b.id}`);
    }
  }
  expect(missing).toEqual([]);
});

test('a heading’s 分别牵头 pairs its bodies with its sections in order, and the page says so (石嘴山 2020: 电力 → 石嘴山供电公司, 水气暖 → 市住建局)', () => {
  const paired = measures.filter((m) => m.bodies.some((b) => b.inOrder));
  expect(paired.length).toBeGreaterThan(40);
  const power = paired.find((m) => m.documentId.startsWith('ningxia-shizuishan-2020') && m.text.startsWith('1)压减接电时间'))!;
  const water = paired.find((m) => m.documentId.startsWith('ningxia-shizuishan-2020') && m.text.startsWith('1)压缩水气暖报装时间'))!;
  expect(power.bodies.filter((b) => b.role === 'lead').map((b) => b.name)).toEqual(['石嘴山供电公司']);
  expect(water.bodies.filter((b) => b.role === 'lead').map((b) => b.name)).toEqual(['石嘴山市住房和城乡建设局']);
  const html = readFileSync(path.join(dist, 'documents', power.documentId, 'index.html'), 'utf8');
  const article = html.slice(html.indexOf(`id="${power.id}"`));
  expect(article.slice(0, article.indexOf('</span></span>'))).toContain('按所列顺序对应本节');
  // …and the unit page counts those leads as the site's reading (a site review).
  const unit = power.bodies.find((b) => b.role === 'lead')!.id;
  expect(readFileSync(path.join(dist, 'units', unit, 'index.html'), 'utf8')).toMatch(/其中 \d+ 项据上级标题“分别牵头”按所列单位与各节的顺序对应推定/);
});

test('a unit page says how many of its leads are plan items it also leads in detail, and the count without them (石嘴山 2020’s market regulator: 8 of 28; a site review)', () => {
  const lede = (id: string) =>
    /<p class="lede"[^>]*>([\s\S]*?)<\/p>/.exec(readFileSync(path.join(dist, 'units', id, 'index.html'), 'utf8'))![1]!.replace(/<[^>]+>/g, '');
  expect(lede('ningxia-shizuishan-shi-chang-jian-du-guan-li-ju-5fe2')).toMatch(
    /牵头 28 项（均据所在节标题所写的牵头单位计入，各项本身未写牵头单位；其中 8 项方案条目又由本单位参与的细化条目重述，两者都计入）/,
  );
  // So where it is responsible or supports (银川 各县（市）区人民政府 supports plan items its task-list rows restate; a review of the open data).
  expect(lede('ningxia-yinchuan-ge-xian-shi-qu-ren-min-zheng-fu-c2b5')).toMatch(/配合 \d+ 项（其中 \d+ 项方案条目又由本单位参与的细化条目重述，两者都计入）/);
  // One total over the roles, each promise once: 铜川市能源局 is responsible for item (二十) and leads its 具体举措,
  // and a per-role "不重复计算则为 0 项" had read as no responsibility at all (a review).
  expect(lede('ningxia-shizuishan-shi-chang-jian-du-guan-li-ju-5fe2')).toMatch(/每项承诺只计一次（方案条目按细化条目计），共 \d+ 项：牵头 20 项/);
  expect(lede('shaanxi-tongchuan-neng-yuan-ju-4e00')).toContain('每项承诺只计一次（方案条目按细化条目计），共 1 项：牵头 1 项');
  // Where no plan item is restated by the body's own tasks, nothing is said.
  const counts = unitDirs.map((id) => /项方案条目又由本单位/.test(lede(id)));
  expect(counts.filter(Boolean).length).toBeGreaterThan(10);
  expect(counts.some((said) => !said)).toBe(true);
});

test('a body named to support (配合) is shown and counted apart from those responsible (延安 002:2198: 市工商联牵头，市发改委、市工信局…配合，各县（市、区）落实)', () => {
  const m = measures.find((x) => x.source.file.endsWith('002_041f23564040a89e.txt') && x.source.line <= 2198 && x.source.endLine >= 2198)!;
  const role = (suffix: string) => m.bodies.find((b) => b.asWritten.endsWith(suffix))?.role;
  expect([role('工商联'), role('发改委'), role('工信局'), role('各县（市、区）')]).toEqual(['lead', 'support', 'support', 'responsible']);
  const html = readFileSync(path.join(dist, 'documents', m.documentId, 'index.html'), 'utf8');
  const article = html.slice(html.indexOf(`id="${m.id}"`), html.indexOf('</article>', html.indexOf(`id="${m.id}"`)));
  expect(article).toMatch(/>配合<\/span>/);
  // The unit page says how many tasks the body supports, apart from those it is responsible for.
  const supporter = m.bodies.find((b) => b.role === 'support')!;
  const supported = measures.filter((x) => x.bodies.some((b) => b.id === supporter.id && b.role === 'support')).length;
  const unit = readFileSync(path.join(dist, 'units', supporter.id, 'index.html'), 'utf8');
  expect(unit).toContain(`、配合 ${supported} 项`);
});

test('the market regulators compared are departments: 宁夏’s 厅 is a row through its 处室, and 宁东’s bureau stands in its zone, not as 宁夏’s own (a site review)', () => {
  const html = readFileSync(path.join(dist, 'units/kinds/market-regulation/index.html'), 'utf8');
  const rows = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  const ningxia = rows.find((r) => r.startsWith('宁夏回族自治区市场监督管理厅 含处室'));
  expect(ningxia).toContain('登记注册局');
  expect(ningxia).toContain('宁夏自治区级');
  expect(rows.find((r) => r.startsWith('宁东市场监管局'))).toContain('宁东（宁夏）');
  // No division stands as a row of its own.
  expect(rows.some((r) => /^陕西省市场监督管理局登记指导处/.test(r))).toBe(false);
});

test('a kinds page says how many documents each row’s tasks pool: a place with three plans names its regulator in three (a site review)', () => {
  const html = readFileSync(path.join(dist, 'units/kinds/market-regulation/index.html'), 'utf8');
  // Plan items restated row by row count as their rows (the lede says so), so their document may drop out of the count.
  const published = JSON.parse(readFileSync(path.join(dist, 'data', 'measures.json'), 'utf8')) as { id: string; restatedBy: string | null }[];
  const restated = new Set(published.filter((m) => m.restatedBy).map((m) => m.id));
  const rows = [...html.matchAll(/<th scope="row"[^>]*>\s*<a href="\/units\/([a-z0-9-]+)\/"[^>]*>[^<]*<\/a>\s*<\/th>([\s\S]*?)<\/tr>/g)];
  const counted = rows.map(([, slug, cells]) => {
    const shown = Number(/<td data-label="文件"[^>]*>(\d+)<\/td>/.exec(cells!)?.[1]);
    const own = measures.filter((m) => m.bodies.some((b) => b.id === slug));
    const documents = (list: Measure[]) => new Set(list.map((m) => m.documentId)).size;
    return { slug, shown, most: documents(own), least: documents(own.filter((m) => !restated.has(m.id))) };
  });
  expect(counted.length).toBeGreaterThan(5);
  expect(counted.filter((r) => r.shown < r.least || r.shown > r.most)).toEqual([]);
  expect(counted.some((r) => r.shown > 1)).toBe(true);
});

test('a unit page and the units index count a kind as its kinds page does, divisions in their department (市场监管部门 52 pages, 16 departments; a site review)', () => {
  const kindPage = readFileSync(path.join(dist, 'units/kinds/market-regulation/index.html'), 'utf8');
  const rows = /各地的市场监管部门（[^，]+，(\d+) 个单位）/.exec(kindPage.replace(/<[^>]+>/g, ''))![1]!;
  const unit = readFileSync(path.join(dist, 'units/shaanxi-shi-chang-jian-du-guan-li-ju-deng-58a8/index.html'), 'utf8').replace(/<[^>]+>/g, '');
  expect(unit).toContain(`市场监管部门（各地 ${rows} 个单位并列）`);
  const index = readFileSync(path.join(dist, 'units/index.html'), 'utf8').replace(/<[^>]+>/g, '');
  expect(index).toContain(`市场监管部门 ${rows} 个`);
  // The written forms say that a list's implied prefix is written out (哈密 市财政局、住建局 → 市住建局).
  expect(unit).toContain('原文写法（列举中承前省略的“市”等前缀已补出）');
});

test('a group written without its place says whose it is in its heading (金昌 市直有关部门; a site review)', () => {
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(path.join(dist, 'units/gansu-jinchang-shi-zhi-you-guan-bu-men-63ba/index.html'), 'utf8'))![1]!;
  expect(h1.replace(/<[^>]+>/g, '')).toBe('市直有关部门（金昌市）');
});

test('a body that leads by its heading and shares by a damaged column is named as the heading wrote it (石嘴山 m13-2-4: 市市场监管局牵头, not 场监管局; a review)', () => {
  const m = measures.find((x) => x.id === 'ningxia-shizuishan-2020-6236ba-m13-2-4')!;
  expect(m.bodies.find((b) => b.role === 'lead')).toMatchObject({ asWritten: '市市场监管局', origin: 'heading' });
  // The old page of the fragment still leads to the regulator.
  const stub = readFileSync(path.join(dist, 'units/ningxia-shizuishan-chang-jian-guan-ju-2cfa/index.html'), 'utf8');
  expect(stub).toContain('/units/ningxia-shizuishan-shi-chang-jian-du-guan-li-ju-5fe2/');
});

test('等 stands after the body it follows, with the kind it names (004 ledger: …自然资源局等市工程建设项目审批制度改革领导小组成员单位，各县区政府; a review read …各县区政府等)', () => {
  const html = readFileSync(path.join(dist, 'documents', 'ningxia-shizuishan-nd-22dcdf', 'index.html'), 'utf8').replace(/<[^>]+>/g, '');
  expect(html).toContain('市自然资源局等市工程建设项目审批制度改革领导小组成员单位、各县区政府');
  expect(html).not.toContain('各县区政府等');
});
