// The built site as data: every HTML file in dist/, parsed once with parse5
// (the WHATWG parsing algorithm, so the tree is the one a browser builds) and
// reduced to what the link check, the script budget and the safety rules read.
import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A URL-valued attribute: where a page points to. */
export interface Reference {
  tag: string;
  attr: string;
  value: string;
}

/** A script element and what it ships to the browser. */
export interface ScriptTag {
  src: string | null;
  type: string | null;
  /** Bytes of the inline text (0 for an external script: its file is sized by the caller). */
  inlineBytes: number;
  /** Inside the search box, the one place allowed to ship client JavaScript (see SearchBox.astro). */
  inSearchBox: boolean;
}

export interface SitePage {
  /** Path inside dist/, with forward slashes (documents/x/index.html). */
  file: string;
  /** The URL path the page is served at (/documents/x/). */
  url: string;
  bytes: number;
  /** Every id and every a[name]: the targets a #fragment may name. */
  anchors: Set<string>;
  references: Reference[];
  scripts: ScriptTag[];
  /** Attributes named on…: inline event handlers. */
  inlineHandlers: { tag: string; attr: string }[];
  /** <style> elements and style="" attributes: CSS a policy without 'unsafe-inline' refuses. */
  inlineStyles: { tag: string; kind: 'element' | 'attribute' }[];
  /** The aria-label of every <nav>: which navigation a page offers. */
  navLabels: string[];
  h1Count: number;
}

// Attributes whose value is a URL a user agent follows or fetches.
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  iframe: ['src'],
  source: ['src'],
  form: ['action'],
  object: ['data'],
  embed: ['src'],
  button: ['formaction'],
  input: ['formaction'],
};

// Script types a browser executes; JSON-LD or import maps are data.
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = node.nodeName === 'template' ? (node as DefaultTreeAdapterMap['template']).content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
}

function attr(element: Element, name: string): string | null {
  return element.attrs.find((a) => a.name === name)?.value ?? null;
}

function textOf(element: Element): string {
  return element.childNodes.map((c) => (c.nodeName === '#text' ? (c as DefaultTreeAdapterMap['textNode']).value : '')).join('');
}

function insideSearchBox(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentNode && 'tagName' in node.parentNode ? node.parentNode : null) {
    if (attr(node, 'data-search-box') !== null) return true;
  }
  return false;
}

/** The URL path dist/<file> is served at: directory indexes end in “/”. */
export function urlOf(file: string): string {
  const posix = file.split(path.sep).join('/');
  return `/${posix.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function parsePage(html: string, file: string): SitePage {
  const page: SitePage = {
    file,
    url: urlOf(file),
    bytes: Buffer.byteLength(html),
    anchors: new Set(),
    references: [],
    scripts: [],
    inlineHandlers: [],
    inlineStyles: [],
    navLabels: [],
    h1Count: 0,
  };
  for (const element of elements(parse(html))) {
    const tag = element.tagName;
    if (tag === 'nav') page.navLabels.push(attr(element, 'aria-label') ?? '');
    if (tag === 'h1') page.h1Count += 1;
    const id = attr(element, 'id');
    if (id) page.anchors.add(id);
    const name = tag === 'a' ? attr(element, 'name') : null;
    if (name) page.anchors.add(name);
    for (const a of element.attrs) {
      if (/^on/i.test(a.name)) page.inlineHandlers.push({ tag, attr: a.name });
      if (a.name === 'style') page.inlineStyles.push({ tag, kind: 'attribute' });
    }
    if (tag === 'style') page.inlineStyles.push({ tag, kind: 'element' });
    for (const name of URL_ATTRIBUTES[tag] ?? []) {
      const value = attr(element, name);
      if (value !== null) page.references.push({ tag, attr: name, value });
    }
    if (tag === 'script') {
      const type = attr(element, 'type');
      if (!JS_TYPES.has((type ?? '').trim().toLowerCase())) continue;
      const src = attr(element, 'src');
      page.scripts.push({ src, type, inlineBytes: src ? 0 : Buffer.byteLength(textOf(element)), inSearchBox: insideSearchBox(element) });
    }
  }
  return page;
}

/** The text a reader sees in a page's <body> (text nodes, not script or
 * style), so a test can tell text shown as text from markup that became
 * elements: `<script>` typed in a source must be found here, not as a tag. */
export function bodyText(html: string): string {
  const body = [...elements(parse(html))].find((e) => e.tagName === 'body');
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterMap['textNode']).value);
    else if ('childNodes' in node && node.nodeName !== 'script' && node.nodeName !== 'style') node.childNodes.forEach(walk);
  };
  if (body) walk(body);
  return parts.join('');
}

/** A URL that runs script when followed. The URL parser strips the whitespace
 * and control characters browsers ignore, so “ java\tscript:” counts too. */
export function isJavaScriptUrl(value: string): boolean {
  return URL.canParse(value, 'http://site.invalid/') && new URL(value, 'http://site.invalid/').protocol === 'javascript:';
}

/**
 * The HTML pages of a built site, as paths relative to it, while another step
 * of the build may be writing beside them: nothing is statted (a directory
 * entry knows its type), the search index's folder is not entered (Pagefind
 * writes and removes files there), and a folder gone by the time it is read
 * is passed over.
 */
export function pagesUnder(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(path.join(dist, dir), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory() && file !== 'pagefind') walk(file);
      else if (entry.isFile() && entry.name.endsWith('.html')) pages.push(file);
    }
  };
  walk('');
  return pages.sort();
}

/** Every file under dir, as paths relative to it. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .sort();
}

/** Every HTML page of a built site. Throws when dist/ was not built. */
export function readSite(dist: string): SitePage[] {
  let files: string[];
  try {
    files = filesUnder(dist).filter((f) => f.endsWith('.html'));
  } catch {
    throw new Error(`${dist} does not exist: run \`npm run build\` first`);
  }
  if (files.length === 0) throw new Error(`${dist} holds no HTML page: run \`npm run build\` first`);
  return files.map((file) => parsePage(readFileSync(path.join(dist, file), 'utf8'), file.split(path.sep).join('/')));
}

/** The document pages (one per policy document). */
export function documentPages(pages: SitePage[]): SitePage[] {
  // A document's own page, not the page of its similar measures beside it (/documents/<id>/similar/).
  return pages.filter((p) => /^\/documents\/[^/]+\/$/.test(p.url));
}
