// Reads one document cut from the compilation (PDF text): its 文号, notice
// parts, task structure and printed tables.
import type { DocumentDraft, DocumentSlice, Line, Omission, StageResult } from '../../model.ts';
import { buildSections, type TextBlock } from '../../text/markers.ts';
import { markNoticeParts, normalizeDocNumber } from '../../text/notice.ts';
import { readPdfTable, tableStartsAt } from './pdf-table.ts';
import { reflow } from './reflow.ts';
import { readRules } from '../../text/rules.ts';
import { tidySpaces } from '../../text/spacing.ts';
import { lineSpan } from '../../text/span.ts';
import { documentDraft, signedBy } from '../draft.ts';
import { chineseDate } from '../../../../../src/domain/dates.ts';

export function parseCompilationDocument(slice: DocumentSlice): StageResult<DocumentDraft> {
  const file = slice.source.file;
  const lines = slice.lines.filter((l) => l.text.trim() !== '');
  let docNumber: string | null = null;
  let start = 0;
  // The 文号 follows the title, sometimes after the addressees' first line.
  for (let k = 0; k < Math.min(lines.length, 3); k++) {
    const normalized = /^[\u4e00-\u9fa5]{1,12}\s*[〔[（(﹝]\s*\d{4}/.test(lines[k].text.trim()) ? normalizeDocNumber(lines[k].text) : null;
    if (normalized && lines[k].text.trim().length < 30) {
      docNumber = normalized;
      start = k + 1;
      break;
    }
  }

  const omitted: Omission[] = [];
  const titleSpan = slice.titleSpan;
  if (titleSpan) {
    for (const line of slice.source.lines) {
      if (line.n >= titleSpan.line && line.n <= titleSpan.endLine) omitted.push({ line: line.n, text: line.text, reason: 'document-title' });
    }
  }
  const blocks = readBlocks(lines.slice(start), omitted);
  // The 文号 line stays in the text, as the first line under the title.
  if (start > 0) {
    const numberLine = lines[start - 1];
    blocks.unshift({ text: tidySpaces(numberLine.text), span: lineSpan(numberLine), role: 'note', plain: true });
    for (const line of lines.slice(0, start - 1)) blocks.unshift({ text: tidySpaces(line.text), span: lineSpan(line), plain: true });
  }
  const notice = markNoticeParts(blocks);
  const { body, diagnostics } = buildSections(notice.blocks, file);
  // The signature's date is the 成文日期 (GB/T 9704); the date a compilation
  // prints after a title is often the day the notice was published (银川:
  // 落款 2023年2月28日, 汇编 2023年3月1日). Where both are read and differ, the
  // signature's stands and the compilation's is noted; without a signature
  // date, the compilation's is the best the source gives.
  const signed = signedBy(notice);
  const titleDate = signed.date ? null : (slice.titleDate ?? null);
  const printed = signed.date && slice.titleDate && slice.titleDate !== signed.date ? slice.titleDate : null;
  return documentDraft(
    slice,
    {
      body,
      rules: readRules(notice.blocks),
      omitted,
      head: {
        title: slice.title ?? '',
        docNumber,
        ...signed,
        ...(titleDate ? { date: titleDate, dateOrigin: 'title' as const } : {}),
        ...(printed ? { dateNote: `汇编在标题后所注日期为${chineseDate(printed)}，与落款不同；成文日期取落款` } : {}),
        compilationProvince: slice.compilationProvince ?? null,
        compilation: slice.compilation ?? null,
      },
    },
    diagnostics,
  );
}

/** Reflowed text blocks, with printed tables read as tables where they stand. */
function readBlocks(lines: Line[], omitted: Omission[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!tableStartsAt(lines, i)) continue;
    blocks.push(...reflow(lines.slice(from, i)));
    const table = readPdfTable(lines, i);
    blocks.push(...table.blocks);
    omitted.push(...table.omitted);
    from = table.end;
    i = table.end - 1;
  }
  blocks.push(...reflow(lines.slice(from)));
  return blocks.map((b) => (b.node ? b : { ...b, text: tidySpaces(b.text) }));
}
