// How the built site (dist/, from `npm run build`) shows themes: why each
// measure has its themes, the codebook of themes and metrics on /data/, and
// the matrix counting the measures that act on a theme apart from those that
// only touch it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { placesOf } from '../../src/domain/compare.ts';
import { restatedMeasures } from '../../src/domain/restatements.ts';
import { BY_TARGET } from '../../src/domain/theme-basis.ts';
import type { Transmission } from '../../src/schemas/analysis.ts';
import type { PolicyDocument } from '../../src/schemas/document.ts';
import type { Measure } from '../../src/schemas/measure.ts';
import { dist } from './dist.ts';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
type Element = DefaultTreeAdapterMap['element'];

const content = path.resolve(import.meta.dirname, '../../content');
const json = <T>(file: string): T => JSON.parse(readFileSync(path.join(content, file), 'utf8')) as T;
const measures: Measure[] = readdirSync(path.join(content, 'measures')).flatMap((f) => json<Measure[]>(path.join('measures', f)));
const taxonomy = json<{ themes: { id: string; name: string; definition: string; includes: string[]; excludes: { what: string; goesTo?: string }[] }[] }>(
  'themes.json',
).themes;
const metrics = json<{
  metrics: {
    id: string;
    name: string;
    definition: string;
    units: string[];
    direction: string;
    qualifiers: { name: string; keywords: string[] }[];
    defaultQualifier: string;
    excludes: string[];
    stock?: boolean;
  }[];
}>('metrics.json').metrics;
const themeName = new Map(taxonomy.map((t) => [t.id, t.name]));
const page = (url: string) => parse(readFileSync(path.join(dist, url, 'index.html'), 'utf8'));

const elements = (node: Node): Element[] => {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if ('tagName' in n) out.push(n);
    if ('childNodes' in n) for (const c of n.childNodes) walk(c as Node);
  };
  walk(node);
  return out;
};
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const classes = (el: Element) => (attr(el, 'class') ?? '').split(/\s+/);
const text = (node: Node): string =>
  'value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map((c) => text(c as Node)).join('') : '';
const closest = (el: Element, test: (e: Element) => boolean): Element | null => {
  for (let n: Element | null = el; n; n = 'tagName' in n.parentNode! ? (n.parentNode as Element) : null) if (test(n)) return n;
  return null;
};

/** Where a cue stood, as a reader is told it (written out here, not read from src/schemas/labels.ts). */
const WHERE: Record<string, string> = { title: '标题', heading: '所在标题', text: '正文', 'outer-heading': '上级标题', document: '文件标题' };
// A row without a title of its own: its title zone is its first clause, and the page says so.
const whereOf = (m: { title: string | null }, where: string) => (where === 'title' && m.title === null ? '首句' : WHERE[where]);

/** The theme line of a measure on its document page: in its section (prose) or its table row (task table). */
function basisOf(doc: Element[], measureId: string): Element | undefined {
  const anchor = doc.find((e) => attr(e, 'id') === measureId);
  const holder = anchor && closest(anchor, (e) => e.tagName === 'tr' || classes(e).includes('measure'));
  return holder ? elements(holder).find((e) => classes(e).includes('theme-basis')) : undefined;
}
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('a measure on its document page says why it has its themes', () => {
  const byDocument = Map.groupBy(measures, (m) => m.documentId);
  test('every measure: its primary theme with the cues that decided it and where they stood, then any secondary one, kept out of search', () => {
    let checked = 0;
    for (const [documentId, own] of byDocument) {
      const doc = elements(page(`documents/${documentId}`));
      for (const m of own) {
        const basis = basisOf(doc, m.id);
        expect(basis, m.id).toBeDefined();
        expect(attr(basis!, 'data-pagefind-ignore'), m.id).toBeDefined();
        const line = text(basis!);
        const [primary, secondary] = line.split('；次要：');
        m.themeBasis.forEach((b, i) => {
          const part = (i === 0 ? primary : secondary) ?? '';
          expect(part, `${m.id}: ${line}`).toContain(`${themeName.get(b.theme)}（${i === 0 ? '判定依据：' : ''}`);
          // A theme the measure sets a target on quotes the targets after saying so (据本主题的量化目标“…”).
          for (const cue of b.cues)
            expect(part, `${m.id}: ${line}`).toMatch(new RegExp(`${b.by === 'target' ? BY_TARGET : whereOf(m, cue.where)}(“[^”]*”)*“${literal(cue.text)}”`));
        });
        expect(secondary === undefined, m.id).toBe(m.themes.length === 1);
        checked++;
      }
    }
    expect(checked).toBe(measures.length);
  });
  test('the line reads as the issue asks, e.g. on a measure of 登记财产 decided by its title', () => {
    const m = measures.find(
      (x) => x.themes[0] === 'property-registration' && x.themeBasis[0]!.cues[0]?.text === '不动产登记' && x.themeBasis[0]!.cues[0]?.where === 'title',
    )!;
    expect(text(basisOf(elements(page(`documents/${m.documentId}`)), m.id)!)).toMatch(/^主题登记财产（判定依据：标题“不动产登记”/);
  });
});

