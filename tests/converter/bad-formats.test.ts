// Bad PDF, Word, Excel and web page files: each gets one clear message naming
// it, the others still convert, all problems are listed at once, within
// seconds, with each reader's memory bounded (README: “Supported formats”).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { ZipFile } from 'yazl';
import { extractFormats } from '../../scripts/build-site/converter/io/formats/extract.ts';
import { ocrAvailable } from '../../scripts/build-site/converter/io/formats/ocr.ts';
import { ZIP_LIMITS } from '../../scripts/build-site/converter/io/formats/zip.ts';
import { hanAndDigits } from '../helpers/mdx-text.ts';
import type { RawSource } from '../../scripts/build-site/converter/model.ts';
import { formatsManifest } from '../helpers/formats.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/formats');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(fixtures, name)));
const raw = (name: string, bytes: Uint8Array): RawSource => ({ file: `sources/${name}`, name, bytes });
const problems = (diagnostics: { file: string; ruleId: string; fatal: boolean }[]) =>
  diagnostics.map((d) => `${path.basename(d.file)} ${d.fatal ? 'error' : 'warning'} ${d.ruleId}`);

/** A zip made with a real writer; `entries` are [name, bytes, or a size of zeros to stream]. */
function zip(entries: [string, Uint8Array | number][]): Promise<Uint8Array> {
  const archive = new ZipFile();
  for (const [name, content] of entries) {
    if (typeof content !== 'number') archive.addBuffer(Buffer.from(content), name);
    else {
      // Streamed, so the test never holds the inflated bytes either.
      const zeros = new PassThrough();
      archive.addReadStream(zeros, name);
      const chunk = Buffer.alloc(1 << 20);
      let left = content;
      const pump = () => {
        while (left > 0) {
          left -= chunk.length;
          if (!zeros.write(chunk)) return void zeros.once('drain', pump);
        }
        zeros.end();
      };
      pump();
    }
  }
  archive.end();
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    archive.outputStream
      .on('data', (b: Buffer) => parts.push(b))
      .on('end', () => resolve(new Uint8Array(Buffer.concat(parts))))
      .on('error', reject);
  });
}

