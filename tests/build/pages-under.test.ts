// The chart step lists a built site's pages while the search index is being
// written beside them (page-steps.ts runs both at once): the listing must not
// stat files another process may remove, nor enter dist/pagefind/.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { pagesUnder } from '../../scripts/site/pages.ts';

const dist = mkdtempSync(path.join(os.tmpdir(), 'pages-under-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

test('the HTML pages of a site, sorted, without the search index’s folder, other files or dangling links', () => {
  for (const file of [
    'index.html',
    'documents/b/index.html',
    'documents/a/index.html',
    'documents/a/chart-1.svg',
    'pagefind/ningxia/x.html',
    'data/measures.csv',
  ]) {
    mkdirSync(path.join(dist, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(dist, file), '');
  }
  // A fragment Pagefind removed after the folder was read looks like this to stat: ENOENT.
  symlinkSync(path.join(dist, 'gone.pf_fragment'), path.join(dist, 'documents/a/vanished.html'));
  expect(pagesUnder(dist)).toEqual(['documents/a/index.html', 'documents/b/index.html', 'index.html'].map((f) => f.split('/').join(path.sep)));
});
