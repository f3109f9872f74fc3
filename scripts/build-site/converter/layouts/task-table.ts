// Reads the tab-separated task table (银川市 2023 年优化营商环境细化任务清单):
//   序号 改革任务 目标任务 任务清单 牵头单位 责任单位 完成时限
// The header repeats at every page break; part headings (一、…) sit in the
// first column; a blank cell means “same as the row above” (a merged cell),
// and a page's first row may repeat the merged values in full.
import { warning, type Diagnostic } from '../diagnostics.ts';
import type { BodyNode, DocumentDraft, DocumentSlice, Line, Omission, SectionNode, StageResult, TableNode } from '../model.ts';
import { parseMarker } from '../text/markers.ts';
import { tidySpaces } from '../text/spacing.ts';
import { lineSpan } from '../text/span.ts';
import { documentDraft } from './draft.ts';
import { NO_UNIT } from '../text/clauses.ts';
import { PRACTICE_FROM } from './compilation/pdf-table.ts';

const HEADER_FIRST_CELL = '序号';
/** Column roles by header name. */
const COLUMN = {
  number: /^序号$/,
  // 改革事项: a 复制推广 list's per-row name of the reform.
  task: /^(改革任务|重点任务|主要任务|改革事项)$/,
  goal: /^(目标任务|具体目标)$/,
  text: /^(任务清单|具体措施|工作措施|任务内容)$/,
  lead: /^(牵头单位|牵头部门)$/,
  responsible: /^(责任单位|责任部门)$/,
  // 配合单位 support those responsible (extract-units.ts reads the column as the support role).
  support: /^(配合单位|配合部门|协办单位)$/,
  deadline: /^完成时限$/,
  practiceFrom: PRACTICE_FROM,
};
/** A cell that reads as a deadline (2023 年 10 月底, 长期坚持). */

