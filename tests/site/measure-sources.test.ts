// Every measure on its document page says where it stands in the source
// (file, line, page), as the footer promises: a site review found only the
// document's line range on the page.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import type { Measure } from '../../src/schemas/measure.ts';
import type { PolicyDocument } from '../../src/schemas/document.ts';
import { dist } from './dist.ts';
import { sourceTextHref } from '../../src/domain/source-text.ts';

const content = path.resolve(import.meta.dirname, '../../content');
const documents = readdirSync(path.join(content, 'documents')).map(
  (f) => parse(readFileSync(path.join(content, 'documents', f), 'utf8').split(/^---$/m)[1]!) as PolicyDocument,
);

test('each measure a document page shows carries its source file, lines and pages (both, where it runs over a break)', () => {
  let shown = 0;
  const missing: string[] = [];
  for (const d of documents) {
    const html = readFileSync(path.join(dist, 'documents', d.id, 'index.html'), 'utf8');
    const measures = JSON.parse(readFileSync(path.join(content, 'measures', `${d.id}.json`), 'utf8')) as Measure[];
    for (const m of measures) {
      if (!html.includes(`id="${m.id}"`)) continue;
      shown++;
      const at = html.indexOf(`id="${m.id}"`);
      const next = measures.map((x) => html.indexOf(`id="${x.id}"`)).filter((i) => i > at);
      const block = html.slice(at, next.length ? Math.min(...next) : undefined);
      const lines = m.source.endLine > m.source.line ? `${m.source.line}–${m.source.endLine}` : `${m.source.line}`;
      const where = `出处：${m.source.file} ${d.source.format ? '提取文本' : ''}第 ${lines} 行${m.source.page !== null ? `，第 ${m.source.page}${m.source.endPage ? `–${m.source.endPage}` : ''} 页` : ''}`;
      if (!block.includes(where)) missing.push(`${m.id}: ${where}`);
    }
  }
  expect(shown).toBeGreaterThan(1000);
  expect(missing).toEqual([]);
});

test('the source text a measure cites is published, and its cited lines hold the measure’s words (an open-data review could check a third of the measures against nothing)', () => {
  const squash = (text: string) => text.replace(/\s+/g, '');
  const checked: string[] = [];
  const unfound: string[] = [];
  for (const d of documents) {
    const href = sourceTextHref(d.source.file);
    const html = readFileSync(path.join(dist, 'documents', d.id, 'index.html'), 'utf8');
    expect(html, d.id).toContain(`href="${href}"`);
    const lines = readFileSync(path.join(dist, decodeURIComponent(href)), 'utf8').split('\n');
    const measures = JSON.parse(readFileSync(path.join(content, 'measures', `${d.id}.json`), 'utf8')) as Measure[];
    for (const m of measures) {
      checked.push(m.id);
      // Ten characters from the middle of the measure: its label and the reflowing at its edges are the converter's.
      const words = squash(m.text);
      const probe = words.slice(Math.floor(words.length / 2), Math.floor(words.length / 2) + 10);
      if (!squash(lines.slice(m.source.line - 1, m.source.endLine).join('')).includes(probe)) unfound.push(`${m.id} ${probe}`);
    }
  }
  expect(checked.length).toBeGreaterThan(1000);
  // A row a page break splits with another column's words between (成都市 inside the text) may miss; nothing more.
  expect(unfound.length, unfound.join('\n')).toBeLessThanOrEqual(Math.ceil(checked.length * 0.005));
});
