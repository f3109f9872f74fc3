// The page as the search index sees it: every character of the indexed text
// becomes one Pagefind word, the code of it and the character after it
// (src/search/index-words.ts), and long documents are cut into records.
//
// Why one word per character: Pagefind 1.6 indexes Chinese as ICU4X words
// plus adjacent character pairs and counts positions per word, so it cannot
// tell whether two pieces of a query stand side by side, and a quoted search
// misses a word inside a longer one (动产 in 不动产). With a space after every
// character's word, a word's position is its character offset, and the
// browser can check any query as an exact substring from the positions alone
// (src/search/verify.ts). Measured in the README.
//
// Why records: Pagefind stores a page's text in one fragment, fetched to show
// a passage. Whole documents make that up to 50 kB per result; records of about
// three thousand characters, cut only where a measure or heading starts, keep a
// passage to a few kB. The built pages themselves are not changed: only the
// HTML handed to Pagefind is.
import { decodeHTML, escapeAttribute } from 'entities';
import { ELEMENT_NODE, TEXT_NODE, parse, renderSync } from 'ultrahtml';
import { CELL_SEPARATOR } from '../../../src/search/highlight.ts';
import { indexWords } from '../../../src/search/index-words.ts';

export interface IndexViewOptions {
  /** Start a new record at a measure or heading once a record holds this many characters. */
  targetChars: number;
  /** Cut inside a measure, at a paragraph or row, once a record holds this many. */
  maxChars: number;
}

// Between two table cells the indexed text gets CELL_SEPARATOR: without it
// a row's cells run together (…区人民政府2023年12月底42探索推行…), a phrase
// could match across two cells, and passages and sub-result titles glue the
// row number to the task. One character, so it takes one position; not
// whitespace, which takes none.

// Every record costs a page entry in Pagefind's metadata file and one in our
// manifest, both loaded by every first query, and Pagefind's indexing time
// follows the number of records: at 10× 3,000 characters instead of 1,000
// made a first query 10% smaller and indexing 2.8× faster (README, “Search”).
export const DEFAULT_INDEX_VIEW: IndexViewOptions = { targetChars: 3000, maxChars: 6000 };

export interface IndexRecord {
  /** Unique per record (Pagefind keys fragments by URL); the browser links with the manifest's URL. */
  url: string;
  html: string;
  /** The record's text, one character a position: what its fragment shows instead of the index words. */
  text: string;
}

export interface IndexView {
  records: IndexRecord[];
  chars: number;
  anchors: number;
  warnings: string[];
}

interface HtmlNode {
  type: number;
  name?: string;
  value?: string;
  attributes?: Record<string, string>;
  children?: HtmlNode[];
}

interface Piece {
  node: HtmlNode;
  raw: string;
  /** The text as characters (an entity is one) and whitespace. */
  tokens: string[];
  chars: number;
  unit: number;
  /** A block element (paragraph, row, heading) starts with this piece: a place a long unit may be cut. */
  blockStart: boolean;
}

const BLOCKS = new Set(['p', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'dt', 'dd', 'pre', 'table', 'article', 'section', 'div']);

// One token per character; an entity is one character of the text.
const TOKEN = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);|[\s\S]/giu;

const isSpace = (token: string) => /^\s$/u.test(token);

function characterTokens(raw: string): { tokens: string[]; chars: number } {
  const tokens = raw.match(TOKEN) ?? [];
  return { tokens, chars: tokens.filter((token) => !isSpace(token)).length };
}

/**
 * The text of pieces as Pagefind should index it: each character replaced by
 * its index word and followed by a space (whitespace takes no position and
 * stays); a character with no word stays itself, so it still takes a position.
 * Returns each piece's text and the characters of all of them.
 */
export function indexText(pieces: readonly (readonly string[])[]): { texts: string[]; chars: string[] } {
  const chars: string[] = [];
  for (const tokens of pieces) {
    for (const token of tokens) if (!isSpace(token)) chars.push(token.length > 2 && token[0] === '&' ? decodeHTML(token) : token);
  }
  const words = indexWords(chars);
  let at = 0;
  const texts = pieces.map((tokens) => tokens.map((token) => (isSpace(token) ? token : `${words[at++] ?? token} `)).join(''));
  return { texts, chars };
}