export function parseTaskTable(slice: DocumentSlice): StageResult<DocumentDraft> {
  const file = slice.source.file;
  const diagnostics: Diagnostic[] = [];
  const omitted: Omission[] = [];
  const lines = slice.lines;
  const headerLine = lines.find((l) => l.text.split('\t')[0].trim() === HEADER_FIRST_CELL);
  const header = headerLine ? headerLine.text.split('\t').map((c) => c.trim()) : [];
  const col = (re: RegExp) => header.findIndex((h) => re.test(h));
  const index = {
    number: col(COLUMN.number),
    task: col(COLUMN.task),
    goal: col(COLUMN.goal),
    text: col(COLUMN.text),
    lead: col(COLUMN.lead),
    responsible: col(COLUMN.responsible),
    support: col(COLUMN.support),
    deadline: col(COLUMN.deadline),
    practiceFrom: col(COLUMN.practiceFrom),
  };
  // The field columns the header has, in the table as the page shows it.
  const shown = (['lead', 'responsible', 'support', 'deadline', 'practiceFrom'] as const).filter((k) => index[k] >= 0);
  if (!headerLine || index.text < 0) {
    diagnostics.push(warning(file, lines[0]?.n ?? 1, 'table/no-header', `no table header row starting with ${HEADER_FIRST_CELL} and naming a task column`));
  }

  // Title: the last line before the first header that is not 附件; other lines stay as text.
  const prelude = headerLine ? lines.filter((l) => l.n < headerLine.n && l.text.trim()) : [];
  const titleLine = prelude.findLast((l) => !/^附件\s*\d*$/.test(l.text.trim()));
  const title = tidySpaces(titleLine?.text ?? '');
  if (titleLine) omitted.push({ line: titleLine.n, text: titleLine.text, reason: 'document-title' });
  if (headerLine) omitted.push({ line: headerLine.n, text: headerLine.text, reason: 'column-heading' });
  const body: BodyNode[] = prelude
    .filter((l) => l !== titleLine)
    .map((l) => ({ type: 'paragraph', text: tidySpaces(l.text), span: lineSpan(l), role: 'note' }));

  let part: SectionNode | null = null;
  let task: SectionNode | null = null;
  let goal: SectionNode | null = null;
  let table: TableNode | null = null;
  const above: Record<string, string> = {};
  const tables: TableNode[] = [];
  let firstOfPage = false;
  // Printed tables (text, PDF) leave a merged cell blank below its first row;
  // Excel, Word and HTML tables say where merges are, and their readers fill
  // them in, so a blank cell there is blank.
  const blankRepeatsAbove = slice.source.format === 'text' || slice.source.format === 'pdf';
  const fromAbove = (key: string) => (blankRepeatsAbove ? above[key] : undefined) || '';
  const container = (): BodyNode[] => (goal ?? task ?? part)?.children ?? body;
  const section = (text: string, line: Line): SectionNode => ({
    type: 'section',
    marker: parseMarker(text),
    text,
    span: lineSpan(line),
    children: [],
  });

  for (const line of lines) {
    if (!headerLine || line.n < headerLine.n) continue;
    const raw = line.text;
    if (!raw.trim()) continue;
    const cells = raw.split('\t').map((c) => c.trim());
    // A 复制推广 list's 来源 names the place a practice comes from, never a body: read apart from the unit cells.
    const practiceFrom = index.practiceFrom >= 0 ? (cells[index.practiceFrom] ?? '') : '';
    if (index.practiceFrom >= 0) cells[index.practiceFrom] = '';
    if (cells[0] === HEADER_FIRST_CELL) {
      if (line !== headerLine) omitted.push({ line: line.n, text: raw, reason: 'repeated-header' });
      firstOfPage = true;
      continue;
    }
    const nonEmpty = cells.filter(Boolean);
    if (nonEmpty.length === 1 && parseMarker(cells[0])?.kind === 'cn-dun') {
      part = section(tidySpaces(cells[0]), line);
      body.push(part);
      task = goal = null;
      table = null;
      continue;
    }
    const lastRow = table?.rows.at(-1);
    if (firstOfPage && !cells[index.number] && lastRow) {
      // The rest of a row a page break split (强化退税风险防 / 控，对符合条件的企业…):
      // under the repeated header it carries no 序号; its cells run on from the row above.
      const rest = alignRow(cells, index);
      const join = (a: string | undefined, b: string) => [a ?? '', tidySpaces(b)].filter(Boolean).join(' ');
      for (const cell of [rest.text, rest.lead, rest.responsible, rest.support, rest.deadline, practiceFrom])
        if (cell.trim()) omitted.push({ line: line.n, text: cell, reason: 'moved-cell' });
      const was = lastRow.fields;
      lastRow.fields = {
        lead: join(was.lead, rest.lead),
        responsible: join(was.responsible, rest.responsible),
        ...(was.support || rest.support ? { support: join(was.support, rest.support) } : {}),
        deadline: was.deadline || tidySpaces(rest.deadline),
        ...(was.practiceFrom || practiceFrom ? { practiceFrom: join(was.practiceFrom, practiceFrom) } : {}),
      };
      lastRow.cells = [lastRow.label, `${lastRow.cells[1]}${tidySpaces(rest.text)}`, ...shown.map((k) => lastRow.fields[k] ?? '')];
      lastRow.span = { ...lastRow.span, endLine: line.n, lastPage: line.page ?? lastRow.span.lastPage };
      table!.span = { ...table!.span, endLine: line.n };
      firstOfPage = false;
      continue;
    }
    if (!/^\d+$/.test(cells[index.number] ?? '')) {
      diagnostics.push(warning(file, line.n, 'table/unexpected-row', 'row has no 序号 and is not a part heading; kept as text', raw));
      container().push({ type: 'paragraph', text: tidySpaces(raw.replace(/\t+/g, ' ')), span: lineSpan(line) });
      continue;
    }

    const row = alignRow(cells, index);
    if (row.shifted) {
      diagnostics.push(warning(file, line.n, 'table/shifted-row', `row ${cells[index.number]} has its cells out of their columns; read by their content`, raw));
    }
    let taskText = tidySpaces(row.task);
    let goalText = tidySpaces(row.goal);
    // After a page break a merged cell can continue (完善政府采购全 / 流程电子化功能)
    // or repeat its tail (优化政府采购 / 购): a cell without a marker on a page's
    // first row is read against the cell above it.
    if (firstOfPage) {
      const joinAbove = (cell: string, key: 'task' | 'goal', node: SectionNode | null) => {
        const aboveText = above[key];
        if (!cell || !aboveText || parseMarker(cell) || !node) return cell;
        if (aboveText.endsWith(cell)) omitted.push({ line: line.n, text: cell, reason: 'repeated-cell' });
        // A cell above that closes a title or a sentence (深化落实《…制度》) is complete: this one is the next.
        else if (/[》”）)。；]$/.test(aboveText)) return cell;
        else {
          above[key] = node.text = `${node.text}${cell}`;
          omitted.push({ line: line.n, text: cell, reason: 'moved-cell' });
        }
        return '';
      };
      // A task cell that opens a task of its own ((二十二)…) starts its goals afresh: its goal cell is no continuation.
      const newTask = taskText !== '' && parseMarker(taskText) !== null && !sameTask(taskText, above.task);
      taskText = joinAbove(taskText, 'task', task);
      if (!newTask) goalText = joinAbove(goalText, 'goal', goal);
      // A page's first row repeats its merged cells, sometimes reworded ((十七)强化知识产权创造保护和运用
      // above, (十七)强化知识产权保护和运用 here): the same numbered cell is the same task.
      if (sameTask(taskText, above.task) && !sameCell(taskText, above.task)) {
        omitted.push({ line: line.n, text: row.task, reason: 'repeated-cell' });
        taskText = '';
      }
      if (!newTask && sameTask(goalText, above.goal) && !sameCell(goalText, above.goal)) {
        omitted.push({ line: line.n, text: row.goal, reason: 'repeated-cell' });
        goalText = '';
      }
    }
    firstOfPage = false;
    if (taskText && !sameCell(taskText, above.task)) {
      task = section(taskText, line);
      (part?.children ?? body).push(task);
      goal = null;
      table = null;
    } else if (taskText) omitted.push({ line: line.n, text: row.task, reason: 'repeated-cell' });
    if (goalText && !sameCell(goalText, above.goal)) {
      goal = section(goalText, line);
      (task ?? part)?.children.push(goal) ?? body.push(goal);
      table = null;
    } else if (goalText) omitted.push({ line: line.n, text: row.goal, reason: 'repeated-cell' });
    if (taskText) above.task = taskText;
    if (goalText) above.goal = goalText;

    // Only a blank cell is a merged cell that repeats the row above; “/” says none.
    const fields = {
      lead: row.lead || fromAbove('lead'),
      responsible: row.responsible || fromAbove('responsible'),
      ...(index.support >= 0 ? { support: row.support || fromAbove('support') } : {}),
      deadline: row.deadline || fromAbove('deadline'),
      ...(practiceFrom ? { practiceFrom } : {}),
    };
    // Which of them the row above gave: a page says so, as the source leaves the cell blank (a review quoted 银川 row
    // 29's 2023年10月底 as the city's promise, where its cell is empty).
    const carried = (['lead', 'responsible', 'support', 'deadline'] as const).filter((k) => !row[k] && fields[k] && (k !== 'support' || index.support >= 0));
    if (carried.length) Object.assign(fields, { carried });
    if (row.lead) above.lead = row.lead;
    if (row.responsible) above.responsible = row.responsible;
    if (row.support) above.support = row.support;
    if (row.deadline) above.deadline = row.deadline;
    const text = tidySpaces(row.text);
    if (!text) {
      diagnostics.push(warning(file, line.n, 'table/empty-task', `row ${cells[index.number]} has no task text`));
      continue;
    }
    if (!table) {
      table = {
        type: 'table',
        head: ['序号', header[index.text]!, ...shown.map((k) => header[index[k]]!)],
        rows: [],
        span: lineSpan(line),
      };
      container().push(table);
      tables.push(table);
    }
    omitted.push({ line: line.n, text: cells[index.number], reason: 'row-number' });
    // An Excel row's provenance is the cell its task text was read from.
    const cell = line.cells?.[cells.indexOf(row.text.trim())];
    table.rows.push({
      cells: [cells[index.number]!, text, ...shown.map((k) => fields[k] ?? '')],
      span: cell ? { ...lineSpan(line), cell } : lineSpan(line),
      isMeasure: true,
      label: cells[index.number],
      textColumn: 1,
      fields,
    });
    table.span = { ...table.span, endLine: line.n };
  }

  if (blankRepeatsAbove) for (const t of tables) joinSplitLists(t, shown);
  return documentDraft(slice, { body, omitted, head: { title } }, diagnostics);
}

