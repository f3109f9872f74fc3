// node scripts/eval/draw.ts [--content DIR] [--seed N]
// Draws the records the labelled sets are read on (tests/fixtures/labels/):
// measures at random for bodies and themes, and every number phrase of the
// corpus for targets. A record is keyed by its source file and line, never by
// what a classifier said about it, so a reading stays valid when the
// classifiers change. Each record is assigned to `dev` (tuning) or `heldout`
// at random, once; re-running the draw with the same seed gives the same sets.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomLcg } from 'd3-random';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    content: { type: 'string', default: path.join(root, 'content') },
    seed: { type: 'string', default: '20261204' },
    out: { type: 'string', default: path.join(root, 'tests/fixtures/labels') },
  },
});

interface MeasureRow {
  id: string;
  documentId: string;
  label: string;
  path: string[];
  text: string;
  source: { file: string; line: number; endLine: number; page: number | null };
}
interface DocumentRow {
  id: string;
  title: string;
  sourceLayout: string;
}

const contentDir = path.resolve(values.content!);
const documents = new Map<string, DocumentRow>();
for (const name of (await readdir(path.join(contentDir, 'documents'))).sort()) {
  const text = await readFile(path.join(contentDir, 'documents', name), 'utf8');
  const front = text.split('\n---')[0];
  const field = (key: string) => new RegExp(`^${key}: "?(.*?)"?$`, 'm').exec(front)?.[1] ?? '';
  documents.set(field('id'), { id: field('id'), title: field('title'), sourceLayout: field('sourceLayout') });
}
const measures: MeasureRow[] = [];
for (const name of (await readdir(path.join(contentDir, 'measures'))).sort()) {
  measures.push(...(JSON.parse(await readFile(path.join(contentDir, 'measures', name), 'utf8')) as MeasureRow[]));
}
measures.sort((a, b) => a.source.file.localeCompare(b.source.file) || a.source.line - b.source.line || a.id.localeCompare(b.id));

const random = randomLcg(Number(values.seed));
const shuffle = <T>(items: T[]): T[] => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
};
const split = () => (random() < 0.5 ? 'dev' : 'heldout');

const record = (m: MeasureRow) => {
  const doc = documents.get(m.documentId);
  return {
    key: `${m.source.file}:${m.source.line}`,
    file: m.source.file,
    line: m.source.line,
    endLine: m.source.endLine,
    page: m.source.page,
    layout: doc?.sourceLayout ?? '',
    document: doc?.title ?? '',
    label: m.label,
    path: m.path,
    text: m.text,
  };
};

// Bodies: stratified by layout so that the two small layouts (one document
// each) are read at all; within a layout, uniform.
const BODY_QUOTA: Record<string, number> = { compilation: 110, 'task-table': 45, 'web-notice': 45, 'web-plan': 25, ledger: 16 };
const bodies = Object.entries(BODY_QUOTA).flatMap(([layout, quota]) =>
  shuffle(measures.filter((m) => documents.get(m.documentId)?.sourceLayout === layout)).slice(0, quota),
);
// Themes: uniform over all measures of all documents.
const themes = shuffle(measures).slice(0, 240);

// Targets: every number in a measure's text that is not its item number, a
// date or a 文号 — the candidates a reader decides on, drawn by this generic
// pattern, not by the target extractor.
const NUMBER = /\d+(?:\.\d+)?/g;
const numbers = measures.flatMap((m) => {
  const out = [];
  for (const match of m.text.matchAll(NUMBER)) {
    const at = match.index;
    const end = at + match[0].length;
    const before = m.text.slice(Math.max(0, at - 2), at);
    const after = m.text.slice(end, end + 2);
    if (at === 0 || (at <= 2 && /^[（(]?$/.test(m.text.slice(0, at)))) continue; // item number 12. (3)
    if (/^\s*年/.test(after) && match[0].length === 4) continue; // 2023年
    if (/^\s*(月|日|号|〕|］|\])/.test(after) && !/^\s*月(以|内)/.test(after)) continue; // 6月, 3日, 11号
    if (/[〔［[]\s*$/.test(before)) continue; // 〔2023〕
    if (/^\d{4}$/.test(match[0]) && /^\s*[-—－~～至到]\s*\d{4}/.test(m.text.slice(end, end + 7))) continue; // 2023-2025
    if (/\d{4}\s*[-—－~～至到]\s*$/.test(m.text.slice(Math.max(0, at - 6), at)) && match[0].length === 4) continue;
    const start = Math.max(0, at - 60);
    out.push({
      key: `${m.source.file}:${m.source.line}@${at}`,
      file: m.source.file,
      line: m.source.line,
      layout: documents.get(m.documentId)?.sourceLayout ?? '',
      document: documents.get(m.documentId)?.title ?? '',
      number: match[0],
      offset: at,
      context: `${m.text.slice(start, at)}【${match[0]}】${m.text.slice(end, end + 40)}`,
      text: m.text,
    });
  }
  return out;
});
const outDir = path.resolve(values.out!);
await mkdir(outDir, { recursive: true });
const write = (name: string, rows: unknown[]) => writeFile(path.join(outDir, name), `${JSON.stringify(rows, null, 1)}\n`);
await write(
  'bodies.sample.json',
  bodies.map((m) => ({ ...record(m), split: split() })),
);
await write(
  'themes.sample.json',
  themes.map((m) => ({ ...record(m), split: split() })),
);
// Number phrases are held out by document: the repeated sentences of one
// plan (its body and its annex) never sit on both sides.
const byDocument = new Map<string, string>();
for (const n of numbers) if (!byDocument.has(n.document)) byDocument.set(n.document, split());
await write(
  'targets.sample.json',
  numbers.map((n) => ({ ...n, split: byDocument.get(n.document)! })),
);
const heldout = numbers.filter((n) => byDocument.get(n.document) === 'heldout').length;
console.log(
  `[draw] bodies ${bodies.length} · themes ${themes.length} · number phrases ${numbers.length} (${heldout} held out, by document) → ${path.relative(root, outDir)}`,
);
