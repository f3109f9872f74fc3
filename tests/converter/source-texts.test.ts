// The source texts the site publishes (/sources/<name>): written as the converter numbered them, a format's
// text under <name>.txt, stale ones removed, and a reused file whose text is missing found out.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { missingSourceTexts, writeSourceTexts } from '../../scripts/build-site/converter/io/emit.ts';
import { sourceTextHref, sourceTextName } from '../../src/domain/source-text.ts';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

test('a plain text keeps its name, a format’s extracted text takes .txt after it, and links are encoded', () => {
  expect(sourceTextName('sources/003_4811e9eeda5fc394.txt')).toBe('003_4811e9eeda5fc394.txt');
  expect(sourceTextName('sources/银川 任务清单.xlsx')).toBe('银川 任务清单.xlsx.txt');
  expect(sourceTextHref('sources/银川 任务清单.xlsx')).toBe('/sources/%E9%93%B6%E5%B7%9D%20%E4%BB%BB%E5%8A%A1%E6%B8%85%E5%8D%95.xlsx.txt');
});

test('texts are written byte for byte, texts of files gone are removed, and missing ones are found', async () => {
  const out = await mkdtemp(path.join(tmpdir(), 'source-texts-'));
  dirs.push(out);
  const files = ['sources/a.txt', 'sources/b.pdf'];
  expect(await missingSourceTexts(out, files)).toEqual(new Set(files));
  await writeSourceTexts(
    out,
    [
      { file: 'sources/a.txt', text: '一、总体要求\n（一）…' },
      { file: 'sources/b.pdf', text: 'page one\npage two' },
    ],
    files,
  );
  expect(await readFile(path.join(out, 'sources', 'a.txt'), 'utf8')).toBe('一、总体要求\n（一）…');
  expect(await readFile(path.join(out, 'sources', 'b.pdf.txt'), 'utf8')).toBe('page one\npage two');
  expect(await missingSourceTexts(out, [...files, 'sources/c.docx'])).toEqual(new Set(['sources/c.docx']));
  // b.pdf left the sources: its text goes; a.txt, reused, is not read again and stays.
  await writeSourceTexts(out, [], ['sources/a.txt']);
  expect(await readdir(path.join(out, 'sources'))).toEqual(['a.txt']);
});