/** A list of bodies cannot end on its separator: 住建局、交通局、 goes on in the cell below. */
const LIST_GOES_ON = /[、，,]$/;

/**
 * A merged cell a printed table spread over its rows, a part in each (银川
 * r79–r81: 市发改委…交通局、 / 水务局…体育局、 / 统计局…残联, 37 bodies in
 * all; a site review read each row as having a third of them): a cell that
 * ends on a list separator runs on into the next row's, and every row of the
 * run has the whole list.
 */
function joinSplitLists(table: TableNode, shown: readonly string[]): void {
  for (const key of ['lead', 'responsible', 'support'] as const) {
    const column = 2 + shown.indexOf(key);
    if (column < 2) continue;
    for (let i = 0; i < table.rows.length; i++) {
      let j = i;
      while (
        j + 1 < table.rows.length &&
        LIST_GOES_ON.test(table.rows[j]!.fields?.[key] ?? '') &&
        table.rows[j + 1]!.fields?.[key] !== table.rows[j]!.fields?.[key]
      )
        j++;
      if (j === i) continue;
      const run = table.rows.slice(i, j + 1);
      const whole = run.map((r) => r.fields![key]!).join('');
      for (const r of run) {
        r.fields = { ...r.fields, [key]: whole };
        r.cells[column] = whole;
      }
      i = j;
    }
  }
}

