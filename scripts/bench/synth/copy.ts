// One synthetic copy of one source file, as another city's plan would differ
// from it: lists of tasks reordered, shortened or lengthened (documents of
// varied length), every task's text rewritten (rewrite.ts). Labels stay where
// they stand, so the numbering the converter follows is never broken.
import { PAGE_MARKER } from '../../build-site/converter/stages/normalize.ts';
import { visualWidth } from '../../build-site/converter/text/spacing.ts';
import type { FilePlan, Item, ItemList } from './plan.ts';
import type { Rng } from './random.ts';
import { rewriteRun, type Pools } from './rewrite.ts';

export function synthesizeFile(plan: FilePlan, pools: Pools, random: Rng): string {
  if (plan.layout === 'task-table') return synthesizeTable(plan, pools, random);
  // Each document gets one length factor: some copies are short plans, some long ones.
  const factors = new Map<number, number>();
  const factorOf = (doc: number) => factors.get(doc) ?? factors.set(doc, 0.5 + random.next()).get(doc)!;
  const replaced = new Map<number, { end: number; lines: string[] }>();
  const covered = new Set<number>();
  const claim = (start: number, end: number, make: () => string[]) => {
    for (let i = start; i <= end; i++) if (covered.has(i)) return;
    for (let i = start; i <= end; i++) covered.add(i);
    replaced.set(start, { end, lines: make() });
  };
  for (const list of plan.lists) claim(list.items[0].start, list.items.at(-1)!.end, () => reshapeList(list, plan, pools, random, factorOf(list.doc)));
  for (const run of plan.runs) {
    const lines = plan.lines.slice(run.start, run.end + 1);
    claim(run.start, run.end, () => rewriteRun(lines, pools, random, { doc: run.doc, freeLength: freeLength(plan, lines) }));
  }
  const out: string[] = [];
  for (let i = 0; i < plan.lines.length; ) {
    const r = replaced.get(i);
    if (r) {
      out.push(...r.lines);
      i = r.end + 1;
    } else out.push(plan.lines[i++]);
  }
  return out.join('\n');
}

/** A text whose length may change: one line no printed page is that wide (web paragraphs), never PDF text or a ledger, whose readers measure lines. */
function freeLength(plan: FilePlan, lines: string[]): boolean {
  if (lines.length !== 1) return false;
  return plan.layout === 'web-plan' || (plan.layout === 'web-notice' && visualWidth(lines[0]) > 100);
}

const isPage = (line: string) => PAGE_MARKER.test(line.trim());

/**
 * A list of tasks in a new order and length. Position k keeps the label it
 * had (or the next number, past the end); a task moves only to a position
 * whose label is as wide as its own, so a printed line keeps its width; tasks
 * across a page break stay where they are.
 */
function reshapeList(list: ItemList, plan: FilePlan, pools: Pools, random: Rng, factor: number): string[] {
  const { items } = list;
  const n = items.length;
  const movable = items.filter((it) => !it.fixed);
  const circled = /^[①-⑳]/.test(items[0].label);
  let m = n;
  if (list.resizable && movable.length) {
    m = Math.max(items.findLastIndex((it) => it.fixed) + 1, 1, Math.round(n * factor));
    if (circled) m = Math.min(m, 20);
  }
  const positions: Item[] = new Array(m);
  items.forEach((it, k) => {
    if (it.fixed) positions[k] = it;
  });
  for (const group of Map.groupBy(movable, (it) => visualWidth(it.label)).values()) {
    const width = visualWidth(group[0].label);
    const slots = items.flatMap((it, k) => (!it.fixed && k < m && visualWidth(it.label) === width ? [k] : []));
    random.shuffle(group).forEach((it, i) => {
      if (i < slots.length) positions[slots[i]] = it;
    });
  }
  for (let k = n; k < m; k++) positions[k] = random.pick(movable);

  const separator = (k: number) => plan.lines.slice(items[k].end + 1, items[k + 1].start);
  const out: string[] = [];
  for (let k = 0; k < m; k++) {
    const it = positions[k];
    const body = plan.lines.slice(it.start, it.end + 1);
    const label = k < n ? items[k].label : relabel(items[n - 1].label, items[n - 1].number + k - n + 1);
    out.push(...rewriteItem(body, label, it, plan, pools, random, list.doc));
    if (k < m - 1) out.push(...(k < n - 1 ? separator(k) : n > 1 ? separator(n - 2).filter((l) => !isPage(l)) : []));
  }
  // Pages between tasks that were left out still begin where they did.
  for (let k = m - 1; k < n - 1; k++) out.push(...separator(k).filter(isPage));
  return out;
}

