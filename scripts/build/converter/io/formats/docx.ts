// A Word document (.docx) → the document's lines. mammoth reads the OOXML
// and writes the document as HTML by its style map (Heading 1 → h1, lists,
// tables with their merged cells as rowspan/colspan), which hast-lines.ts
// then reads like a web page's content: one line per paragraph, one tab-
// separated line per table row. Word's automatic numbering is not text in
// the file; mammoth keeps it only as list structure, so a numbered list
// whose labels Word draws itself is read without its labels (README).
import { fromHtml } from 'hast-util-from-html';
import mammoth from 'mammoth';
import { fatal, warning, type Diagnostic } from '../../diagnostics.ts';
import type { ReaderResult } from './extraction.ts';
import { flattenTables, removeActiveContent, textLines } from './hast-lines.ts';
import { checkZip } from './zip.ts';

export async function readWordDocument(file: string, bytes: Uint8Array): Promise<ReaderResult> {
  const problem = await checkZip(bytes);
  if (problem) return { extraction: null, diagnostics: [fatal(file, null, 'docx/unreadable', `Word document ${problem}`)] };
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  } catch (error) {
    return { extraction: null, diagnostics: [fatal(file, null, 'docx/unreadable', `not a readable Word document (${(error as Error).message}): the file is truncated or corrupt`)] };
  }
  const diagnostics: Diagnostic[] = [];
  // mammoth reports what it could not map (an unknown style, an image) as messages: the same shape as ours.
  for (const message of [...new Set(result.messages.map((m) => `${m.type}: ${m.message}`))].slice(0, 20)) {
    diagnostics.push(warning(file, null, 'docx/reader-message', message));
  }
  const tree = fromHtml(result.value, { fragment: true });
  removeActiveContent(tree);
  flattenTables(tree);
  const lines = textLines(tree);
  if (lines.length === 0) return { extraction: null, diagnostics: [...diagnostics, fatal(file, null, 'docx/no-text', 'Word document holds no text to convert')] };
  return { extraction: { format: 'docx', lines: lines.map((text) => ({ text })), omitted: [] }, diagnostics };
}