/** A cell naming departments (or / for none), not a sentence. */
const UNIT_NAME_END = /(局|委|办|厅|院|会|中心|公司|政府|部|室|处|队|行|所|集团|单位|部门|关|组|馆|站|社|构|校)$/;

/** A cell naming departments (or / for none): every name in it ends like one. */
function isUnitCell(cell: string): boolean {
  const text = cell.trim();
  if (NO_UNIT.test(text)) return true;
  if (/[。；：:]/.test(text)) return false;
  const names = text.split(/[、，,\s]+/).filter(Boolean);
  return names.length > 0 && names.every((n) => n.length <= 30) && names.filter((n) => UNIT_NAME_END.test(n)).length >= Math.ceil(names.length * 0.8);
}
const DEADLINE_CELL = /^\s*(\d{4}\s*年[^。]{0,16}|长期[^。]{0,6}|持续[^。]{0,6}|\d{1,2}\s*月[^。]{0,8})$/;

interface AlignedRow {
  task: string;
  goal: string;
  text: string;
  lead: string;
  responsible: string;
  support: string;
  deadline: string;
  shifted: boolean;
}

/**
 * Reads a row's cells by their content where extra or missing tabs moved
 * them out of their columns: the task text is the sentence, units follow it
 * (lead first, “/” for none), the deadline is the last cell that reads as one,
 * and cells before the text are the 改革任务 and 目标任务 headings.
 */
