// Snapshots of charts, kept as Observable Plot's tests keep them: one
// reference file per chart in tests/charts/__snapshots__, readable and
// viewable on its own (<name>.svg opens in a browser; <name>.html is the whole
// figure as the component renders it). Output is pretty-printed one element
// per line and numbers are rounded to 2 decimals, so a diff shows which mark
// moved. On a mismatch the new output is written beside the reference as
// <name>-changed.<ext> to compare; UPDATE=1 rewrites the references instead. A
// missing reference is written (outside CI) and the test passes, so a new
// chart's first run creates its snapshot.
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '__snapshots__');

/** 12.3456 → 12.35 in attribute values and text alike. */
export function roundNumbers(s: string): string {
  return s.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * One element per line, indented by depth; an element holding only text
 * stays on one line. Enough for the markup these components write (no <pre>,
 * no inline formatting that whitespace would change).
 */
export function pretty(html: string): string {
  const tokens = html.match(/<!--[\s\S]*?-->|<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.startsWith('</')) {
      depth--;
      lines.push('  '.repeat(depth) + t);
    } else if (t.startsWith('<') && !t.startsWith('<!')) {
      const name = /^<([\w:-]+)/.exec(t)![1]!.toLowerCase();
      const selfClosing = t.endsWith('/>') || VOID.has(name);
      const text = tokens[i + 1];
      const close = tokens[i + 2];
      if (!selfClosing && text !== undefined && !text.startsWith('<') && close === `</${name}>`) {
        lines.push('  '.repeat(depth) + t + text.trim() + close);
        i += 2;
      } else if (!selfClosing && text === `</${name}>`) {
        lines.push('  '.repeat(depth) + t + text);
        i += 1;
      } else {
        lines.push('  '.repeat(depth) + t);
        if (!selfClosing) depth++;
      }
    } else if (t.trim()) {
      lines.push('  '.repeat(depth) + t.trim());
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Compares `actual` with tests/charts/__snapshots__/<name>.<ext>. */
export function matchSnapshot(name: string, ext: 'svg' | 'html', markup: string): void {
  const actual = pretty(roundNumbers(markup));
  const file = join(DIR, `${name}.${ext}`);
  const changed = join(DIR, `${name}-changed.${ext}`);
  mkdirSync(DIR, { recursive: true });
  if (process.env.UPDATE === '1' || (!existsSync(file) && process.env.CI !== 'true')) {
    writeFileSync(file, actual);
    if (existsSync(changed)) unlinkSync(changed);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (actual === expected) {
    if (existsSync(changed)) unlinkSync(changed);
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `${name}.${ext} differs from its snapshot; see ${name}-changed.${ext}, or run with UPDATE=1`).toBe(expected);
}
