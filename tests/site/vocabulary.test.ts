// Each vocabulary (cell states, deadline kinds, unit origins, levels …) is
// defined once, in src/schemas/labels.ts. These tests fail when a module
// elsewhere in src/ writes one of its labels itself — as a string, a piece of
// a template or the text of an element — instead of reading it from there,
// and when a wording the site has retired comes back.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { VOCABULARIES } from '../../src/schemas/labels.ts';

const src = path.resolve(import.meta.dirname, '../../src');
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ts|astro)$/.test(f) && f !== path.join('schemas', 'labels.ts'))
  .map((f) => ({ file: f, text: withoutComments(readFileSync(path.join(src, f), 'utf8')) }));

/** Labels as a page prints them; one-character symbols (≤, —) are too common to police. */
const labels = new Map<string, string>();
for (const [vocabulary, entries] of Object.entries(VOCABULARIES)) {
  for (const label of Object.values(entries)) if (label.length >= 2) labels.set(label, vocabulary);
}

/** Wordings an earlier version printed for these values beside the current ones. */
const RETIRED = ['有措施、无数字目标', '未收录文件或其措施文本', '单一日期', '（省级）'];

function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** String literals, the static parts of template literals, and element text. */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)) out.push(m[1] ?? m[2]!);
  for (const m of text.matchAll(/`((?:[^`\\]|\\.)*)`/g)) out.push(...m[1]!.split(/\$\{[^}]*\}/));
  for (const m of text.matchAll(/[>}]([^<>{}]+)[<{]/g)) out.push(m[1]!);
  return out.map((p) => p.trim()).filter(Boolean);
}

describe('vocabularies are defined once', () => {
  test('no module writes a vocabulary label of its own', () => {
    const offenders = files.flatMap(({ file, text }) =>
      pieces(text)
        .filter((p) => labels.has(p))
        .map((p) => `${file}: “${p}” (${labels.get(p)} in src/schemas/labels.ts)`),
    );
    expect(offenders).toEqual([]);
  });

  test('retired wordings stay retired', () => {
    const offenders = files.flatMap(({ file, text }) => RETIRED.filter((w) => text.includes(w)).map((w) => `${file}: “${w}”`));
    expect(offenders).toEqual([]);
  });

  test('the check sees a label written in a module', () => {
    expect(pieces(`const x = '限期'; <td>{a}未涉及</td> \`\${p}省级\``).filter((p) => labels.has(p))).toEqual(['限期', '省级', '未涉及']);
  });
});