export function alignRow(cells: string[], index: Record<string, number>): AlignedRow {
  // “/” (none) is kept as written: it is not a blank cell, and never takes the row above's units.
  const units = (text: string) => (NO_UNIT.test(text) ? text.trim() : unwrapUnitCell(text));
  // A heading cell ((九)便利企业融资) is never the task text, wherever it stands.
  const isHeading = (c: string) => /^[^。，,]{0,40}$/.test(c.trim()) && parseMarker(tidySpaces(c.trim())) !== null;
  const isText = (c: string) => c.trim() !== '' && !isUnitCell(c) && !DEADLINE_CELL.test(c) && !isHeading(c);
  let textAt = isText(cells[index.text] ?? '') ? index.text : -1;
  if (textAt < 0) {
    let best = -1;
    cells.forEach((c, i) => {
      if (i !== index.number && isText(c) && parseMarker(c.trim()) === null && (best < 0 || c.length > cells[best].length)) best = i;
    });
    textAt = best;
  }
  const shifted = textAt !== index.text;
  const after = cells.slice(textAt + 1).map((c) => c.trim());
  const deadlineAt = after.findLastIndex((c) => DEADLINE_CELL.test(c));
  const deadline = deadlineAt >= 0 ? after[deadlineAt] : '';
  const unitCells = after.filter((c, i) => i !== deadlineAt && c !== '');
  // Without a shift, an empty lead or responsible cell stays empty (it repeats the row above).
  const lead = shifted ? units(unitCells[0] ?? '') : units(cells[index.lead] ?? '');
  const joined = (cs: string[]) => cs.filter(Boolean).map(units).filter(Boolean).join(' ');
  // A 配合单位 column stands after the 责任单位 one: moved cells keep that order.
  const supportAt = (index.support ?? -1) > index.lead ? index.support! : -1;
  const unitsEnd = deadlineAt >= 0 ? deadlineAt : after.length;
  const responsible = shifted
    ? joined(unitCells.slice(1, supportAt >= 0 ? 2 : undefined))
    : joined(after.slice(index.lead - textAt, supportAt >= 0 ? Math.min(supportAt - textAt - 1, unitsEnd) : unitsEnd));
  const support = supportAt < 0 ? '' : shifted ? joined(unitCells.slice(2)) : joined(after.slice(supportAt - textAt - 1, unitsEnd));
  let task = '';
  let goal = '';
  const before = cells.slice(1, Math.max(1, textAt)).map((c) => c.trim());
  if (!shifted) {
    task = cells[index.task]?.trim() ?? '';
    goal = cells[index.goal]?.trim() ?? '';
  } else {
    for (const c of before.filter(Boolean)) {
      const marker = parseMarker(tidySpaces(c));
      if (marker?.kind === 'cn-paren' || marker?.kind === 'cn-dun') task = c;
      else goal = c;
    }
  }
  return { task, goal, text: textAt >= 0 ? cells[textAt] : '', lead, responsible, support, deadline, shifted };
}

/**
 * A space in a unit cell is either a separator (市审批局 市市场监管局) or a
 * wrap inside a name (国网银 川供电公司, 市场监管 局): it separates only
 * where the text before it is a whole name.
 */
export function unwrapUnitCell(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/ /g, (_space, offset: number, whole: string) => {
      const before = whole
        .slice(0, offset)
        .split(/[、，,]/)
        .at(-1)!
        .split(' ')
        .at(-1)!;
      return UNIT_NAME_END.test(before) ? ' ' : '';
    });
}

/** A page's first row repeats merged cells, with other brackets or spaces: (一) 深化… = （一）深化… */
/** Two cells that open with the same number ((十七)…, 1.…): one task or goal, however reworded. */
function sameTask(a: string, b: string | undefined): boolean {
  const mine = parseMarker(a);
  const theirs = b ? parseMarker(b) : null;
  return mine !== null && theirs !== null && mine.kind === theirs.kind && mine.number === theirs.number;
}

function sameCell(a: string, b: string | undefined): boolean {
  const key = (text: string) => (text.match(/[\u4e00-\u9fff0-9]/g) ?? []).join('');
  return b !== undefined && key(a) === key(b);
}
