// What search engines and feed readers fetch: the sitemap lists every HTML
// page of the build but the old unit addresses (and nothing else), robots.txt points to it, and every
// feed is RSS 2.0 as the specification (rssboard.org/rss-specification)
// requires — a channel with title, link and description, items with a title
// or description, absolute links, RFC 822 dates — newest first by 成文日期,
// linking to document pages that exist.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { dist, siteFiles, sitePages } from './dist.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'sitemap', 'item', 'category'].includes(name) });
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');

function xml(file: string) {
  const text = read(file);
  const valid = XMLValidator.validate(text);
  expect(valid, `${file} is not well-formed XML`).toBe(true);
  return parser.parse(text);
}

test('the sitemap lists every HTML page but the 404 page and the old addresses (noindex), once, on the configured site', () => {
  const index = xml('sitemap-index.xml');
  const locs: string[] = index.sitemapindex.sitemap.flatMap((s: { loc: string }) => {
    const file = new URL(s.loc).pathname.slice(1);
    return xml(file).urlset.url.map((u: { loc: string }) => u.loc);
  });
  const site = new URL(locs[0]!).origin;
  const listed = locs.map((loc) => new URL(loc).pathname);
  const pages = sitePages()
    .filter((p) => p.url !== '/404.html' && !read(p.file).includes('<meta name="robots" content="noindex">'))
    .map((p) => p.url);
  expect(new Set(listed).size).toBe(listed.length);
  expect([...listed].sort()).toEqual([...pages].sort());
  expect(read('robots.txt')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
});

test('every feed is RSS 2.0, newest first by 成文日期, linking to document pages', () => {
  const feeds = [...siteFiles()].filter((f) => f.startsWith('feeds/') && f.endsWith('.xml'));
  expect(feeds).toContain('feeds/documents.xml');
  const documentPages = new Set(sitePages().map((p) => p.url));
  for (const file of feeds) {
    const { rss } = xml(file);
    expect(rss['@version'], file).toBe('2.0');
    const channel = rss.channel;
    for (const field of ['title', 'link', 'description']) expect(String(channel[field] ?? '').trim(), `${file}: channel ${field}`).not.toBe('');
    expect(URL.canParse(channel.link), `${file}: channel link`).toBe(true);
    expect(new URL(channel['atom:link']['@href']).pathname, `${file}: atom:link rel=self`).toBe(`/${file}`);
    const items: { title?: string; description?: string; link: string; guid: { '#text': string }; pubDate?: string }[] = channel.item ?? [];
    const dates = items.map((item) => {
      expect(item.title ?? item.description, `${file}: an item needs a title or a description`).toBeTruthy();
      const url = new URL(item.link);
      expect(url.origin).toBe(new URL(channel.link).origin);
      expect(documentPages.has(url.pathname) && url.pathname.startsWith('/documents/'), `${file}: ${item.link} is not a document page`).toBe(true);
      expect(item.guid['#text']).toBe(item.link);
      if (item.pubDate === undefined) return -Infinity;
      // RFC 822 as RSS 2.0 writes it: “Wed, 04 Jun 2025 00:00:00 GMT”.
      expect(item.pubDate, file).toMatch(
        /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/,
      );
      return Date.parse(item.pubDate);
    });
    expect(dates, `${file}: items newest first`).toEqual([...dates].sort((a, b) => b - a));
    if (file === 'feeds/documents.xml') expect(items.length).toBeGreaterThan(0);
  }
});

test('a document page links to the item-by-item comparison with the plan it implements, and a plan to those of the plans implementing it (a review of the transmission pages)', () => {
  const transmissions = JSON.parse(read('data/transmissions.json')) as { id: string; upstreamId: string; downstreamId: string }[];
  expect(transmissions.length).toBeGreaterThan(0);
  for (const t of transmissions)
    for (const id of [t.upstreamId, t.downstreamId]) expect(read(`documents/${id}/index.html`), `${id} → ${t.id}`).toContain(`href="/transmissions/${t.id}/"`);
  const xianyang = read('documents/shaanxi-xianyang-2023-ea66ce/index.html');
  expect(xianyang).toMatch(/落实陕西省级《[^》]+》的逐条对照/);
});