describe('bad files, each named with one clear message', () => {
  test('a scanned PDF with no text layer says it needs OCR', async () => {
    const { sources, diagnostics } = await extractFormats([raw('scan.pdf', fixture('scanned.pdf'))]);
    expect(sources).toEqual([]);
    expect(problems(diagnostics)).toEqual(['scan.pdf error pdf/no-text-layer']);
    expect(diagnostics[0].reason).toMatch(/^no text layer: it needs OCR/);
  });
  // Only where Debian's tesseract-ocr and tesseract-ocr-chi-sim are installed: OCR is an option, never required.
  test.skipIf(!ocrAvailable())('asked for OCR, with tesseract installed, the scan is read, with a warning to check it', { timeout: 30_000 }, async () => {
    const { sources, diagnostics } = await extractFormats([raw('scan.pdf', fixture('scanned.pdf'))], { ocr: true });
    expect(problems(diagnostics)).toEqual(['scan.pdf warning pdf/ocr']);
    const read = hanAndDigits(sources[0].extraction!.lines.map((l) => l.text).join(''));
    const shown = hanAndDigits(readFileSync(path.join(fixtures, 'plan.source.txt'), 'utf8').split('\n').slice(0, 3).join(''));
    // OCR may misread a character or two: nine in ten of the page's characters, in order, is reading it.
    let found = 0;
    let from = 0;
    for (const c of shown) {
      const at = read.indexOf(c, from);
      if (at >= 0) [found, from] = [found + 1, at + 1];
    }
    expect(found / shown.length).toBeGreaterThan(0.9);
    expect(sources[0].extraction!.lines[0].page).toBe(1);
  });
  test('an encrypted PDF says it needs its password removed', async () => {
    const { diagnostics } = await extractFormats([raw('locked.pdf', fixture('encrypted.pdf'))]);
    expect(problems(diagnostics)).toEqual(['locked.pdf error pdf/encrypted']);
  });
  test('truncated Word and Excel files, and a PDF cut in half, are named as truncated or corrupt', async () => {
    const half = (b: Uint8Array) => b.subarray(0, Math.floor(b.length / 2));
    const { diagnostics } = await extractFormats([
      raw('cut.docx', half(fixture('plan.docx'))),
      raw('cut.xlsx', half(fixture('task-table.xlsx'))),
      raw('cut.pdf', fixture('plan.pdf').subarray(0, 2000)),
    ]);
    expect(problems(diagnostics)).toEqual(['cut.docx error docx/unreadable', 'cut.xlsx error xlsx/unreadable', 'cut.pdf error pdf/unreadable']);
    for (const d of diagnostics) expect(d.reason).toMatch(/truncated or corrupt/);
  });
  test('a zip bomb is refused by the bytes it would inflate to, and one of many entries by their number', async () => {
    const bytesBomb = await zip([
      ['[Content_Types].xml', new TextEncoder().encode('<Types/>')],
      ['xl/workbook.xml', ZIP_LIMITS.bytes + (8 << 20)],
    ]);
    const entriesBomb = await zip(Array.from({ length: ZIP_LIMITS.entries + 1 }, (_, i): [string, Uint8Array] => [`word/part-${i}.xml`, new Uint8Array(1)]));
    expect(bytesBomb.length).toBeLessThan(1_000_000);
    const { diagnostics } = await extractFormats([raw('bomb.xlsx', bytesBomb), raw('many.docx', entriesBomb)]);
    expect(problems(diagnostics)).toEqual(['bomb.xlsx error xlsx/unreadable', 'many.docx error docx/unreadable']);
    for (const d of diagnostics) expect(d.reason).toMatch(/zip bomb/);
  });
  test('an extension that lies is said, and the file is read as what its bytes are', async () => {
    const { sources, diagnostics } = await extractFormats([raw('plan.docx', fixture('plan.pdf')), raw('notice.pdf', fixture('notice.html'))]);
    expect(problems(diagnostics)).toEqual(['plan.docx warning format/extension-mismatch', 'notice.pdf warning format/extension-mismatch']);
    expect(diagnostics[0].reason).toBe('named as a Word document (.docx) but its bytes are a PDF: read as what the bytes are');
    expect(sources.map((s) => s.extraction?.format)).toEqual(['pdf', 'html']);
  });
  test('Word 97–2003 files and other zip archives are refused with what to do', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
    const { diagnostics } = await extractFormats([raw('old.doc', ole), raw('photos.zip', await zip([['a.jpg', new Uint8Array(10)]]))]);
    expect(problems(diagnostics)).toEqual(['old.doc error format/legacy-office', 'photos.zip error format/unknown-zip']);
  });
  test('a reader that runs past its deadline, or past its heap, ends only its own process', async () => {
    const slow = await extractFormats([raw('plan.pdf', fixture('plan.pdf'))], { timeoutMs: 20 });
    expect(problems(slow.diagnostics)).toEqual(['plan.pdf error format/timeout']);
    // A page of a million paragraphs parses into a tree far larger than 64 MB: its process is stopped, this one goes on.
    const page = new TextEncoder().encode(`<!doctype html><html><body>${'<p>一、推进</p>'.repeat(1_000_000)}</body></html>`);
    const big = await extractFormats([raw('huge.html', page)], { memoryMb: 64 });
    expect(problems(big.diagnostics)).toEqual(['huge.html error format/out-of-memory']);
  });
  test('every bad file at once: all named, the good ones read, within seconds', async () => {
    const start = performance.now();
    const { sources, diagnostics } = await extractFormats([
      raw('a-scan.pdf', fixture('scanned.pdf')),
      raw('b-plan.pdf', fixture('plan.pdf')),
      raw('c-locked.pdf', fixture('encrypted.pdf')),
      raw('d-table.xlsx', fixture('task-table.xlsx')),
      raw('e-cut.docx', fixture('plan.docx').subarray(0, 3000)),
      raw('f-hostile.html', fixture('hostile.html')),
    ]);
    expect(performance.now() - start).toBeLessThan(15_000);
    expect(problems(diagnostics)).toEqual([
      'a-scan.pdf error pdf/no-text-layer',
      'c-locked.pdf error pdf/encrypted',
      'e-cut.docx error docx/unreadable',
      'f-hostile.html warning html/active-content',
    ]);
    expect(sources.map((s) => s.name)).toEqual(['b-plan.pdf', 'd-table.xlsx', 'f-hostile.html']);
  });
});

describe('the ingest command on a folder of mixed formats', () => {
  test('converts .txt, .pdf, .docx, .xlsx and .html in one run, names each bad file and exits non-zero', () => {
    const sources = mkdtempSync(path.join(tmpdir(), 'formats-'));
    const out = mkdtempSync(path.join(tmpdir(), 'formats-content-'));
    for (const f of ['plan.pdf', 'plan.docx', 'task-table.xlsx', 'notice.html', 'scanned.pdf']) copyFileSync(path.join(fixtures, f), path.join(sources, f));
    copyFileSync(path.join(root, 'tests/fixtures/task-table/header-merged-cells-repeated-header/input.txt'), path.join(sources, 'yinchuan.txt'));
    writeFileSync(path.join(sources, 'manifest.json'), JSON.stringify(formatsManifest()));
    const run = spawnSync(path.join(root, 'node_modules/.bin/node'), [path.join(root, 'scripts/build-site/ingest.ts'), '--sources', sources, '--out', out], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/scanned\.pdf {2}error {2}no text layer: it needs OCR/)]);
    expect(readdirSync(path.join(out, 'documents'))).toHaveLength(5);
    const measures = readdirSync(path.join(out, 'measures')).flatMap(
      (f) => JSON.parse(readFileSync(path.join(out, 'measures', f), 'utf8')) as { source: { file: string; page: number | null; cell?: string } }[],
    );
    const from = (name: string) => measures.filter((m) => m.source.file.endsWith(name));
    expect(from('plan.pdf').map((m) => m.source.page)).toEqual([1, 2, 2, 2]);
    expect(from('task-table.xlsx').every((m) => /^任务清单!D\d+$/.test(m.source.cell ?? ''))).toBe(true);
    expect(from('notice.html').length).toBeGreaterThan(5);
  });
});
