// On a phone a document's table is read row by row, each row a card (the
// stylesheet's narrow-screen rule for .doc-body tables), and a cell then needs
// its column's name beside it: 牵头单位 before 市审批局. The header cell's text
// is copied onto each body cell of its column as data-label, which only the
// narrow layout shows, and the header row is left out of the search index. A hast plugin of Sätteri, the Markdown processor the
// site's MDX runs on (it does not run rehype plugins).
import { defineHastPlugin } from 'satteri';
import type { Element, ElementContent, RootContent } from 'hast';

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';
const childElements = (node: Element, ...tags: string[]): Element[] => node.children.filter((c): c is Element => isElement(c) && tags.includes(c.tagName));

/** Each body cell of a table with the text of its column's header cell; none for a table without a header row. */
export function cellLabels(table: Readonly<Element>, textOf: (node: Element) => string): [Element, string][] {
  const head = childElements(table, 'thead')[0];
  const headRow = head && childElements(head, 'tr')[0];
  if (!headRow) return [];
  const labels = childElements(headRow, 'th', 'td').map((cell) => textOf(cell).trim());
  return childElements(table, 'tbody')
    .flatMap((body) => childElements(body, 'tr'))
    .flatMap((row) => childElements(row, 'td', 'th').flatMap((cell, i): [Element, string][] => (labels[i] ? [[cell, labels[i]]] : [])));
}

export const tableLabels = defineHastPlugin({
  name: 'table-labels',
  element: {
    filter: ['table'],
    visit(table, ctx) {
      for (const [cell, label] of cellLabels(table, (node) => ctx.textContent(node))) ctx.setProperty(cell, 'dataLabel', label);
      // A task table's header repeats on every part of it: search counts the document's words, not the header's.
      const head = childElements(table, 'thead')[0];
      if (head) ctx.setProperty(head, 'dataPagefindIgnore', '');
    },
  },
});
