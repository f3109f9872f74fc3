// Nothing lost, nothing invented: for every document of the real sources, the
// body text of its source span (minus page markers, repeated table headers and
// page chrome the converter records as left out) appears in the emitted MDX in
// order, Han character for Han character and digit for digit; and every
// measure's text is one contiguous piece of that source text. The same holds
// for the PDF, Word, Excel and web page fixtures (tests/fixtures/formats), in
// two steps: the source text each was made from is in what its reader
// extracted, and the extracted text is in the emitted MDX.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { convert, type Conversion } from '../../scripts/build-site/converter/pipeline.ts';
import { readSources } from '../../scripts/build-site/converter/io/read.ts';
import { extractFormats } from '../../scripts/build-site/converter/io/formats/extract.ts';
import { manifestSchema } from '../../scripts/build-site/converter/manifest.ts';
import { formatsManifest } from '../helpers/formats.ts';
import { PAGE_MARKER } from '../../scripts/build-site/converter/stages/normalize.ts';
import { hanAndDigits, parseMdx, visibleText } from '../helpers/mdx-text.ts';

const root = path.resolve(import.meta.dirname, '../..');
let conversion: Conversion;

beforeAll(async () => {
  const read = await readSources(path.join(root, 'sources'), root);
  conversion = convert(read.sources, read.manifest, { keepDrafts: true });
});

/** The source text a document must carry, with what was left out on purpose removed. */
function expectedSource(doc: Conversion['documents'][number]): string {
  // A format reader's extracted lines are the document's source text (line n = extracted line n).
  const lines = doc.draft!.source.origins ? doc.draft!.source.text.split('\n') : readFileSync(path.join(root, doc.document.source.file), 'utf8').split(/\r?\n/);
  const omitted = new Map<number, string[]>();
  for (const o of doc.draft!.omitted) omitted.set(o.line, [...(omitted.get(o.line) ?? []), hanAndDigits(o.text)]);
  const out: string[] = [];
  for (let n = doc.document.source.startLine; n <= doc.document.source.endLine; n++) {
    const text = lines[n - 1] ?? '';
    if (PAGE_MARKER.test(text.trim())) continue;
    let kept = hanAndDigits(text);
    for (const left of omitted.get(n) ?? []) kept = kept.replace(left, '');
    out.push(kept);
  }
  return out.join('');
}

/** Index after which `needle` is a subsequence of `hay`, or the position where it stops matching. */
function subsequence(needle: string, hay: string): { ok: boolean; at: number } {
  let j = 0;
  for (let i = 0; i < needle.length; i++) {
    while (j < hay.length && hay[j] !== needle[i]) j++;
    if (j === hay.length) return { ok: false, at: i };
    j++;
  }
  return { ok: true, at: needle.length };
}

