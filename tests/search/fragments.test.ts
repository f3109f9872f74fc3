import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { buildManifest, readFragments } from '../../scripts/build-site/search/fragments.ts';
import { decodeManifestBytes, encodeManifest, expandManifest, MANIFEST_VERSION } from '../../src/search/manifest.ts';

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

test('records of one document map to that document in the manifest', () => {
  const dir = bundle({
    'zh-cn_b': fragment('/documents/a/#part-1', '甲'),
    'zh-cn_a': fragment('/documents/a/', '甲'),
    'zh-cn_c': fragment('/documents/b/', '乙'),
  });
  const manifest = buildManifest(readFragments(dir));
  expect(manifest.documents.map((d) => d.url)).toEqual(['/documents/a/', '/documents/b/']);
  expect(manifest.records).toEqual({ 'zh-cn_a': 0, 'zh-cn_b': 0, 'zh-cn_c': 1 });
  expect(manifest.documents[0]).toMatchObject({ title: '甲', date: '2023-02-28', filters: { province: ['陕西'] } });
  expect(manifest.filterKeys).toEqual(['province', 'level']);
});

test('a file without the Pagefind signature fails loudly', () => {
  const dir = bundle({});
  writeFileSync(path.join(dir, 'fragment', 'x.pf_fragment'), gzipSync('{"url":"/"}'));
  expect(() => readFragments(dir)).toThrow(/signature/);
});

test('the browser decodes the manifest whether or not the server already unzipped it', async () => {
  const manifest = { version: MANIFEST_VERSION, filterKeys: [], documents: [], records: {} };
  const json = new TextEncoder().encode(JSON.stringify(encodeManifest(manifest)));
  expect(await decodeManifestBytes(gzipSync(json))).toEqual(manifest);
  expect(await decodeManifestBytes(json)).toEqual(manifest);
  await expect(decodeManifestBytes(new TextEncoder().encode('{"version":0}'))).rejects.toThrow(/rebuild/);
});

test('the manifest on the wire expands to the manifest that was built, filters and records included', () => {
  const dir = bundle({
    'zh-cn_b': fragment('/documents/a/#part-1', '甲'),
    'zh-cn_a': fragment('/documents/a/', '甲'),
    'zh-cn_c': { ...fragment('/documents/b/', '乙'), filters: { province: ['宁夏'], theme: ['开办企业', '纳税'] } },
  });
  const manifest = buildManifest(readFragments(dir));
  const wire = encodeManifest(manifest);
  expect(wire.recordPrefix).toBe('zh-cn_');
  expect(wire.records).toEqual(['a b', 'c']);
  expect(wire.filters.province.values).toEqual(['宁夏', '陕西']);
  expect(expandManifest(JSON.parse(JSON.stringify(wire)))).toEqual(manifest);
});

test('a record id that is a prefix of another keeps a character of its own', () => {
  const manifest = {
    version: MANIFEST_VERSION,
    filterKeys: [],
    documents: [{ url: '/d/', title: 't', date: '', filters: {} }],
    records: { 'zh-cn_a': 0, 'zh-cn_ab': 0 },
  };
  const wire = encodeManifest(manifest);
  expect(wire.records[0].split(' ').every(Boolean)).toBe(true);
  expect(expandManifest(wire)).toEqual(manifest);
});
