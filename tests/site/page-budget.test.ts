// The 1 MB page budget over the built site (dist/, from `npm run build`), and
// what keeping it must not cost: the views the pages chose are the ones the
// decisions in src/paging choose for this corpus, and listings cut into pages
// still show every record exactly once (and where it belongs).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { placesOf, themeColumns } from '../../src/domain/compare.ts';
import { restatedFromOf, restatedMeasures, restatementLinks, restatingExample } from '../../src/domain/restatements.ts';
import { sideBySide } from '../../src/domain/side-by-side.ts';
import { alignedRows } from '../../src/domain/counterparts.ts';
import { provinceGroups, themeView } from '../../src/paging/compare-pages.ts';
import { PAGE_BUDGET_BYTES } from '../../src/paging/budget.ts';
import { documentPageBytes, similarApart } from '../../src/paging/document-pages.ts';
import type { Reform, Transmission } from '../../src/schemas/analysis.ts';
import type { PolicyDocument } from '../../src/schemas/document.ts';
import type { Measure } from '../../src/schemas/measure.ts';
import { dist, siteFiles, sitePages } from './dist.ts';

const content = path.resolve(import.meta.dirname, '../../content');
const json = <T>(file: string): T => JSON.parse(readFileSync(path.join(content, file), 'utf8')) as T;
const documents: PolicyDocument[] = readdirSync(path.join(content, 'documents')).map(
  (f) => parse(readFileSync(path.join(content, 'documents', f), 'utf8').split(/^---$/m)[1]!) as PolicyDocument,
);
const measures: Measure[] = readdirSync(path.join(content, 'measures')).flatMap((f) => json<Measure[]>(path.join('measures', f)));
const places = placesOf(json<{ name: string; slug: string }[]>('provinces.json'), documents);
const themes = json<{ themes: { id: string }[] }>('themes.json').themes.map((t) => t.id);
// The rows as the site aligns them, with the tracked reforms' names (a reform both titles name links two measures).
const reformName = new Map(json<Reform[]>('analysis/reforms.json').map((r) => [r.id, r.name]));
const restated = restatedMeasures(json<Transmission[]>('analysis/transmissions.json'), places, measures);

const html = (url: string) => readFileSync(path.join(dist, url, 'index.html'), 'utf8');
const count = (text: string, needle: string) => text.split(needle).length - 1;
/** A listing's pages, as paths inside dist/: the base, then base + 2/, 3/ … as long as they exist. */
function pagesOf(base: string, next = (n: number) => `${base}${n}/`): string[] {
  const files = siteFiles();
  const paths = [base];
  for (let n = 2; files.has(`${next(n)}index.html`); n++) paths.push(next(n));
  return paths;
}

test('no page is over 1 MB of HTML', () => {
  const pages = sitePages();
  expect(pages.length).toBeGreaterThan(100);
  const over = pages.filter((p) => p.bytes > PAGE_BUDGET_BYTES).map((p) => `${p.url}: ${(p.bytes / 1024).toFixed(0)} kB`);
  expect(over).toEqual([]);
});

test('a document page is never larger than its estimate, and keeps or moves its similar measures as the estimate decides', () => {
  const byDocument = new Map<string, Measure[]>();
  for (const m of measures) byDocument.set(m.documentId, [...(byDocument.get(m.documentId) ?? []), m]);
  const files = siteFiles();
  // Sized as the site sizes them: with the restatement lines their cards carry.
  const restatedFrom = restatedFromOf(restated);
  const byId = new Map(measures.map((m) => [m.id, m]));
  for (const doc of documents) {
    const own = (byDocument.get(doc.id) ?? []).map((m) => ({ ...m, restatements: restatementLinks(m, restated, restatedFrom, byId) }));
    const page = html(`documents/${doc.id}/`);
    // The estimate is what keeps a long plan under the budget: it must not fall short of the page it stands for.
    expect(Buffer.byteLength(page), doc.id).toBeLessThanOrEqual(documentPageBytes(own));
    const apart = similarApart(own);
    expect(files.has(`documents/${doc.id}/similar/index.html`), doc.id).toBe(apart);
    expect(page.includes(`/documents/${doc.id}/similar/`), doc.id).toBe(apart);
  }
});