/** Which way a metric is more ambitious, as a reader is told it. */
const DIRECTION: Record<string, string> = { 'lower-is-better': '越低越有力度', 'higher-is-better': '越高越有力度' };

describe('the codebook on /data/', () => {
  const data = elements(page('data'));
  const tableCaptioned = (caption: string) =>
    data.find((e) => e.tagName === 'table' && elements(e).some((c) => c.tagName === 'caption' && text(c).startsWith(caption)))!;
  const rowOf = (table: Element, name: string) =>
    elements(table).find((e) => e.tagName === 'tr' && elements(e).some((c) => c.tagName === 'th' && attr(c, 'scope') === 'row' && text(c).startsWith(name)))!;

  test('each theme’s row gives its definition, what it includes, what it excludes and where that goes: 知识产权 under 登记财产 goes to 知识产权创造保护和运用', () => {
    const table = tableCaptioned('主题：');
    expect(text(rowOf(table, '登记财产'))).toContain('知识产权（专利、商标）　→ 归入知识产权创造保护和运用');
    for (const t of taxonomy) {
      const row = text(rowOf(table, t.name));
      expect(row, t.id).toContain(t.definition);
      for (const x of t.includes) expect(row, t.id).toContain(x);
      for (const x of t.excludes) expect(row, t.id).toContain(x.goesTo ? `${x.what}　→ 归入${themeName.get(x.goesTo)}` : x.what);
    }
  });
  test('each metric’s row gives its definition, units, direction, qualifiers (with the words that name them) and excludes: 不动产登记时间 keeps 抵押登记 apart', () => {
    const table = tableCaptioned('可比指标：');
    const property = text(rowOf(table, '不动产登记时间'));
    expect(property).toContain('抵押登记“抵押登记”“抵押权”');
    expect(property).toContain('“专利”“商标”“知识产权”');
    for (const m of metrics) {
      const row = text(rowOf(table, m.name));
      expect(row, m.id).toContain(m.definition);
      expect(row, m.id).toContain(m.stock ? '存量，不排序' : DIRECTION[m.direction]);
      if (m.defaultQualifier) expect(row, m.id).toContain(m.defaultQualifier);
      for (const unit of m.units) expect(row, m.id).toContain(unit);
      for (const q of m.qualifiers) expect(row, m.id).toContain(`${q.name}${q.keywords.map((k) => `“${k}”`).join('')}`);
      for (const x of m.excludes) expect(row, m.id).toContain(`“${x}”`);
    }
  });
});