describe('text conservation', () => {
  test('the corpus converts to ~40 documents', () => {
    expect(conversion.documents.length).toBeGreaterThanOrEqual(38);
  });

  test('every document’s source text appears in its MDX, in order', () => {
    const failures: string[] = [];
    for (const doc of conversion.documents) {
      const source = expectedSource(doc);
      const emitted = hanAndDigits(visibleText(parseMdx(doc.mdx)));
      const { ok, at } = subsequence(source, emitted);
      if (!ok)
        failures.push(
          `${doc.document.id} (${doc.document.source.file}:${doc.document.source.startLine}) stops matching at “${source.slice(Math.max(0, at - 10), at + 20)}”`,
        );
    }
    expect(failures).toEqual([]);
  });

  test('what is left out is only titles, repeated headers, chrome, moved cells and row numbers — and those reappear', () => {
    for (const doc of conversion.documents) {
      const emitted = hanAndDigits(visibleText(parseMdx(doc.mdx)));
      for (const o of doc.draft!.omitted) {
        if (o.reason === 'moved-cell' || o.reason === 'row-number') expect(emitted, `${doc.document.id}:${o.line}`).toContain(hanAndDigits(o.text));
      }
      // The title lines, minus the compilation's numbering and the date, are the title.
      const titleLines = hanAndDigits(
        doc
          .draft!.omitted.filter((o) => o.reason === 'document-title')
          .map((o) => o.text)
          .join(''),
      );
      // A place the source's title dropped and the signature restores (titleNote) is the one word added.
      const place = /省去了“(.+?)”/.exec(doc.document.titleNote ?? '')?.[1];
      const title = place ? doc.document.title.replace(place, '') : doc.document.title;
      if (titleLines) expect(titleLines, doc.document.id).toContain(hanAndDigits(title));
    }
  });

  test('the MDX adds nothing beyond repeated merged cells and column labels', () => {
    for (const doc of conversion.documents) {
      const source = expectedSource(doc);
      const emitted = hanAndDigits(visibleText(parseMdx(doc.mdx)));
      // Filled-in merged cells (task tables) and 责任部门 labels (ledgers) are the only additions.
      const allowance = doc.document.sourceLayout === 'task-table' ? 0.6 : 0.02;
      expect(emitted.length - source.length, doc.document.id).toBeLessThanOrEqual(source.length * allowance + 20);
    }
  });

  test('every measure’s text is one contiguous piece of its document’s source, but for the rest of a row a page break split, moved up to it', () => {
    const failures: string[] = [];
    for (const doc of conversion.documents) {
      const source = expectedSource(doc);
      const moved = doc.draft!.omitted.filter((o) => o.reason === 'moved-cell').map((o) => hanAndDigits(o.text));
      for (const m of doc.measures) {
        const own = moved.reduce((text, cell) => (cell.length > 8 ? text.replace(cell, '') : text), hanAndDigits(m.text));
        if (!source.includes(own)) failures.push(`${m.id}: ${m.text.slice(0, 30)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('text conservation of PDF, Word, Excel and web pages', () => {
  const fixtures = path.join(root, 'tests/fixtures/formats');
  const files = ['plan.pdf', 'plan.docx', 'numbered.docx', 'task-table.xlsx', 'task-table.docx', 'task-table.pdf', 'notice.html', 'hostile.html'];
  let formats: Conversion;
  beforeAll(async () => {
    const raws = files.map((name) => ({ file: `tests/fixtures/formats/${name}`, name, bytes: new Uint8Array(readFileSync(path.join(fixtures, name))) }));
    const manifest = manifestSchema.parse(formatsManifest());
    const table = manifest.files.find((f) => f.file === 'task-table.xlsx')!;
    for (const file of ['task-table.docx', 'task-table.pdf']) manifest.files.push({ ...table, file, originalName: file });
    const plan = manifest.files.find((f) => f.file === 'plan.docx')!;
    manifest.files.push({ ...plan, file: 'numbered.docx', originalName: 'numbered.docx' });
    const read = await extractFormats(raws);
    formats = convert(read.sources, manifest, { keepDrafts: true });
  });
  const documentOf = (name: string) => formats.documents.find((d) => d.document.source.file.endsWith(`/${name}`))!;

  test.each(files)('%s: the source text it was made from is in its extracted text, in order', (name) => {
    const made = readFileSync(path.join(fixtures, `${name.replace(/\.\w+$/, '')}.source.txt`), 'utf8');
    const { ok, at } = subsequence(hanAndDigits(made), hanAndDigits(documentOf(name).draft!.source.text));
    expect(ok, `stops at “${hanAndDigits(made).slice(at, at + 20)}”`).toBe(true);
  });

  test.each(files)('%s: its extracted text is in the emitted MDX, in order, and every measure is one piece of it', (name) => {
    const doc = documentOf(name);
    expect(doc.measures.length).toBeGreaterThan(0);
    const source = expectedSource(doc);
    const { ok, at } = subsequence(source, hanAndDigits(visibleText(parseMdx(doc.mdx))));
    expect(ok, `stops matching at “${source.slice(Math.max(0, at - 10), at + 20)}”`).toBe(true);
    expect(doc.measures.filter((m) => !source.includes(hanAndDigits(m.text))).map((m) => m.id)).toEqual([]);
  });
});
