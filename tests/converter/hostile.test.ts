// A corpus of hostile files (tests/fixtures/hostile, plus a 2 MB single line
// made here): each converts with its text intact and inert, or fails with a
// message naming file and line; nothing is silently dropped.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let run: ReturnType<typeof spawnSync>;
let out: string;

beforeAll(() => {
  const sources = mkdtempSync(path.join(tmpdir(), 'hostile-'));
  out = mkdtempSync(path.join(tmpdir(), 'hostile-content-'));
  cpSync(path.join(root, 'tests/fixtures/hostile'), sources, { recursive: true });
  // 2 MB on one line: a pathological input for line-based and regex code.
  const sentence = '推进政务服务标准化规范化便利化，（市审批局牵头）压缩至1个工作日，';
  writeFileSync(path.join(sources, 'one-line.txt'), `关于印发超长单行测试方案的通知\n一、${sentence.repeat(Math.ceil(2e6 / Buffer.byteLength(sentence)))}\n`);
  run = spawnSync(path.join(root, 'node_modules/.bin/node'), [path.join(root, 'scripts/build-site/ingest.ts'), '--sources', sources, '--out', out], {
    encoding: 'utf8',
    timeout: 60_000,
  });
}, 90_000);

describe('hostile input', () => {
  test('the command finishes, fails, and names each unusable file', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/empty\.txt {2}error {2}file is empty/);
    expect(run.stderr).toMatch(/image\.txt:\d+ {2}error {2}file holds NUL bytes/);
    expect(run.stderr).toMatch(/no-date-no-items\.txt:1 {2}error {2}cannot tell the layout/);
    expect(run.stderr).not.toMatch(/^\s+at /m); // a message, not a stack trace
  });

  test('every readable file becomes a document; the duplicate is kept and reported', () => {
    const documents = readdirSync(path.join(out, 'documents'));
    expect(documents.length).toBe(9); // crlf-bom, duplicate-a, duplicate-b, gbk, mdx-html-js, no-date, no-date-no-measures, one-line, truncated-table
    const report = JSON.parse(readFileSync(path.join(out, 'ingest-report.json'), 'utf8'));
    expect(report.counts['ids/duplicate-document']).toBe(1);
    expect(report.counts['measures/none']).toBe(1); // no-date-no-measures: kept, with a warning
    expect(report.counts['manifest/missing']).toBe(1);
  });

  test('MDX, HTML and JavaScript in the text stay text in the emitted MDX', () => {
    const file = readdirSync(path.join(out, 'documents')).find((f) => readFileSync(path.join(out, 'documents', f), 'utf8').includes('代码注入'))!;
    const mdx = readFileSync(path.join(out, 'documents', file), 'utf8');
    expect(mdx).not.toMatch(/^(import|export) /m);
    expect(mdx).not.toMatch(/(?<!\\)<(script|img|style|iframe|a)\b/);
    expect(mdx).not.toMatch(/(?<!\\)\{/);
  });

  test('a document with no date converts with its date empty, not guessed, and its 年底前 undated', () => {
    const file = readdirSync(path.join(out, 'measures')).find((f) => readFileSync(path.join(out, 'measures', f), 'utf8').includes('带押过户'))!;
    const measures = JSON.parse(readFileSync(path.join(out, 'measures', file), 'utf8'));
    const mdx = readFileSync(path.join(out, 'documents', file.replace('.json', '.mdx')), 'utf8');
    expect(mdx).toMatch(/^date: null$/m);
    expect(mdx).toMatch(/^dateOrigin: "not-stated"$/m);
    expect(measures[1].deadline).toMatchObject({ raw: '年底前', date: null });
  });
});