function rewriteItem(body: string[], label: string, item: Item, plan: FilePlan, pools: Pools, random: Rng, doc: number): string[] {
  let lines: string[];
  if (item.fixed) {
    // Rewritten page by page: a page marker is never moved.
    lines = [];
    let run: string[] = [];
    const flush = () => {
      if (run.length) lines.push(...rewriteRun(run, pools, random, { doc, freeLength: false }));
      run = [];
    };
    for (const line of body) {
      if (isPage(line)) {
        flush();
        lines.push(line);
      } else run.push(line);
    }
    flush();
  } else lines = rewriteRun(body, pools, random, { doc, freeLength: freeLength(plan, body) });
  const first = lines[0];
  const lead = first.length - first.trimStart().length;
  if (!first.slice(lead).startsWith(item.label)) lines = body;
  if (label === item.label) return lines;
  return [`${lines[0].slice(0, lead)}${label}${lines[0].slice(lead + item.label.length)}`, ...lines.slice(1)];
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CN_DIGITS = '零一二三四五六七八九';

/** 12 written as 十二, 21 as 二十一, 105 as 一百零五. */
export function chineseNumeral(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  return `${CN_DIGITS[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${CN_DIGITS[rest]}` : chineseNumeral(rest).replace(/^十/, '一十')}`;
}

/** The label of the n-th item of a list whose labels look like `like`: （三） → （四）, 9. → 10., ③ → ④. */
export function relabel(like: string, n: number): string {
  if (/\d/.test(like)) return like.replace(/\d+/, String(n));
  if (/[①-⑳]/.test(like)) return like.replace(/[①-⑳]/, CIRCLED[n - 1]);
  return like.replace(/[零〇一ー二三四五六七八九十百]+/, chineseNumeral(n));
}

/** Task-table rows: 序号, 改革任务, 目标任务, 任务清单, 牵头单位, 责任单位, 完成时限. */
const ROW = /^\d+\t/;
const TASK = 3;
const LEAD = 4;
const RESPONSIBLE = 5;
const DEADLINE = 6;
/** A unit cell: ends in a body's word. */
const UNIT_CELL = /(局|委|办|政府|中心|公司|行|院|队|厅|部|会|室)$/;

/** Only cells that read as names are swapped or drawn: a shifted row can hold a deadline or a task in a unit column. */
function isUnitCell(value: string): boolean {
  return value.length > 0 && value.length <= 40 && UNIT_CELL.test(value) && !/[\d。；]/.test(value);
}

/**
 * A task table's copy: within each printed page, rows after the first (which
 * may hold the merged cells the rows below inherit) are dropped, repeated and
 * reordered; each row's task is rewritten, its bodies are drawn from other
 * rows' and its deadline moved; 序号 is numbered anew, in order.
 */
function synthesizeTable(plan: FilePlan, pools: Pools, random: Rng): string {
  const doc = plan.docs[0]?.doc ?? 0;
  const factor = 0.5 + random.next();
  const rows = plan.lines.filter((l) => ROW.test(l)).map((l) => l.split('\t'));
  // Only cells that read as names: a shifted row can put a deadline or a task in a unit column.
  const column = (c: number) => rows.map((r) => r[c] ?? '').filter(isUnitCell);
  const leads = column(LEAD);
  const responsible = column(RESPONSIBLE);
  const rewriteRow = (line: string) => {
    const cells = line.split('\t');
    if (cells[TASK]) cells[TASK] = rewriteRun([cells[TASK]], pools, random, { doc, freeLength: true })[0];
    if (isUnitCell(cells[LEAD] ?? '') && random.chance(0.3)) cells[LEAD] = random.pick(leads);
    if (isUnitCell(cells[RESPONSIBLE] ?? '') && random.chance(0.3)) cells[RESPONSIBLE] = random.pick(responsible);
    if (cells[DEADLINE]) cells[DEADLINE] = rewriteRun([cells[DEADLINE]], pools, random, { doc, freeLength: false })[0];
    return cells.join('\t');
  };
  const out: string[] = [];
  let page: string[] = [];
  const flush = () => {
    if (!page.length) return;
    const [first, ...rest] = page;
    let kept = rest.filter(() => factor >= 1 || random.chance(factor));
    if (factor > 1) for (const row of rest) if (random.chance(factor - 1)) kept.push(row);
    kept = random.shuffle(kept);
    out.push(rewriteRow(first), ...kept.map(rewriteRow));
    page = [];
  };
  for (const line of plan.lines) {
    if (ROW.test(line)) page.push(line);
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  let n = 0;
  return out.map((l) => (ROW.test(l) ? l.replace(/^\d+/, String(++n)) : l)).join('\n');
}