function textOf(node: HtmlNode): string {
  if (node.type === TEXT_NODE) return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/**
 * `data-pagefind-filter="theme"` takes the element's text as the value. Once the
 * text becomes index words that value would too, so the value moves into the
 * attribute (`theme:营商环境`), which Pagefind reads the same way. Returns false
 * when the attribute cannot say it (two text-valued keys on one element).
 */
function pinTextValue(element: HtmlNode, attribute: string): boolean {
  const value = element.attributes?.[attribute];
  if (value === undefined) return true;
  const decoded = decodeHTML(value);
  if (decoded.includes(':')) return true; // already a literal: `key:value`
  const entries = decoded
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const fromAttributes = entries.filter((entry) => /\[.+\]$/.test(entry));
  const fromText = entries.filter((entry) => !/\[.+\]$/.test(entry));
  if (fromText.length === 0) return true;
  if (fromText.length > 1) return false;
  const text = decodeHTML(textOf(element)).replace(/\s+/g, ' ').trim();
  const pinned = [...fromAttributes, `${fromText[0]}:${text}`].join(', ');
  element.attributes![attribute] = escapeAttribute(pinned);
  return true;
}

function findBody(node: HtmlNode): HtmlNode | null {
  if (node.type === ELEMENT_NODE && node.attributes && 'data-pagefind-body' in node.attributes) return node;
  for (const child of node.children ?? []) {
    const found = findBody(child);
    if (found) return found;
  }
  return null;
}

/**
 * Builds the records of one built page. Returns null for a page without
 * `data-pagefind-body` (Pagefind would skip it too).
 */
export function buildIndexView(html: string, url: string, options: IndexViewOptions = DEFAULT_INDEX_VIEW): IndexView | null {
  const root = parse(html) as HtmlNode;
  const body = findBody(root);
  if (!body) return null;

  const warnings: string[] = [];
  const pieces: Piece[] = [];
  // Anchor elements (any id in the indexed text) start a unit: a measure, a heading, a table row.
  const anchorOfUnit: HtmlNode[] = [];
  let unit = 0;
  let pendingBlock = true;
  // Cells already seen in the table being read: every cell after the first gets a separator.
  let cellsInTable = 0;

  const visit = (node: HtmlNode, raw: boolean): void => {
    if (node.type === TEXT_NODE) {
      const value = node.value ?? '';
      if (raw || !/\S/.test(value)) return;
      const { tokens, chars } = characterTokens(value);
      pieces.push({ node, raw: value, tokens, chars, unit, blockStart: pendingBlock });
      pendingBlock = false;
      return;
    }
    if (node.type !== ELEMENT_NODE) {
      for (const child of node.children ?? []) visit(child, raw);
      return;
    }
    const attributes = node.attributes ?? {};
    // Ignored subtrees stay as they are: Pagefind still reads their filters and metadata.
    if ('data-pagefind-ignore' in attributes) return;
    let keepRaw = raw;
    for (const attribute of ['data-pagefind-filter', 'data-pagefind-meta']) {
      if (!pinTextValue(node, attribute)) {
        warnings.push(`${url}: <${node.name} ${attribute}="${attributes[attribute]}"> takes two values from its text; left as it is`);
        keepRaw = true;
      }
    }
    const cell = node.name === 'td' || node.name === 'th';
    const children = node.children ?? [];
    if (cell && !keepRaw && cellsInTable++ > 0) {
      // The separator belongs to the unit before it, so a row's anchor still starts at its number.
      const separator: HtmlNode = { type: TEXT_NODE, value: CELL_SEPARATOR };
      node.children = [separator, ...children];
      const { tokens, chars } = characterTokens(CELL_SEPARATOR);
      pieces.push({ node: separator, raw: CELL_SEPARATOR, tokens, chars, unit, blockStart: true });
      pendingBlock = false;
    }
    if (attributes.id && !keepRaw) {
      unit += 1;
      anchorOfUnit[unit] = node;
    }
    if (BLOCKS.has(node.name ?? '')) pendingBlock = true;
    // A table inside a cell counts its own cells.
    const outerCells = cellsInTable;
    if (node.name === 'table') cellsInTable = 0;
    for (const child of children) visit(child, keepRaw);
    if (node.name === 'table') cellsInTable = outerCells;
    if (BLOCKS.has(node.name ?? '')) pendingBlock = true;
  };
  for (const child of body.children ?? []) visit(child, false);

  // Pack pieces into records: cut where a unit starts once the record is full,
  // and inside a long unit at a block boundary once it is over the maximum.
  const unitChars = new Map<number, number>();
  for (const piece of pieces) unitChars.set(piece.unit, (unitChars.get(piece.unit) ?? 0) + piece.chars);
  const cuts: number[] = [0];
  let current = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const startsUnit = i > 0 && piece.unit !== pieces[i - 1].unit;
    const full =
      current > 0 && ((startsUnit && current + (unitChars.get(piece.unit) ?? 0) > options.targetChars) || (piece.blockStart && current >= options.maxChars));
    if (full) {
      cuts.push(i);
      current = 0;
    }
    current += piece.chars;
  }
  cuts.push(pieces.length);

  const records: IndexRecord[] = [];
  for (let r = 0; r + 1 < cuts.length; r++) {
    const [from, to] = [cuts[r], cuts[r + 1]];
    if (from === to) continue;
    const inRecord = new Set<number>();
    for (let i = from; i < to; i++) inRecord.add(pieces[i].unit);
    // Pairs run across pieces within the record (as positions do), never past its end.
    const { texts, chars } = indexText(pieces.slice(from, to).map((piece) => piece.tokens));
    pieces.forEach((piece, i) => {
      piece.node.value = i >= from && i < to ? texts[i - from] : '';
    });
    // Only anchors whose text is in this record may start a sub-result in it.
    const hidden: [HtmlNode, string][] = [];
    anchorOfUnit.forEach((anchor, u) => {
      if (anchor && !inRecord.has(u)) {
        hidden.push([anchor, anchor.attributes!.id]);
        delete anchor.attributes!.id;
      }
    });
    records.push({ url: records.length === 0 ? url : `${url}#part-${records.length}`, html: renderSync(root as never), text: chars.join('') });
    for (const [anchor, id] of hidden) anchor.attributes!.id = id;
  }
  for (const piece of pieces) piece.node.value = piece.raw;

  return {
    records,
    chars: pieces.reduce((sum, piece) => sum + piece.chars, 0),
    anchors: anchorOfUnit.filter(Boolean).length,
    warnings,
  };
}
