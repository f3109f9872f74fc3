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

// What lets public/_headers hold a Content-Security-Policy without
// 'unsafe-inline': every script and stylesheet is a file of the site.
test('the built HTML holds no inline scripts, <style> elements or style attributes', () => {
  const scripts = sitePages().flatMap((page) => page.scripts.filter((s) => !s.src).map(() => `${page.url}: inline <script>`));
  const styles = sitePages().flatMap((page) => page.inlineStyles.map((s) => `${page.url}: ${s.kind === 'element' ? '<style>' : `<${s.tag} style>`}`));
  expect([...scripts, ...styles].slice(0, 20)).toEqual([]);
});

test('the safety checks catch a handler and a disguised javascript: URL', () => {
  const page = parsePage('<body onload="x()"><a href=" java\tscript:alert(1)">a</a><a href="/ok/">b</a></body>', 'index.html');
  expect(page.inlineHandlers).toEqual([{ tag: 'body', attr: 'onload' }]);
  expect(page.references.filter((r) => isJavaScriptUrl(r.value)).map((r) => r.value)).toEqual([' java\tscript:alert(1)']);
  const styled = parsePage('<style>a{}</style><svg><rect style="fill:red"/></svg><script>1</script>', 'index.html');
  expect(styled.inlineStyles).toEqual([
    { tag: 'style', kind: 'element' },
    { tag: 'rect', kind: 'attribute' },
  ]);
  expect(styled.scripts.map((s) => s.src)).toEqual([null]);
});
