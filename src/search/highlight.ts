// Highlighting: passages cut from a record's indexed text around its hits, and
// the ranges to mark in a page's own text.
import type { Hit } from './verify.ts';

/**
 * The characters of a record, one per position. Pagefind stores the indexed
 * text with a zero-width space after each word; the build puts each
 * position's character back in place of its index word (fragments.ts), so
 * every word is one character followed by the space index-view.ts added.
 */
export function recordCharacters(fragment: { content: string; raw_content?: string }): string[] {
  // `data()` strips the zero-width spaces from `content` and keeps them in
  // `raw_content` (with < and > escaped for Pagefind's own excerpts).
  const text = fragment.raw_content?.includes('\u200B') ? fragment.raw_content.replace(/&lt;/g, '<').replace(/&gt;/g, '>') : fragment.content;
  return text.split('\u200B').map((s) => s.trim());
}

export interface Span {
  text: string;
  hit: boolean;
}

export interface Passage {
  spans: Span[];
  /** Text was cut before / after the passage. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** The text from `from` to `to` (positions), with the hits inside it marked. */
export function passage(chars: readonly string[], hits: readonly Hit[], from: number, to: number): Passage {
  const start = Math.max(0, from);
  const end = Math.min(chars.length, to);
  const marked = new Array<boolean>(end - start).fill(false);
  for (const hit of hits) {
    for (let p = Math.max(hit.start, start); p < Math.min(hit.start + hit.length, end); p++) marked[p - start] = true;
  }
  const spans: Span[] = [];
  for (let p = start; p < end; p++) {
    const hit = marked[p - start];
    const last = spans[spans.length - 1];
    if (last && last.hit === hit) last.text += chars[p];
    else spans.push({ text: chars[p], hit });
  }
  return { spans, cutBefore: start > 0, cutAfter: end < chars.length };
}

/** A passage of about `length` characters around a hit, starting a little before it. */
export function passageAround(chars: readonly string[], hits: readonly Hit[], hit: Hit, length = 72): Passage {
  const lead = Math.min(Math.floor(length / 4), hit.start);
  const from = Math.max(0, Math.min(hit.start - lead, chars.length - length));
  return passage(chars, hits, from, from + Math.max(length, hit.length));
}

/**
 * Stands between two table cells in the indexed text (scripts/build-site/search/index-view.ts
 * puts it there), so a row's cells stay apart in passages and labels.
 */
export const CELL_SEPARATOR = '｜';

/**
 * A short label for the text starting at a position: up to the first full
 * stop, the end of a table cell, or `max` characters. A table row's anchor is
 * its number: the label goes on into the next cell, after a space (42 探索推行“带押过户”).
 */
export function labelAt(chars: readonly string[], from: number, max = 28): string {
  let label = '';
  for (let p = from; p < chars.length && [...label].length < max; p++) {
    if (chars[p] === CELL_SEPARATOR) {
      if (/^\d+$/.test(label)) {
        label += ' ';
        continue;
      }
      if (label) break;
      continue;
    }
    if (/[。；;！？]/u.test(chars[p]) && label) break;
    label += chars[p];
  }
  return label;
}

/** Ranges [start, end) where any phrase occurs in `text`, merged, compared lowercase. */
export function textRanges(text: string, phrases: readonly string[]): [number, number][] {
  const lower = text.toLowerCase();
  const ranges: [number, number][] = [];
  for (const phrase of phrases) {
    const needle = phrase.toLowerCase();
    if (!needle) continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) ranges.push([at, at + needle.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
