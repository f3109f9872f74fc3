import { expect, test } from 'vitest';
import { isJavaScriptUrl, parsePage } from '../../scripts/site/pages.ts';
import { sitePages } from './dist.ts';

// Inline handlers and javascript: URLs mix code into markup: they defeat a
// Content-Security-Policy without 'unsafe-inline' and hide behaviour from review.
test('the built HTML holds no inline event handlers', () => {
  const found = sitePages().flatMap((page) => page.inlineHandlers.map((h) => `${page.url}: <${h.tag} ${h.attr}>`));
  expect(found).toEqual([]);
});

test('the built HTML holds no javascript: URLs', () => {
  const found = sitePages().flatMap((page) =>
    page.references.filter((ref) => isJavaScriptUrl(ref.value)).map((ref) => `${page.url}: <${ref.tag} ${ref.attr}="${ref.value}">`),
  );
  expect(found).toEqual([]);
});

test('the safety checks catch a handler and a disguised javascript: URL', () => {
  const page = parsePage('<body onload="x()"><a href=" java\tscript:alert(1)">a</a><a href="/ok/">b</a></body>', 'index.html');
  expect(page.inlineHandlers).toEqual([{ tag: 'body', attr: 'onload' }]);
  expect(page.references.filter((r) => isJavaScriptUrl(r.value)).map((r) => r.value)).toEqual([' java\tscript:alert(1)']);
});
