// Reads a plan published as web text, one paragraph per measure ending in
// （责任单位：…）, with page chrome at the end (中卫市优化营商环境行动方案, 2025).
// The first lines are the notice: title, 文号 run together with the
// addressees, the body, the signature and date.
import type { DocumentDraft, DocumentSlice, StageResult } from '../model.ts';
import { stripChrome } from '../text/chrome.ts';
import { buildSections } from '../text/markers.ts';
import { DOC_NUMBER, markNoticeParts, normalizeDocNumber } from '../text/notice.ts';
import { readRules } from '../text/rules.ts';
import { paragraphBlocks } from '../text/paragraphs.ts';
import { documentDraft, signedBy } from './draft.ts';

export function parseWebPlan(slice: DocumentSlice): StageResult<DocumentDraft> {
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
  return documentDraft(slice, { body, rules: readRules(notice.blocks), omitted, head: { title, docNumber, ...signedBy(notice) } }, diagnostics);
}
