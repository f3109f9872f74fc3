// Reads a plan published as web text, one paragraph per measure ending in
// （责任单位：…）, with page chrome at the end (中卫市优化营商环境行动方案, 2025).
// The first lines are the notice: title, 文号 run together with the
// addressees, the body, the signature and date.
import type { Diagnostic } from '../diagnostics.ts';
import type { DocumentDraft, DocumentSlice } from '../model.ts';
import { stripChrome } from '../structure/chrome.ts';
import { buildSections } from '../structure/markers.ts';
import { DOC_NUMBER, markNoticeParts, normalizeDocNumber } from '../structure/notice.ts';
import { readRules } from '../structure/rules.ts';
import { paragraphBlocks } from '../structure/web.ts';

export function parseWebPlan(slice: DocumentSlice): { value: DocumentDraft; diagnostics: Diagnostic[] } {
  const { lines, omitted } = stripChrome(slice.lines);
  const blocks = paragraphBlocks(lines);
  const title = blocks[0]?.text ?? '';
  if (blocks[0]) omitted.push({ line: blocks[0].span.line, text: title, reason: 'document-title' });
  let docNumber: string | null = null;
  const rest = blocks.slice(1);
  // 卫政办发〔2025〕26号各县(区)人民政府,…: the 文号 and addressees share a line.
  const numbered = rest[0] && DOC_NUMBER.exec(rest[0].text);
  if (numbered && numbered.index === 0) {
    docNumber = normalizeDocNumber(numbered[0]);
    rest[0] = { ...rest[0], role: 'addressee', plain: true };
  }
  const notice = markNoticeParts(rest);
  const { body, diagnostics } = buildSections(notice.blocks, slice.source.file);
  return {
    value: {
      source: slice.source,
      lines: slice.lines,
      span: slice.span,
      body,
      rules: readRules(notice.blocks),
      omitted,
      head: {
        title,
        issuerText: notice.signatureNames.join('') || null,
        docNumber,
        date: notice.signatureDate,
        dateOrigin: notice.signatureDate ? 'signature' : 'not-stated',
        dateNote: null,
        compilationProvince: null,
        compilation: null,
      },
    },
    diagnostics,
  };
}
