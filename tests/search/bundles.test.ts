import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { bundleName, chunkSizeFor, filterValuesOf, planBundles } from '../../scripts/build-site/search/bundles.ts';
import { parsePagefindMeta, readPagefindMeta } from '../../scripts/build-site/search/pagefind-meta.ts';
import { readFragments } from '../../scripts/build-site/search/fragments.ts';
import { readSearchManifest } from '../../scripts/site/search-manifest.ts';

const dist = path.resolve(import.meta.dirname, '../../dist');

test('the province of a page is read from its filter, whether the text or the attribute holds it', () => {
  const html = `<main data-pagefind-body><span data-pagefind-filter="province" data-pagefind-ignore hidden>宁夏</span>
    <span data-pagefind-filter="year" hidden>2023</span><i data-pagefind-filter="city:银川市, level:市级"></i></main>`;
  expect(filterValuesOf(html, 'province')).toEqual(['宁夏']);
  expect(filterValuesOf(html, 'city')).toEqual(['银川市']);
  expect(filterValuesOf(html, 'level')).toEqual(['市级']);
  expect(filterValuesOf(html, 'theme')).toEqual([]);
  expect(filterValuesOf('<b data-pagefind-filter="province">A &amp; B</b>', 'province')).toEqual(['A & B']);
});

test('one bundle per province, the Northwest first, pages in the order given', () => {
  const page = (url: string, province: string | null) => ({ file: url, url, province });
  const plans = planBundles([
    page('/d/1/', '四川'),
    page('/d/2/', '宁夏'),
    page('/d/3/', '陕西'),
    page('/d/4/', '宁夏'),
    page('/d/5/', null),
    page('/d/6/', '某省'),
  ]);
  expect(plans.map((p) => [p.name, p.provinces, p.pages.map((x) => x.url)])).toEqual([
    ['shaanxi', ['陕西'], ['/d/3/']],
    ['ningxia', ['宁夏'], ['/d/2/', '/d/4/']],
    ['sichuan', ['四川'], ['/d/1/']],
    [bundleName('某省'), ['某省'], ['/d/6/']],
    ['other', [], ['/d/5/']],
  ]);
  expect(bundleName('某省')).toMatch(/^p-[0-9a-z]+$/);
});

/** A minimal CBOR encoder (unsigned integers, text, arrays): Pagefind's metadata is written with minicbor. */
function cbor(value: unknown): Buffer {
  const head = (major: number, n: number) =>
    n < 24 ? Buffer.from([(major << 5) | n]) : n < 256 ? Buffer.from([(major << 5) | 24, n]) : Buffer.from([(major << 5) | 25, n >> 8, n & 255]);
  if (typeof value === 'number') return head(0, value);
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([head(3, bytes.length), bytes]);
  }
  const list = value as unknown[];
  return Buffer.concat([head(4, list.length), ...list.map(cbor)]);
}
const metaFile = (value: unknown) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), cbor(value)]));

test("Pagefind's metadata file is read: its page table, chunks and filters", () => {
  const meta = parsePagefindMeta(metaFile(['1.6.0', [['zh-cn_abcdefg', 2776, '']], [['押', '过', 'zh-cn_1234567']], [['city', 'zh-cn_7654321']], [], []]));
  expect(meta.version).toBe('1.6.0');
  expect(meta.pages).toEqual([{ hash: 'zh-cn_abcdefg', words: 2776, group: '' }]);
  expect(meta.chunks).toEqual([{ from: '押', to: '过', hash: 'zh-cn_1234567' }]);
  expect(meta.filters).toEqual([{ filter: 'city', hash: 'zh-cn_7654321' }]);
});

test('metadata in another shape fails loudly, naming what changed', () => {
  expect(() => parsePagefindMeta(metaFile([1]))).toThrow(/no version string/);
  expect(() => parsePagefindMeta(metaFile(['1.7.0', [['zh-cn_a', 3]], [], []]))).toThrow(/a page is not \[string, number, string\]/);
  expect(() => parsePagefindMeta(gzipSync('{}'))).toThrow(/signature/);
});

test("the built index: every bundle's page table lists its fragments, and each bundle holds one province", () => {
  const { root, bundles } = readSearchManifest(dist);
  expect(bundles.length).toBe(root.bundles.length);
  expect(bundles.length).toBeGreaterThan(1);
  const ids = new Set<string>();
  for (const { bundle, manifest } of bundles) {
    const dir = path.join(dist, bundle.path);
    const meta = readPagefindMeta(dir);
    const fragments = readFragments(dir);
    expect(meta.pages.length).toBe(bundle.records);
    expect(manifest.records.reduce((a, b) => a + b, 0)).toBe(bundle.records);
    // Records in the page table's order belong to the manifest's documents in order.
    let page = 0;
    manifest.documents.forEach((document, i) => {
      for (let r = 0; r < manifest.records[i]; r++) expect(fragments.get(meta.pages[page++].hash)?.url.replace(/#.*$/, '')).toBe(document.url);
    });
    for (const fragment of fragments.values()) expect(fragment.filters.province).toEqual(bundle.provinces);
    for (const p of meta.pages) {
      expect(ids.has(p.hash)).toBe(false);
      ids.add(p.hash);
    }
    // A bundle carries no second copy of Pagefind's script, and no UI.
    expect(readdirSync(dir).filter((name) => name.endsWith('.js') || name.endsWith('.css'))).toEqual([]);
  }
  expect(readFileSync(path.join(dist, 'pagefind', 'pagefind.js'), 'utf8')).toContain('createInstance');
});

test('a larger bundle is indexed in larger chunks, growing with the square root of its pages', () => {
  expect(chunkSizeFor(25 * 1024 * 1024)).toBeGreaterThan(3000);
  expect(chunkSizeFor(25 * 1024 * 1024)).toBeLessThan(3200);
  expect(chunkSizeFor(4 * 1024 * 1024)).toBeCloseTo(chunkSizeFor(1024 * 1024) * 2, -1);
  expect(chunkSizeFor(0)).toBe(200);
});