describe('theme pages', () => {
  const views = themes.map((theme) => {
    const columns = themeColumns(theme, places, measures, restated);
    return { theme, columns, mode: themeView(columns, () => sideBySide(columns, alignedRows(columns, reformName))).mode };
  });

  test('each uses the view its size calls for', () => {
    for (const { theme, mode } of views) {
      const page = html(`compare/${theme}/`);
      expect(count(page, 'class="side-by-side"'), theme).toBe(mode === 'side-by-side' ? 1 : 0);
      expect(count(page, 'class="theme-summary"'), theme).toBe(mode === 'summary' ? 1 : 0);
    }
  });

  test('a summary page lists every place with measures on the theme, under its own id (secondary-<id> if it only touches it)', () => {
    for (const { theme, columns } of views.filter((v) => v.mode === 'summary')) {
      const page = html(`compare/${theme}/`);
      for (const c of columns) expect(page, `${theme} ${c.place.id}`).toContain(`<tr id="${c.measures.length ? '' : 'secondary-'}${c.place.id}"`);
    }
  });

  test('the province pages of a theme, all their pages together, show each of its measures once: primary ones side by side, secondary ones apart, restated ones beside their restatement', () => {
    const byId = new Map(measures.map((m) => [m.id, m]));
    for (const { theme, columns } of views) {
      const side: string[] = [];
      const apart: string[] = [];
      const restatedApart: string[] = [];
      for (const group of provinceGroups(places)) {
        if (!columns.some((c) => c.place.province === group.province)) continue;
        for (const url of pagesOf(`compare/${theme}/${group.slug}/`)) {
          const page = html(url);
          side.push(...measureLinks(between(page, 'class="side-by-side"', '</table>')));
          apart.push(...measureLinks(between(page, 'class="secondary-measures"', '</section>')));
          restatedApart.push(...measureLinks(between(page, 'class="restated-measures"', '</section>')));
        }
      }
      expect(side.sort(), theme).toEqual(columns.flatMap((c) => c.measures.map((m) => m.url)).sort());
      expect(apart.sort(), theme).toEqual(columns.flatMap((c) => c.secondary.map((m) => m.url)).sort());
      // Each restated measure, then the measure that restates it: one this theme lists where there is one.
      const example = (id: string) => restatingExample(restated.get(id)!, theme, (x) => byId.get(x)?.themes[0]);
      const pairs = columns.flatMap((c) => c.restated.flatMap((m) => [m.url, byId.get(example(m.id))!.url]));
      expect(restatedApart.sort(), theme).toEqual(pairs.sort());
    }
  });

  test('an item the same place states again in detail is counted once: 银川’s plan items (its task list), 石嘴山 2020’s body items (its annex ledger), 铜川’s tasks by their 具体举措 and provincial items a provincial department’s plan takes on; a province’s plan a city implements has none', () => {
    const documentsOf = (name: string) => places.find((p) => p.name === name)!.documentIds;
    const [yinchuan, shizuishan] = [documentsOf('银川市'), documentsOf('石嘴山市')];
    const ids = [...restated.keys()];
    const inYinchuan = ids.filter((id) => yinchuan.some((d) => id.startsWith(`${d}-`)));
    const inShizuishan = ids.filter((id) => shizuishan.some((d) => id.startsWith(`${d}-`)));
    expect(inYinchuan.length).toBeGreaterThan(20);
    expect(inShizuishan.length).toBeGreaterThan(20);
    // The rest: provincial items restated by a provincial department's plan (陕西市场监管局, 甘肃交通运输厅), both of the place 省级.
    const provincial = /^[a-z]+-\d{4}-[0-9a-f]{6}$/;
    // 铜川's tasks whose 具体举措 are measures are detailed by them, in their own document: 18 numbered, 4 one unnumbered paragraph.
    const tasks = ids.filter((id) => id.startsWith('shaanxi-tongchuan-'));
    expect(tasks.length).toBe(22);
    for (const id of tasks) expect(restated.get(id)!.transmission).toBeNull();
    const rest = ids.filter((id) => !inYinchuan.includes(id) && !inShizuishan.includes(id) && !tasks.includes(id));
    for (const id of rest) {
      const [up, down] = restated.get(id)!.transmission!.split('--') as [string, string];
      expect(provincial.test(up) && provincial.test(down), id).toBe(true);
    }
    // 石嘴山's are detailed later in their own document, under a heading that names them.
    for (const id of inShizuishan) expect(restated.get(id)!.transmission).toBeNull();
  });
});

/** The part of a page from the first `start` to the next `end` after it ('' when the page has no `start`). */
function between(page: string, start: string, end: string): string {
  const at = page.indexOf(start);
  return at < 0 ? '' : page.slice(at, page.indexOf(end, at));
}

/** Links to measures (a document page and an anchor), in order. */
function measureLinks(part: string): string[] {
  return [...part.matchAll(/href="(\/documents\/[^"#]+#[^"]+)"/g)].map((m) => m[1]!);
}

test('a reform page, all its pages together, lists each adopting document once', () => {
  for (const reform of json<Reform[]>('analysis/reforms.json')) {
    let items = 0;
    for (const url of pagesOf(`reforms/${reform.id}/`)) {
      const list = html(url).split('class="reform-timeline"')[1]!.split('</ol>')[0]!;
      items += count(list, '<li');
    }
    expect(items, reform.id).toBe(reform.adoptions.length);
  }
});

test('the units index, all its pages together, lists each body once', () => {
  const rows = pagesOf('units/', (n) => `units/page/${n}/`).flatMap(
    (url) =>
      html(url)
        .split('</thead>')
        .at(-1)!
        .match(/href="\/units\/[^"/]+\/"/g) ?? [],
  );
  expect(rows.length).toBe(new Set(rows).size);
  expect(new Set(rows).size).toBe(new Set(measures.flatMap((m) => m.bodies.map((b) => b.id))).size);
});

test('a card that shows a few of a measure’s targets says how many it has (陕西 突破年’s 工作目标 holds a dozen)', () => {
  const page = html('transmissions/shaanxi-2023-887975--shaanxi-2023-41083e');
  const goals = json<{ id: string; targets: unknown[] }[]>('measures/shaanxi-2023-887975.json').find((m) => m.targets.length > 3)!;
  expect(page).toContain(`等 ${goals.targets.length} 项`);
});
