// Reads a government web page holding a 通知, its attached plan and, after a
// standalone 附件 line, its ledger (石嘴山市深化“放管服”改革…工作方案, 2020).
// This file lost characters in extraction: item dots (1不断提升), quote marks,
// and 年/月 in dates (2020710日), so bare item numbers are accepted here.
import type { DocumentDraft, DocumentSlice, Omission, StageResult } from '../model.ts';
import { PAGE_META, stripChrome } from '../text/chrome.ts';
import { readLedger } from './ledger.ts';
import { buildSections, type TextBlock } from '../text/markers.ts';
import { markNoticeParts, normalizeDocNumber, readLostDate } from '../text/notice.ts';
import { readRules } from '../text/rules.ts';
import { tidySpaces } from '../text/spacing.ts';
import { paragraphBlocks } from '../text/paragraphs.ts';
import { lineSpan } from '../text/span.ts';
import { documentDraft, signedBy } from './draft.ts';

const ANNEX = /^附件\s*\d*$/;
const hanOf = (text: string) => (text.match(/[\u4e00-\u9fff]/g) ?? []).join('');

export function parseWebNotice(slice: DocumentSlice): StageResult<DocumentDraft> {
  const { lines, omitted } = stripChrome(slice.lines);
  const metaLine = slice.lines.find((l) => PAGE_META.test(l.text.trim()));
  const meta = metaLine?.text ?? '';
  const metaDate = /生成日期\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/.exec(meta);

  const text = lines.filter((l) => l.text.trim());
  const title = tidySpaces(text[0]?.text ?? '');
  if (text[0]) omitted.push({ line: text[0].n, text: text[0].text, reason: 'document-title' });
  const titleHan = hanOf(title);
  // The page repeats its title inside the body, wrapped and without quotes.
  let start = 1;
  let repeat = '';
  for (let k = 1; k < Math.min(text.length, 5); k++) {
    repeat += hanOf(text[k].text);
    if (repeat === titleHan || titleHan.replace(/[“”]/g, '') === repeat) {
      for (const l of text.slice(1, k + 1)) omitted.push({ line: l.n, text: l.text, reason: 'repeated-header' });
      start = k + 1;
      break;
    }
  }
  const bodyLines = text.slice(start);
  const annexAt = bodyLines.findIndex((l) => ANNEX.test(l.text.trim()));
  const main = annexAt >= 0 ? bodyLines.slice(0, annexAt) : bodyLines;
  // The annex runs to the page's end, whose chrome (附件下载, 扫一扫…) stripChrome already took out.
  const annex = annexAt >= 0 ? lines.filter((l) => l.n >= bodyLines[annexAt].n) : [];

  let docNumber = normalizeDocNumber(/文号\s*(\S+)/.exec(meta)?.[1] ?? '');
  const mainBlocks = paragraphBlocks(main);
  const numberBlock = mainBlocks.findIndex((b) => b.text.length < 30 && normalizeDocNumber(b.text));
  if (numberBlock >= 0 && numberBlock < 3) {
    docNumber ??= normalizeDocNumber(mainBlocks[numberBlock].text);
    mainBlocks[numberBlock] = { ...mainBlocks[numberBlock], role: 'note', plain: true };
  }
  const notice = markNoticeParts(mainBlocks);

  const blocks: TextBlock[] = [...notice.blocks];
  const annexOmitted: Omission[] = [];
  if (annex.length) {
    const [annexLine, ...rest] = annex.filter((l) => l.text.trim());
    blocks.push({ text: annexLine.text.trim(), span: lineSpan(annexLine), role: 'heading', plain: true });
    const titleLine = rest.shift();
    if (titleLine) blocks.push({ text: tidySpaces(titleLine.text), span: lineSpan(titleLine), role: 'heading', plain: true });
    const ledger = readLedger(lines.filter((l) => titleLine && l.n > titleLine.n));
    blocks.push(...ledger.blocks);
    annexOmitted.push(...ledger.omitted);
  }
  const lost = slice.source.manifest?.lostCharacters ?? true;
  const { body, diagnostics } = buildSections(blocks, slice.source.file, { bareArabic: lost });
  // The page's 生成日期 stands in for a signature date only where the notice has none.
  const pageDate = metaDate ? readLostDate(metaDate[1]) : null;
  const signed = signedBy(notice);
  return documentDraft(
    slice,
    {
      body,
      rules: { ...readRules(blocks), lostSeparators: slice.source.manifest?.lostCharacters ?? false },
      omitted: [...omitted, ...annexOmitted],
      head: { title, docNumber, ...signed, ...(signed.date ? {} : { date: pageDate, dateOrigin: 'page-meta' }) },
    },
    diagnostics,
  );
}
