import { expect, test } from 'vitest';
import { checkLinks } from '../../scripts/site/links.ts';
import { parsePage } from '../../scripts/site/pages.ts';
import { siteFiles, sitePages } from './dist.ts';

test('every internal link and #fragment of the built site resolves', () => {
  const files = siteFiles();
  const report = checkLinks(sitePages(), files);
  expect(report.links).toBeGreaterThan(0);
  expect(report.anchors).toBeGreaterThan(0);
  expect(report.broken.map((b) => `${b.page} → ${b.href}: ${b.reason}`)).toEqual([]);
});

test('the link check reports a missing page and a missing fragment with the page they are on', () => {
  const files = new Set(['index.html', 'a/index.html', 'style.css']);
  const home = parsePage(
    '<a href="/a/#here">ok</a><a href="/a/#gone">x</a><a href="/b/">x</a><link href="/style.css"><a href="https://example.org/">ext</a>',
    'index.html',
  );
  const a = parsePage('<h2 id="here">here</h2><a href="#">top</a><a href="../#nowhere">x</a>', 'a/index.html');
  const report = checkLinks([home, a], files);
  expect(report).toMatchObject({ pages: 2, links: 6, anchors: 3 });
  expect(report.broken.map((b) => [b.page, b.href])).toEqual([
    ['/', '/a/#gone'],
    ['/', '/b/'],
    ['/a/', '../#nowhere'],
  ]);
});
