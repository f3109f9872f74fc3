import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { buildBundleManifest, readFragment, readFragments, restoreText, writeFragment } from '../../scripts/build-site/search/fragments.ts';
import { indexWords } from '../../src/search/index-words.ts';
import type { PagefindMeta } from '../../scripts/build-site/search/pagefind-meta.ts';
import { decodeJsonBytes, encodeBundleManifest, expandBundleManifest, MANIFEST_VERSION } from '../../src/search/manifest.ts';

const fragment = (url: string, title: string) => ({
  url,
  content: '',
  word_count: 0,
  meta: { title, date: '2023-02-28' },
  filters: { province: ['陕西'], level: ['省级'] },
  anchors: [],
});

function bundle(fragments: Record<string, object>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pf-'));
  mkdirSync(path.join(dir, 'fragment'));
  for (const [id, f] of Object.entries(fragments)) {
    writeFileSync(path.join(dir, 'fragment', `${id}.pf_fragment`), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(f))])));
  }
  return dir;
}

/** A page table listing these record ids in this order. */
const meta = (...hashes: string[]): PagefindMeta => ({
  version: '1.6.0',
  pages: hashes.map((hash) => ({ hash, words: 0, group: '' })),
  chunks: [],
  filters: [],
});

const three = () =>
  readFragments(
    bundle({
      'zh-cn_b': fragment('/documents/a/#part-1', '甲'),
      'zh-cn_a': fragment('/documents/a/', '甲'),
      'zh-cn_c': { ...fragment('/documents/b/', '乙'), filters: { province: ['宁夏'], theme: ['开办企业', '纳税'] } },
    }),
  );

test("a bundle's documents follow Pagefind's page table, each with its number of records", () => {
  const manifest = buildBundleManifest(meta('zh-cn_a', 'zh-cn_b', 'zh-cn_c'), three(), ['/documents/a/', '/documents/a/#part-1', '/documents/b/']);
  expect(manifest.documents.map((d) => d.url)).toEqual(['/documents/a/', '/documents/b/']);
  expect(manifest.records).toEqual([2, 1]);
  expect(manifest.documents[0]).toMatchObject({ title: '甲', date: '2023-02-28', filters: { province: ['陕西'] } });
});

test('a page table in another order than the records were added fails the build', () => {
  expect(() => buildBundleManifest(meta('zh-cn_b', 'zh-cn_a', 'zh-cn_c'), three(), ['/documents/a/', '/documents/a/#part-1', '/documents/b/'])).toThrow(
    /page 0 is \/documents\/a\/#part-1, but \/documents\/a\/ was added 0th/,
  );
});

test('a page table that lists a record twice, misses one or splits a document fails the build', () => {
  const added = ['/documents/a/', '/documents/a/#part-1', '/documents/b/'];
  expect(() => buildBundleManifest(meta('zh-cn_a', 'zh-cn_b'), three(), added)).toThrow(/lists 2 records; 3 were added/);
  expect(() => buildBundleManifest(meta('zh-cn_a', 'zh-cn_b', 'zh-cn_x'), three(), added)).toThrow(/zh-cn_x, which has no fragment/);
  expect(() => buildBundleManifest(meta('zh-cn_a', 'zh-cn_c', 'zh-cn_b'), three(), ['/documents/a/', '/documents/b/', '/documents/a/#part-1'])).toThrow(
    /records of \/documents\/a\/ are not one after another/,
  );
});

test('a file without the Pagefind signature fails loudly', () => {
  const dir = bundle({});
  writeFileSync(path.join(dir, 'fragment', 'x.pf_fragment'), gzipSync('{"url":"/"}'));
  expect(() => readFragments(dir)).toThrow(/signature/);
});

test('the browser decodes a manifest whether or not the server already unzipped it', async () => {
  const json = new TextEncoder().encode(JSON.stringify({ version: MANIFEST_VERSION }));
  expect(await decodeJsonBytes(gzipSync(json))).toEqual({ version: MANIFEST_VERSION });
  expect(await decodeJsonBytes(json)).toEqual({ version: MANIFEST_VERSION });
});

test("a bundle's manifest on the wire expands to the one that was built, filters included, and a stale one fails", () => {
  const manifest = buildBundleManifest(meta('zh-cn_a', 'zh-cn_b', 'zh-cn_c'), three(), ['/documents/a/', '/documents/a/#part-1', '/documents/b/']);
  const wire = encodeBundleManifest(manifest);
  expect(wire.filters.province.values).toEqual(['宁夏', '陕西']);
  expect(JSON.stringify(wire)).not.toContain('zh-cn_');
  expect(expandBundleManifest(JSON.parse(JSON.stringify(wire)))).toEqual(manifest);
  expect(() => expandBundleManifest({ ...wire, version: MANIFEST_VERSION - 1 })).toThrow(/rebuild/);
});

/** A fragment as Pagefind writes it for a record of this text: one index word (or the character, where it has none) a position. */
const indexed = (text: string, anchors = [{ element: 'h2', id: 'h', text: '', location: 0 }]) => {
  const words = indexWords([...text]).map((word, at) => word ?? [...text][at]);
  return { ...fragment('/documents/a/', '甲'), content: words.map((w) => `${w} `).join('\u200B'), word_count: words.length, anchors };
};

test("a fragment gets the record's characters back in place of its index words, headings' anchor texts too", () => {
  const restored = restoreText(indexed('三、保障措施A', [{ element: 'h2', id: 'h', text: '', location: 0 }]), '三、保障措施A');
  expect(restored.content).toBe('三 \u200B、 \u200B保 \u200B障 \u200B措 \u200B施 \u200BA ');
  const words = indexWords([...'一二三']) as string[];
  const heading = restoreText(indexed('一二三', [{ element: 'h3', id: 'x', text: `${words[1]} ${words[2]}`, location: 1 }]), '一二三');
  expect(heading.anchors[0].text).toBe('二 三');
  expect(heading.meta).toEqual({ title: '甲', date: '2023-02-28' });
});

test('a fragment whose words are not the index view’s, one a position, fails the build', () => {
  expect(() => restoreText(indexed('带押过户'), '带押过')).toThrow(/4 words of 3 characters/);
  expect(() => restoreText(indexed('带押过户'), '带押户过')).toThrow(/“.{8}” at position 1 where the index view put/);
});

test('a fragment written back reads as it was', () => {
  const dir = bundle({});
  const file = path.join(dir, 'fragment', 'zh-cn_a.pf_fragment');
  const restored = restoreText(indexed('过户'), '过户');
  writeFragment(file, restored);
  expect(readFragment(file)).toEqual(restored);
});
