// An HTML tree (a saved web page, or a Word document as mammoth renders it)
// → lines of text: one per paragraph, heading or list item, and one per table
// row with its cells separated by tabs, as the task-table layout reads them.
// Text comes from hast-util-to-text (the browser's innerText); what is never
// text — scripts, frames, embedded objects, form controls — is cut out first
// and counted, and event handler attributes are counted (they never reach
// the lines, which carry text only).
import type { Element, ElementContent, Parents, Root } from 'hast';
import { toText } from 'hast-util-to-text';

/** Elements whose content is code or another document, never the page's text. */
const ACTIVE = new Set([
  'script',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'template',
  'style',
  'svg',
  'math',
  'canvas',
  'select',
  'button',
  'textarea',
  'input',
]);
/** Cells holding these are a layout table (the page's columns), not a data table; paragraphs are allowed (Word puts every cell's text in one). */
const BLOCK_IN_CELL = new Set(['table', 'div', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article']);

export interface ActiveContent {
  /** Removed elements by name (script 3, iframe 1, …). */
  elements: Map<string, number>;
  /** Attributes that run code: on… handlers and javascript: URLs. */
  handlers: number;
}

/** Cuts scripts, frames and objects out of the tree; counts them and the event handlers. */
export function removeActiveContent(tree: Root | Element): ActiveContent {
  const found: ActiveContent = { elements: new Map(), handlers: 0 };
  const visit = (node: Parents) => {
    node.children = node.children.filter((child) => {
      if (child.type !== 'element') return child.type !== 'comment';
      if (ACTIVE.has(child.tagName)) {
        found.elements.set(child.tagName, (found.elements.get(child.tagName) ?? 0) + 1);
        return false;
      }
      for (const [key, value] of Object.entries(child.properties ?? {})) {
        if (/^on/i.test(key) || (typeof value === 'string' && /^\s*javascript:/i.test(value))) {
          found.handlers += 1;
          delete child.properties[key];
        }
      }
      visit(child);
      return true;
    }) as typeof node.children;
  };
  visit(tree as Parents);
  return found;
}

const elementChildren = (node: Element, name: string | string[]): Element[] => {
  const names = Array.isArray(name) ? name : [name];
  return node.children.filter((c): c is Element => c.type === 'element' && names.includes(c.tagName));
};

function descendants(node: Element, test: (e: Element) => boolean): boolean {
  return node.children.some((c) => c.type === 'element' && (test(c) || descendants(c, test)));
}

/** The rows of a table element, through thead/tbody/tfoot, not into nested tables. */
function rowsOf(table: Element): Element[] {
  return table.children.flatMap((c) =>
    c.type !== 'element' ? [] : c.tagName === 'tr' ? [c] : ['thead', 'tbody', 'tfoot'].includes(c.tagName) ? elementChildren(c, 'tr') : [],
  );
}

/** A cell's text on one line: its paragraphs joined by a space, tabs made spaces. */
function cellText(cell: Element): string {
  return toText(cell)
    .split(/\s*\n\s*/)
    .filter(Boolean)
    .join(' ')
    .replace(/\t/g, ' ')
    .trim();
}

/**
 * A data table's rows as tab-separated lines. A cell spanning rows gives its
 * text to every row it covers (a merged 改革任务 cell belongs to each task
 * under it); a cell spanning columns keeps its text in its first column only
 * (a part heading across a row is one heading, not seven).
 */
export function tableRows(table: Element): string[] {
  const grid: string[][] = [];
  rowsOf(table).forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of elementChildren(row, ['td', 'th'])) {
      while (grid[r][c] !== undefined) c++;
      const rowSpan = Math.max(1, Math.min(1000, Number(cell.properties?.rowSpan ?? 1) || 1));
      const colSpan = Math.max(1, Math.min(100, Number(cell.properties?.colSpan ?? 1) || 1));
      const text = cellText(cell);
      for (let dr = 0; dr < rowSpan; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colSpan; dc++) grid[r + dr][c + dc] = dc === 0 ? text : '';
      }
      c += colSpan;
    }
  });
  return grid.map((cells) => Array.from(cells, (v) => v ?? '').join('\t')).filter((line) => line.replace(/\t/g, '').trim() !== '');
}

/**
 * Replaces every data table by its rows (innermost first) and unwraps layout
 * tables into blocks, so that the tree's text is the document's lines.
 */
export function flattenTables(node: Parents): void {
  for (const child of node.children) if (child.type === 'element') flattenTables(child);
  node.children = node.children.map((child): ElementContent => {
    if (child.type !== 'element' || child.tagName !== 'table') return child as ElementContent;
    const layout = rowsOf(child).some((row) => elementChildren(row, ['td', 'th']).some((cell) => descendants(cell, (e) => BLOCK_IN_CELL.has(e.tagName))));
    if (layout) {
      const rows = rowsOf(child);
      return {
        type: 'element',
        tagName: 'div',
        properties: {},
        children: rows.flatMap((row) =>
          elementChildren(row, ['td', 'th']).map((cell): Element => ({ type: 'element', tagName: 'div', properties: {}, children: cell.children })),
        ),
      };
    }
    // `pre` keeps the tabs and line ends as they are.
    return { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: tableRows(child).join('\n') }] };
  }) as typeof node.children;
}

/** Ideographic and no-break spaces at a line's ends are padding, not text; tabs are cell borders and stay. */
const EDGE_SPACE = /^[ \u00a0\u3000]+|[ \u00a0\u3000]+$/g;

/** The tree's text as lines, empty ones dropped. */
export function textLines(node: Root | Element): string[] {
  return toText(node)
    .split(/\r?\n/)
    .map((line) => line.replace(EDGE_SPACE, ''))
    .filter((line) => line.replace(/\t/g, '').trim() !== '');
}
