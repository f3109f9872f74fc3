// Bad input gets a clear message naming the file and line; every problem is
// listed, not only the first; the other documents still convert.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { convert } from '../../scripts/build-site/converter/pipeline.ts';
import type { RawSource } from '../../scripts/build-site/converter/model.ts';

const root = path.resolve(import.meta.dirname, '../..');
const good = readFileSync(path.join(root, 'tests/fixtures/web-plan/document-rule-first-unit-leads/input.txt'));
const raw = (name: string, bytes: Uint8Array | string): RawSource => ({
  file: `sources/${name}`,
  name,
  bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
});
const problems = (sources: RawSource[]) =>
  convert(sources, null).diagnostics.map((d) => `${d.file}:${d.line ?? '-'} ${d.fatal ? 'error' : 'warning'} ${d.ruleId}`);

describe('bad input', () => {
  test('an empty file is an error naming it', () => {
    expect(problems([raw('empty.txt', '')])).toEqual(['sources/empty.txt:- error decode/empty']);
  });
  test('a binary file is an error naming the line of its first NUL byte', () => {
    expect(problems([raw('image.txt', new Uint8Array([0x41, 0x0a, 0x42, 0x00, 0x43]))])).toEqual(['sources/image.txt:2 error decode/binary']);
  });
  test('bytes that are neither UTF-8 nor GB18030 are an error naming the line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('一、总体要求\n第二行'), 0xff, 0xfe]);
    expect(problems([raw('broken.txt', bytes)])).toEqual(['sources/broken.txt:2 error decode/undecodable']);
  });
  test('GBK input converts like UTF-8 input', () => {
    const fromGbk = convert([raw('gbk.txt', new Uint8Array(iconv.encode(good.toString('utf8'), 'gbk')))], null);
    const fromUtf8 = convert([raw('gbk.txt', new Uint8Array(good))], null);
    expect(fromGbk.documents[0].measures.map((m) => m.text)).toEqual(fromUtf8.documents[0].measures.map((m) => m.text));
  });
  test('CRLF line ends and a BOM change nothing', () => {
    const crlf = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(good.toString('utf8').replace(/\n/g, '\r\n'))]);
    const a = convert([raw('a.txt', crlf)], null).documents[0];
    const b = convert([raw('a.txt', new Uint8Array(good))], null).documents[0];
    expect(a.measures).toEqual(b.measures);
  });
  test('a text of no known layout is an error naming its first line', () => {
    expect(problems([raw('notes.txt', '\n会议纪要\n今天讨论了很多事情。\n')])).toEqual(['sources/notes.txt:2 error layout/unknown']);
  });
  test('a document with no recognisable items is kept, with a warning', () => {
    const result = convert([raw('plan.txt', '关于印发某方案的通知\n某方案\n一、总体要求\n没有编号的正文。\n')], null);
    expect(result.documents).toHaveLength(1);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('measures/none');
  });
  test('a compilation that ends inside a title says the file may be truncated', () => {
    const text = readFileSync(path.join(root, 'sources/002_041f23564040a89e.txt'), 'utf8').split('\n').slice(0, 317).join('\n');
    const result = convert([raw('cut.txt', `${text}\n2. 陕西省发展和改革委员会关于复制推广学习借鉴省内外优化\n`)], null);
    expect(result.documents).toHaveLength(1);
    expect(result.diagnostics.map((d) => `${d.line} ${d.ruleId}`)).toContain('318 split/truncated');
  });
  test('one unreadable file never drops the others; every problem is listed', () => {
    const result = convert([raw('empty.txt', ''), raw('plan.txt', new Uint8Array(good)), raw('image.txt', new Uint8Array([0, 1, 2]))], null);
    expect(result.documents.map((d) => d.document.title)).toEqual(['中卫市人民政府办公室关于印发中卫市优化营商环境行动方案的通知']);
    expect(result.diagnostics.filter((d) => d.fatal).map((d) => d.file)).toEqual(['sources/empty.txt', 'sources/image.txt']);
  });
});

describe('the ingest command', () => {
  test('exits non-zero, names every bad file and line, and still writes the good document', () => {
    const sources = mkdtempSync(path.join(tmpdir(), 'sources-'));
    const out = mkdtempSync(path.join(tmpdir(), 'content-'));
    writeFileSync(path.join(sources, 'a-empty.txt'), '');
    writeFileSync(path.join(sources, 'b-plan.txt'), good);
    writeFileSync(path.join(sources, 'c-notes.txt'), '会议纪要\n今天讨论了很多事情。\n');
    const run = spawnSync(path.join(root, 'node_modules/.bin/node'), [path.join(root, 'scripts/build-site/ingest.ts'), '--sources', sources, '--out', out], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/a-empty\.txt {2}error {2}file is empty/);
    expect(run.stderr).toMatch(/c-notes\.txt:1 {2}error {2}cannot tell the layout/);
    expect(run.stdout).toMatch(/no manifest\.json|documents 1/);
    expect(run.stdout).toMatch(/documents 1 · measures 32/);
    const written = execFileSync('ls', [path.join(out, 'documents')], { encoding: 'utf8' });
    expect(written.trim().split('\n')).toHaveLength(1);
  });
});