test('matrix.csv counts measures acting on a theme, and those only touching it apart (secondaryCount); a plan item its task list restates counts once; a copied practice not at all', () => {
  const [header, ...rows] = readFileSync(path.join(dist, 'compare', 'matrix.csv'), 'utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r?\n/);
  const columns = header!.split(',');
  expect(columns).toContain('secondaryCount');
  const at = (row: string[], key: string) => row[columns.indexOf(key)]!;
  const documents = readdirSync(path.join(content, 'documents')).map(
    (f) => parseYaml(readFileSync(path.join(content, 'documents', f), 'utf8').split(/^---$/m)[1]!) as PolicyDocument,
  );
  const places = placesOf(json<{ name: string; slug: string }[]>('provinces.json'), documents);
  const documentsOf = new Map(places.map((p) => [p.id, new Set(p.documentIds)]));
  const restated = restatedMeasures(json<Transmission[]>('analysis/transmissions.json'), places, measures);
  expect(restated.size).toBeGreaterThan(0);
  const counted = measures.filter((m) => !restated.has(m.id) && !m.practiceFrom);
  let secondary = 0;
  for (const line of rows) {
    const row = line.split(',');
    if (at(row, 'state') === 'no-documents') continue;
    const theme = at(row, 'themeId');
    const own = counted.filter((m) => documentsOf.get(at(row, 'placeId'))!.has(m.documentId));
    expect(Number(at(row, 'count')), `${theme} ${at(row, 'placeId')}`).toBe(own.filter((m) => m.themes[0] === theme).length);
    expect(Number(at(row, 'secondaryCount')), `${theme} ${at(row, 'placeId')}`).toBe(own.filter((m) => m.themes.indexOf(theme) > 0).length);
    secondary += Number(at(row, 'secondaryCount'));
  }
  expect(secondary).toBe(counted.reduce((n, m) => n + m.themes.length - 1, 0));
});

test('a matrix cell whose target comes from a measure of another primary theme shows the dot without a count: never “● 0”', () => {
  const html = readFileSync(path.join(dist, 'compare', 'index.html'), 'utf8');
  const cells = [...html.matchAll(/<td class="state-target"[^>]*>([\s\S]*?)<\/td>/g)].map(([, cell]) =>
    cell!
      .replace(/<span class="visually-hidden"[^>]*>[^<]*<\/span>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  expect(cells.length).toBeGreaterThan(0);
  expect(cells.filter((c) => /^● 0(?!\d)/.test(c))).toEqual([]);
  // The cell without a measure of its own still says where its target came from, as the secondary count.
  expect(cells.some((c) => /^● ?\+\d/.test(c))).toBe(true);
});

test('a theme page says how many of its measures are other places’ practice a list passes on, counted nowhere (a review found only the document page said so)', () => {
  for (const theme of ['construction-permits', 'starting-business']) {
    const borrowed = measures.filter((m) => m.practiceFrom && m.themes[0] === theme).length;
    expect(borrowed).toBeGreaterThan(0);
    const lede = /<p class="lede">([\s\S]*?)<\/p>/.exec(readFileSync(path.join(dist, 'compare', theme, 'index.html'), 'utf8'))![1]!.replace(/<[^>]+>/g, '');
    expect(lede).toContain(`另有 ${borrowed} 项是复制推广清单转发的其他地方做法`);
  }
});

test('a restated plan item whose restating task has another primary theme says where that task is counted (银川 强化部门间协作: 登记财产 page, task under 纳税; a review)', () => {
  const html = readFileSync(path.join(dist, 'compare', 'property-registration', 'index.html'), 'utf8');
  const section = html.slice(html.indexOf('id="restated-measures"'));
  expect(section.replace(/<[^>]+>/g, '')).toMatch(/细化条目以“纳税”为主要主题，计入该主题/);
});

test('a restated item whose entries fall on several themes counts them by theme, not by the first entry’s (银川 强化投资者权益保护: two tasks here, one under 执行合同; a review)', () => {
  const html = readFileSync(path.join(dist, 'compare', 'minority-investors', 'index.html'), 'utf8');
  const notes = html
    .slice(html.indexOf('id="restated-measures"'))
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, '');
  expect(notes).toMatch(/细化条目中\d+项以本主题为主要主题，列于上方；\d+项以“执行合同”为主要主题，计入该主题/);
  expect(notes).not.toMatch(/细化条目以“执行合同”为主要主题/);
});

/** Each theme's province sub-pages (their first pages), as [file, html]. */
function* provincePages(): Generator<[string, string]> {
  const compare = path.join(dist, 'compare');
  for (const theme of readdirSync(compare, { withFileTypes: true }).filter((d) => d.isDirectory()))
    for (const province of readdirSync(path.join(compare, theme.name), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const file = path.join(compare, theme.name, province.name, 'index.html');
      if (existsSync(file)) yield [file, readFileSync(file, 'utf8')];
    }
}

test('a province with no measure filed under a theme says so, with no empty side-by-side table (陕西 on 获得用水用气; a review read “0 个地区…0 项措施” as broken)', () => {
  const compare = path.join(dist, 'compare');
  for (const [file, html] of provincePages()) expect(html, file).not.toMatch(/的 0 个地区/);
  const shaanxi = readFileSync(path.join(compare, 'water-gas', 'shaanxi', 'index.html'), 'utf8');
  expect(shaanxi).toContain('陕西所收文件中没有以“获得用水用气”为主要主题的措施');
  expect(shaanxi).not.toContain('<h2>各地措施并列</h2>');
});

test('a restated item quotes, as its example, an entry this page lists where one is (包容普惠创新: 打造便捷智慧交通’s first task is under 政务服务; a review)', () => {
  const html = readFileSync(path.join(dist, 'compare', 'inclusive-innovation', 'index.html'), 'utf8');
  const section = html.slice(html.indexOf('id="restated-measures"'));
  const quoted = [...section.matchAll(/细化为“<a href="\/documents\/[^/]+\/#([^"]+)"/g)].map((x) => x[1]!);
  expect(quoted.length).toBeGreaterThan(0);
  // Each quoted entry is this theme's wherever the item it restates has one of this theme's entries.
  const published = JSON.parse(readFileSync(path.join(dist, 'data', 'measures.json'), 'utf8')) as { id: string; restatedByAll?: string[] }[];
  const primary = new Map(measures.map((m) => [m.id, m.themes[0]]));
  const here = (id: string) => primary.get(id) === 'inclusive-innovation';
  for (const id of quoted) {
    const item = published.find((m) => m.restatedByAll?.includes(id))!;
    if (item.restatedByAll!.some(here)) expect(here(id), id).toBe(true);
  }
});

test('a province sub-page with one place says there is nothing to set beside it, not how rows of two places read (insolvency/shaanxi; a review)', () => {
  let single = 0;
  for (const [file, html] of provincePages()) {
    const lede = /<p class="lede">([\s\S]*?)<\/p>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '';
    if (!/的 1 个地区/.test(lede)) continue;
    single++;
    expect(lede, file).not.toContain('先是两个以上地区的同类措施');
    expect(lede, file).toContain('本省区内无可并列比较的地区');
  }
  expect(single).toBeGreaterThan(0);
});
