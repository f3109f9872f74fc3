// The 1 MB page budget over the built site (dist/, from `npm run build`), and
// what keeping it must not cost: the views the pages chose are the ones the
// decisions in src/paging choose for this corpus, and listings cut into pages
// still show every record exactly once.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { alignedRows, placesOf, themeColumns } from '../../src/domain/compare.ts';
import { provinceGroups, themeView } from '../../src/paging/compare-pages.ts';
import { PAGE_BUDGET_BYTES } from '../../src/paging/budget.ts';
import type { Reform } from '../../src/schemas/analysis.ts';
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

describe('theme pages', () => {
  const views = themes.map((theme) => {
    const columns = themeColumns(theme, places, measures);
    return { theme, columns, mode: themeView(columns, () => alignedRows(columns)).mode };
  });

  test('each uses the view its size calls for, and this corpus has both views', () => {
    for (const { theme, mode } of views) {
      const page = html(`compare/${theme}/`);
      expect(count(page, 'class="side-by-side"'), theme).toBe(mode === 'side-by-side' ? 1 : 0);
      expect(count(page, 'class="theme-summary"'), theme).toBe(mode === 'summary' ? 1 : 0);
    }
    expect(new Set(views.map((v) => v.mode))).toEqual(new Set(['side-by-side', 'summary']));
  });

  test('a summary page lists every place with measures on the theme, under its own id', () => {
    for (const { theme, columns } of views.filter((v) => v.mode === 'summary')) {
      const page = html(`compare/${theme}/`);
      for (const c of columns) expect(page, `${theme} ${c.place.id}`).toContain(`<tr id="${c.place.id}"`);
    }
  });

  test('the province pages of a theme, all their pages together, show each of its measures once', () => {
    for (const { theme, columns } of views) {
      const total = columns.reduce((n, c) => n + c.measures.length, 0);
      let shown = 0;
      for (const group of provinceGroups(places)) {
        if (!columns.some((c) => c.place.province === group.province)) continue;
        for (const url of pagesOf(`compare/${theme}/${group.slug}/`)) shown += count(html(url).split('class="side-by-side"')[1]!, 'class="measure-card"');
      }
      expect(shown, theme).toBe(total);
    }
  });
});

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
