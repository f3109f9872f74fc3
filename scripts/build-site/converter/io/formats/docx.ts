// A Word document (.docx) → the document's lines. mammoth reads the OOXML
// and writes the document as HTML by its style map (Heading 1 → h1, lists,
// tables with their merged cells as rowspan/colspan), which hast-lines.ts
// then reads like a web page's content: one line per paragraph, one tab-
// separated line per table row. Word's automatic numbering is not text in
// the file and mammoth keeps it only as list structure: the labels Word
// draws (一、 （二）) are worked out from numbering.xml (docx-numbering.ts) and
// put back in front of their paragraphs.
import { fromHtml } from 'hast-util-from-html';
import mammoth from 'mammoth';
import { fatal, warning, type Diagnostic } from '../../diagnostics.ts';
import type { ReaderResult } from './extraction.ts';
import { numberedParagraphs, type NumberedParagraph } from './docx-numbering.ts';
import { flattenTables, removeActiveContent, textLines } from './hast-lines.ts';
import { checkZip, readZipEntries } from './zip.ts';

/** Word's own list style is a plain paragraph here (numbered ones get their labels above); mammoth would warn it does not know it. */
const STYLE_MAP = ["p[style-name='List Paragraph'] => p:fresh"];

/** mammoth's document transforms, which its type declarations leave out (README of mammoth: “Document transforms”). */
const transforms = (mammoth as unknown as { transforms: { paragraph: (transform: (p: MammothElement) => MammothElement) => (document: unknown) => unknown } })
  .transforms;

/** What mammoth's document model holds, as far as labelling needs it. */
interface MammothElement {
  type: string;
  value?: string;
  numbering?: unknown;
  children?: MammothElement[];
}

export async function readWordDocument(file: string, bytes: Uint8Array): Promise<ReaderResult> {
  const problem = await checkZip(bytes);
  if (problem) return { extraction: null, diagnostics: [fatal(file, null, 'docx/unreadable', `Word document ${problem}`)] };
  let result: { value: string; messages: { type: string; message: string }[] };
  const diagnostics: Diagnostic[] = [];
  try {
    const parts = await readZipEntries(bytes, ['word/document.xml', 'word/numbering.xml', 'word/styles.xml']);
    const text = (name: string) => parts.get(name)?.toString('utf8') ?? null;
    const numbered = parts.has('word/numbering.xml')
      ? numberedParagraphs(text('word/document.xml') ?? '', text('word/numbering.xml'), text('word/styles.xml'))
      : [];
    const labels = labelParagraphs(numbered, () =>
      diagnostics.push(
        warning(
          file,
          null,
          'docx/numbering-unaligned',
          'Word’s automatic numbering could not be matched to the paragraphs mammoth read: numbered items are kept without their labels',
        ),
      ),
    );
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { transformDocument: transforms.paragraph(labels), styleMap: STYLE_MAP },
    );
  } catch (error) {
    return {
      extraction: null,
      diagnostics: [fatal(file, null, 'docx/unreadable', `not a readable Word document (${(error as Error).message}): the file is truncated or corrupt`)],
    };
  }
  // mammoth reports what it could not map (an unknown style, an image) as messages: the same shape as ours.
  for (const message of [...new Set(result.messages.map((m) => `${m.type}: ${m.message}`))].slice(0, 20)) {
    diagnostics.push(warning(file, null, 'docx/reader-message', message));
  }
  const tree = fromHtml(result.value, { fragment: true });
  removeActiveContent(tree);
  flattenTables(tree);
  const lines = textLines(tree);
  if (lines.length === 0)
    return { extraction: null, diagnostics: [...diagnostics, fatal(file, null, 'docx/no-text', 'Word document holds no text to convert')] };
  return { extraction: { format: 'docx', lines: lines.map((text) => ({ text })), omitted: [] }, diagnostics };
}

/**
 * A mammoth paragraph transform that puts each numbered paragraph's label in
 * front of its text and makes it a plain paragraph (no list around it). The
 * k-th paragraph mammoth reads is the k-th w:p of the document; the texts are
 * compared, and on the first mismatch labelling stops and `unaligned` is called.
 */
function labelParagraphs(numbered: NumberedParagraph[], unaligned: () => void) {
  let index = 0;
  let aligned = numbered.some((p) => p.label);
  return (paragraph: MammothElement): MammothElement => {
    const expected = numbered[index++];
    if (!aligned) return paragraph;
    if (!expected || textOf(paragraph) !== expected.text) {
      aligned = false;
      unaligned();
      return paragraph;
    }
    if (!expected.label) return paragraph;
    const label: MammothElement = { type: 'run', children: [{ type: 'text', value: expected.label }] };
    return { ...paragraph, numbering: null, children: [label, ...(paragraph.children ?? [])] };
  };
}

const textOf = (e: MammothElement): string => (e.type === 'text' ? (e.value ?? '') : (e.children ?? []).map(textOf).join(''));
