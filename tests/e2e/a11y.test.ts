import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, dist, firstDocumentPath, startSite, visit, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

// One page of each kind; /search/ is tested as whatever it is at the time.
const pages: [string, string | (() => Promise<string>)][] = [
  ['the home page', '/'],
  ['a province page', '/provinces/ningxia/'],
  ['an empty province page', '/provinces/qinghai/'],
  ['a city page', '/provinces/ningxia/yinchuan/'],
  ['a document page', () => firstDocumentPath(site)],
  [
    'a task-table document page',
    async () => {
      const { page } = await visit(site, '/provinces/ningxia/yinchuan/');
      const href = await page
        .getByRole('link', { name: /细化任务清单/ })
        .first()
        .getAttribute('href');
      await page.close();
      return href ?? '/';
    },
  ],
  ['the search page', '/search/'],
  ['the comparison matrix', '/compare/'],
  ['a theme page with places side by side', () => themePage('class="side-by-side"')],
  ['a province’s side-by-side page of a theme, with measures touching it secondarily', async () => provincePage(await themePage('class="secondary-measures"'))],
  // Summary pages appear past the page budget only (a corpus many times today's); checked where the corpus has one.
  ...(findThemePage('class="theme-summary"')
    ? [['a theme page that summarises place by place', () => themePage('class="theme-summary"')] as [string, () => Promise<string>]]
    : []),
  ['the data page with its codebook of themes and metrics', '/data/'],
  ['a page of the units index past the first', '/units/page/2/'],
];

/** The first theme page whose HTML holds `marker` (the view it uses depends on the corpus), if any does. */
function findThemePage(marker: string): string | undefined {
  const theme = readdirSync(path.join(dist, 'compare')).find(
    // A theme's folder holds its page; matrix/ and targets/ (the charts' CSV) hold none at their top.
    (t) =>
      t !== 'matrix' &&
      existsSync(path.join(dist, 'compare', t, 'index.html')) &&
      readFileSync(path.join(dist, 'compare', t, 'index.html'), 'utf8').includes(marker),
  );
  return theme && `/compare/${theme}/`;
}

async function themePage(marker: string): Promise<string> {
  const found = findThemePage(marker);
  if (!found) throw new Error(`no theme page holds ${marker}`);
  return found;
}

/** The first province page of a theme page. */
function provincePage(theme: string): string {
  return `${theme}${readdirSync(path.join(dist, theme)).find((f) => !f.endsWith('.html'))}/`;
}

for (const [name, where] of pages) {
  test(`${name} has no serious or critical axe-core violations`, { timeout: 60_000 }, async () => {
    const urlPath = typeof where === 'string' ? where : await where();
    const { page, errors } = await visit(site, urlPath);
    const found = await axeViolations(page);
    expect(found.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.slice(0, 3).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('the controls beside each measure are tap targets of at least 24 × 24 CSS px (WCAG 2.2, 2.5.8), on a phone', async () => {
  const { page, errors } = await visit(site, await firstDocumentPath(site), { width: 375, height: 740 });
  const sizes = await page
    .locator('.measure-meta .permalink, .measure-more > summary')
    .evaluateAll((targets) => targets.map((t) => ({ text: t.textContent, ...t.getBoundingClientRect().toJSON() })));
  expect(sizes.length).toBeGreaterThan(0);
  expect(sizes.filter((s) => s.width < 24 || s.height < 24)).toEqual([]);
  expect(errors).toEqual([]);
});
