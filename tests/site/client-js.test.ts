import { expect, test } from 'vitest';
import { shippedScripts } from '../../scripts/site/client-js.ts';
import { documentPages } from '../../scripts/site/pages.ts';
import { dist, sitePages } from './dist.ts';

// Document pages are for reading: the text, its structure and its measures are
// all HTML and CSS. The search box (“/” to focus it) is the only script allowed.
test('document pages ship no client JavaScript beyond the search box', () => {
  const pages = documentPages(sitePages());
  expect(pages.length).toBeGreaterThan(0);
  const outside = pages.flatMap((page) =>
    shippedScripts(page, dist)
      .filter((s) => !s.inSearchBox)
      .map((s) => `${page.url}: ${s.src ?? `inline script (${s.bytes} bytes)`}`),
  );
  expect(outside).toEqual([]);
});
