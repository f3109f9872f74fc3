// A uniform draw of measures no earlier draw took, shared by the themes draws:
// the corpus's measures in source order, shuffled from a seed (d3-random's
// LCG, Fisher–Yates), as sample records keyed by source file and line.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomLcg } from 'd3-random';
import type { Analysis } from '../build-site/analysis/analyze.ts';
import type { ThemeTaxonomy } from '../../src/schemas/theme.ts';
import type { Split } from './labels.ts';

export function drawMeasures(corpus: Analysis, taken: ReadonlySet<string>, seed: number, count: number, split: Split) {
  const measures = corpus.documents
    .flatMap((d) => d.measures.map((m) => ({ m, d: d.document })))
    .filter(({ m }) => !taken.has(`${m.source.file}:${m.source.line}`));
  measures.sort((a, b) => a.m.source.file.localeCompare(b.m.source.file) || a.m.source.line - b.m.source.line);
  const random = randomLcg(seed);
  for (let i = measures.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [measures[i], measures[j]] = [measures[j]!, measures[i]!];
  }
  const rows = measures.slice(0, count).map(({ m, d }) => ({
    key: `${m.source.file}:${m.source.line}`,
    file: m.source.file,
    line: m.source.line,
    endLine: m.source.endLine,
    page: m.source.page,
    layout: d.sourceLayout,
    document: d.title,
    label: m.label,
    path: m.path,
    text: m.text,
    split,
  }));
  return { rows, undrawn: measures.length };
}

/** The measures earlier draws took: the keys of these sample files of tests/fixtures/labels. */
export function drawnKeys(labelsDir: string, samples: string[]): Set<string> {
  return new Set(samples.flatMap((f) => (JSON.parse(readFileSync(path.join(labelsDir, f), 'utf8')) as { key: string }[]).map((s) => s.key)));
}

/** Deals drawn rows round-robin into one batch file per reader (`/tmp/work/batches/themes-<name>.json`), for blind reading. */
export function writeReaderBatches(rows: unknown[], readers: string[]): void {
  mkdirSync('/tmp/work/batches', { recursive: true });
  for (const [i, name] of readers.entries())
    writeFileSync(
      `/tmp/work/batches/themes-${name}.json`,
      JSON.stringify(
        rows.filter((_, k) => k % readers.length === i),
        null,
        1,
      ),
    );
}

/** The codebook as readers get it: definitions, includes, excludes and rulings of content/themes.json, no cue words. */
export function readersCodebook(themes: ThemeTaxonomy): string {
  const nameOf = new Map(themes.themes.map((t) => [t.id, t.name]));
  return [
    '# Codebook: themes',
    '',
    'Each theme: id, name, definition, what it includes, what it excludes (and the theme that takes it), and rulings on hard cases.',
    ...themes.themes.flatMap((t) => [
      '',
      `## ${t.id} — ${t.name}`,
      '',
      t.definition,
      '',
      `- Includes: ${t.includes.join('；')}`,
      ...(t.excludes.length
        ? [`- Excludes: ${t.excludes.map((e) => `${e.what} → ${e.goesTo ? `${e.goesTo}（${nameOf.get(e.goesTo)}）` : e.note}`).join('；')}`]
        : []),
      ...(t.rulings.length ? [`- Rulings: ${t.rulings.join(' ')}`] : []),
    ]),
    '',
  ].join('\n');
}
