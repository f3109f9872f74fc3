// Reads a task ledger printed as text (石嘴山市落实自治区营商环境提质升级行动
// 任务分工台账): a title line, wrapped column headings, then measures each
// followed by their responsible departments. The text carries no date.
import type { Diagnostic } from '../diagnostics.ts';
import type { DocumentDraft, DocumentSlice } from '../model.ts';
import { stripChrome } from '../structure/chrome.ts';
import { readLedger } from '../structure/ledger.ts';
import { buildSections } from '../structure/markers.ts';
import { normalizeDocNumber } from '../structure/notice.ts';
import { readRules } from '../structure/rules.ts';
import { tidySpaces } from '../structure/text.ts';

export function parseLedger(slice: DocumentSlice): { value: DocumentDraft; diagnostics: Diagnostic[] } {
  const { lines, omitted } = stripChrome(slice.lines);
  const titleLine = lines.find((l) => l.text.trim());
  const title = tidySpaces(titleLine?.text ?? '');
  if (titleLine) omitted.push({ line: titleLine.n, text: titleLine.text, reason: 'document-title' });
  const ledger = readLedger(lines.filter((l) => !titleLine || l.n > titleLine.n));
  const { body, diagnostics } = buildSections(ledger.blocks, slice.source.file);
  return {
    value: {
      source: slice.source,
      lines: slice.lines,
      span: slice.span,
      body,
      rules: readRules(ledger.blocks),
      omitted: [...omitted, ...ledger.omitted],
      head: {
        title,
        issuerText: null,
        docNumber: normalizeDocNumber(title),
        date: null,
        dateOrigin: 'not-stated',
        dateNote: null,
        compilationProvince: null,
        compilation: null,
      },
    },
    diagnostics,
  };
}
