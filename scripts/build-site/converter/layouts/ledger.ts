// Reads a task ledger (工作台账) printed as text, as a document of its own
// (石嘴山市落实自治区营商环境提质升级行动任务分工台账: a title line, wrapped column
// headings, then measures, and no date) and as the annex of a web notice.
// Each measure paragraph is followed by its responsible departments wrapped
// over short lines; column headings and part headings are wrapped too, and
// part headings repeat after page breaks.
//   （一）推进准入准营便利化。…          ← measure, wrapped at the page width
//   市审批局、公安局、                   ← 责任部门, wrapped anywhere, even
//   卫健委、人社局、税                      inside a name (税 / 务局)
//   三、强化精 / 准有效治理               ← part heading, wrapped
import type { DocumentDraft, DocumentSlice, Line, Omission, StageResult } from '../model.ts';
import { stripChrome } from '../text/chrome.ts';
import { buildSections, parseMarker, type MarkerOptions, type TextBlock } from '../text/markers.ts';
import { normalizeDocNumber } from '../text/notice.ts';
import { readRules } from '../text/rules.ts';
import { joinWrapped, tidySpaces, visualWidth } from '../text/spacing.ts';
import { linesSpan } from '../text/span.ts';
import { documentDraft } from './draft.ts';

export function parseLedger(slice: DocumentSlice): StageResult<DocumentDraft> {
  const { lines, omitted } = stripChrome(slice.lines);
  const titleLine = lines.find((l) => l.text.trim());
  const title = tidySpaces(titleLine?.text ?? '');
  if (titleLine) omitted.push({ line: titleLine.n, text: titleLine.text, reason: 'document-title' });
  const ledger = readLedger(lines.filter((l) => !titleLine || l.n > titleLine.n));
  const { body, diagnostics } = buildSections(ledger.blocks, slice.source.file);
  return documentDraft(
    slice,
    { body, rules: readRules(ledger.blocks), omitted: [...omitted, ...ledger.omitted], head: { title, docNumber: normalizeDocNumber(title) } },
    diagnostics,
  );
}

/** Column headings of ledgers: 主要指标 目标任务 责任部门 工作完成情况 备注. */
const COLUMN_WORDS = /^(主要|指标|主要指标|目标任务|具体措施及完成时限|具体措施|责任部门|责任单位|工作完成情况|完成情况|备注)$/;
/** Words unit names end in. */
const UNIT_WORD = /(局|委|办|政府|中心|公司|支行|分局|海关|院|队|部|室|行|会|集团|厅|县区|各县|单位|部门|开发区|园区|管委会)/;

export interface LedgerResult {
  blocks: TextBlock[];
  omitted: Omission[];
}

export function readLedger(lines: Line[], options: MarkerOptions = {}): LedgerResult {
  const omitted: Omission[] = [];
  const chunks = chunk(lines, options);
  const blocks: TextBlock[] = [];
  const lastOfKind = new Map<string, string>();

  for (let i = 0; i < chunks.length; i++) {
    const current = chunks[i];
    const text = tidySpaces(joinWrapped(current.map((l) => l.text)));
    if (isColumnHeading(current)) {
      for (const l of current) omitted.push({ line: l.n, text: l.text, reason: 'column-heading' });
      continue;
    }
    const marker = parseMarker(text, options);
    if (marker) {
      let full = text;
      let group = current;
      // A wrapped part heading: 二、强化全 / 生命 周期 / 服务
      while (marker.kind === 'cn-dun' && visualWidth(full) < 16 && chunks[i + 1] && isHeadingTail(chunks[i + 1], options)) {
        group = [...group, ...chunks[++i]];
        full = tidySpaces(joinWrapped(group.map((l) => l.text)));
      }
      const key = `${marker.kind}:${marker.number}`;
      if (lastOfKind.get(marker.kind) === key + sameness(full)) {
        for (const l of group) omitted.push({ line: l.n, text: l.text, reason: 'repeated-header' });
        continue;
      }
      lastOfKind.set(marker.kind, key + sameness(full));
      blocks.push({ text: full, span: linesSpan(group) });
      continue;
    }
    const previous = blocks.at(-1);
    // A unit list may go on after a blank line (市审批局、住建局，各县区、 / 各开发区).
    if (previous && (isUnitList(current) || (/[、，,]$/.test(previous.fields?.responsible ?? '') && isNameRun(current)))) {
      // Unit lists wrap anywhere, even inside a name (人行 / 市中心支行): join without a separator.
      previous.fields = { ...previous.fields, responsible: `${previous.fields?.responsible ?? ''}${text}` };
      const last = current[current.length - 1];
      previous.span = { ...previous.span, endLine: last.n, lastPage: last.page };
      continue;
    }
    blocks.push({ text, span: linesSpan(current) });
  }
  return { blocks, omitted };
}

/** Lines grouped by blank lines, split again where a marker starts a line. */
function chunk(lines: Line[], options: MarkerOptions): Line[][] {
  const chunks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (!text) {
      if (current.length) chunks.push(current);
      current = [];
      continue;
    }
    if (current.length && parseMarker(text, options)) {
      chunks.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length) chunks.push(current);
  return chunks;
}

function isColumnHeading(lines: Line[]): boolean {
  return lines.every((l) =>
    l.text
      .trim()
      .split(/\s+/)
      .every((word) => COLUMN_WORDS.test(word)),
  );
}

function isHeadingTail(lines: Line[], options: MarkerOptions): boolean {
  return lines.length <= 2 && !parseMarker(lines[0].text.trim(), options) && lines.every((l) => visualWidth(l.text.trim()) <= 8) && !isUnitList(lines);
}

/** Short lines naming departments, no sentence in them. */
function isUnitList(lines: Line[]): boolean {
  const text = lines.map((l) => l.text.trim()).join('');
  return !/[。；;]/.test(text) && UNIT_WORD.test(text) && lines.every((l) => visualWidth(l.text.trim()) <= 150);
}

/** A few short names with no sentence in them: what a unit list goes on with. */
function isNameRun(lines: Line[]): boolean {
  const text = lines.map((l) => l.text.trim()).join('');
  return text.length <= 40 && !/[。；;：:]/.test(text) && !parseMarker(text);
}

/** Repeated headings may differ by a lost 、: compare their Han characters only. */
function sameness(text: string): string {
  return `|${(text.match(/[\u4e00-\u9fff]/g) ?? []).slice(0, 12).join('')}`;
}
