// The main content of a saved government web page: the element that holds
// most of the page's running text, as Readability scores it — text in
// paragraphs counts for the element around them (half for the one around
// that), text inside links counts against (navigation is lists of links),
// and names such as nav, footer, share count against, zoom, article, content
// for. The page's title heading is kept with it when it sits just outside.
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';

const CONTAINERS = new Set(['div', 'article', 'main', 'section', 'td', 'body', 'form', 'center']);
const TEXT_BLOCKS = new Set(['p', 'div', 'td', 'li', 'pre', 'h1', 'h2', 'h3', 'h4', 'span', 'font']);
/** Class and id words of the content area on Chinese government CMSs (TRS, 政务公开 templates) and elsewhere. */
const CONTENT_NAME = /zoom|trs_editor|article|content|detail|zhengwen|zw|main|text|body|cont/i;
const CHROME_NAME = /nav|menu|foot|header|top|side|share|bread|position|crumb|tool|copyright|link|banner|search|login|qr|ewm|print|related|xgxx|bottom/i;
const MIN_BLOCK_CHARS = 10;

export interface MainContent {
  /** The element the document's text is read from. */
  root: Element;
  /** A title heading outside it, kept as the document's first line. */
  title: Element | null;
}

function nameOf(e: Element): string {
  const cls = e.properties?.className;
  return `${Array.isArray(cls) ? cls.join(' ') : (cls ?? '')} ${e.properties?.id ?? ''}`;
}

function linkChars(e: Element): number {
  let n = 0;
  const visit = (x: Element) => {
    for (const c of x.children) if (c.type === 'element') c.tagName === 'a' ? (n += toText(c).replace(/\s/g, '').length) : visit(c);
  };
  visit(e);
  return n;
}

export function findMainContent(tree: Root): MainContent | null {
  const parent = new Map<Element, Element>();
  const scores = new Map<Element, number>();
  let body: Element | null = null;
  const visit = (e: Element) => {
    if (e.tagName === 'body') body = e;
    for (const c of e.children) {
      if (c.type !== 'element') continue;
      parent.set(c, e);
      visit(c);
    }
    if (!TEXT_BLOCKS.has(e.tagName)) return;
    // Only a block's own text counts: text of nested blocks is scored where it stands.
    const own = e.children.filter((c) => c.type === 'text' || (c.type === 'element' && !TEXT_BLOCKS.has(c.tagName)));
    const text = own
      .map((c) => toText(c))
      .join('')
      .replace(/\s/g, '');
    if (text.length < MIN_BLOCK_CHARS) return;
    const links = own.reduce((n, c) => n + (c.type === 'element' ? (c.tagName === 'a' ? toText(c).replace(/\s/g, '').length : linkChars(c)) : 0), 0);
    const score = text.length - 2 * links;
    if (score <= 0) return;
    let up = parent.get(e);
    for (const share of [1, 0.5]) {
      while (up && !CONTAINERS.has(up.tagName)) up = parent.get(up);
      if (!up) break;
      scores.set(up, (scores.get(up) ?? 0) + score * share);
      up = parent.get(up);
    }
  };
  for (const c of tree.children) if (c.type === 'element') visit(c);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [e, raw] of scores) {
    const name = nameOf(e);
    const weight = CHROME_NAME.test(name) && !CONTENT_NAME.test(name) ? 0.2 : CONTENT_NAME.test(name) ? 1.25 : 1;
    if (raw * weight > bestScore) [best, bestScore] = [e, raw * weight];
  }
  best ??= body;
  if (!best) return null;

  // The title is often a heading just outside the text block (<h1> above <div id="zoom">):
  // widen to the nearest ancestor that holds both, when little else is in it.
  const heading = findFirst(tree, (e) => e.tagName === 'h1') ?? findFirst(tree, (e) => /^h[1-3]$/.test(e.tagName) && /title|bt/i.test(nameOf(e)));
  if (!heading || contains(best, heading)) return { root: best, title: null };
  const ancestors = new Set<Element>();
  for (let a: Element | undefined = best; a; a = parent.get(a)) ancestors.add(a);
  let common: Element | undefined = parent.get(heading);
  while (common && !ancestors.has(common)) common = parent.get(common);
  const rootChars = toText(best).replace(/\s/g, '').length;
  const commonChars = common ? toText(common).replace(/\s/g, '').length : Infinity;
  if (common && commonChars <= rootChars * 1.3 + 400) return { root: common, title: null };
  return { root: best, title: heading };
}

function findFirst(node: Root | Element, test: (e: Element) => boolean): Element | null {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    if (test(c)) return c;
    const found = findFirst(c, test);
    if (found) return found;
  }
  return null;
}

function contains(outer: Element, inner: Element): boolean {
  return outer === inner || outer.children.some((c) => c.type === 'element' && contains(c, inner));
}
