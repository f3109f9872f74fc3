// node scripts/eval/draw-row-groups.ts [--write] [--batches DIR]
// A reading of what the rows of counterparts miss (stop 33). The rows set
// (rows.sample.json) asks whether a row's measures do the same thing, which
// says nothing of the counterparts no row holds; a site review found twenty
// on six pages. Here a reader gets every measure a theme page counts (its
// places' primary-theme measures, nothing of the rows) and groups those of
// different places that do the same thing, so that both how many of the
// reader's counterparts a row holds (recall) and how many of a row's pairs
// the reader groups (precision) can be counted. Themes are drawn at random
// from those three or more places act on, and dealt at random to the tuning
// and the held-out part, a whole theme each, so no group crosses the line.
// `--write` writes tests/fixtures/labels/row-groups.sample.json; `--batches`
// writes a reader's file per theme (measures as M001…, place, document,
// heading path, text, source line), none of the site's output but the text.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { realCorpus, root, themes } from './corpus.ts';
import { type RowGroupSample, themePageColumns } from './rows.ts';
import type { Split } from './labels.ts';
import { seeded } from './seeded.ts';

const THEMES_DRAWN = 8;
const MIN_PLACES = 3;
const { values } = parseArgs({ options: { write: { type: 'boolean', default: false }, batches: { type: 'string' } } });

const corpus = await realCorpus();
const titleOf = new Map(corpus.documents.map((d) => [d.document.id, d.document.title]));
const columnsOf = themePageColumns(corpus);

const pages = themes.themes
  .map((t) => ({ theme: t.id, columns: columnsOf(t.id).filter((c) => c.measures.length > 0) }))
  .filter((p) => p.columns.length >= MIN_PLACES);

const { shuffle } = seeded(20261233);
const drawn = shuffle([...pages]).slice(0, THEMES_DRAWN);
const splits = shuffle(drawn.map((_, i): Split => (i < THEMES_DRAWN / 2 ? 'dev' : 'heldout')));

const sample: RowGroupSample = {
  themes: drawn.map((page, i) => ({
    theme: page.theme,
    split: splits[i]!,
    measures: page.columns
      .flatMap((c) => c.measures.map((m) => ({ place: c.place.name, m })))
      .map(({ place, m }, n) => ({
        ref: `M${String(n + 1).padStart(3, '0')}`,
        key: `${m.source.file}:${m.source.line}`,
        place,
        document: titleOf.get(m.documentId) ?? '',
        path: m.path,
        text: m.text,
      })),
  })),
};

for (const t of sample.themes)
  console.log(`${t.theme.padEnd(24)} ${t.split.padEnd(8)} ${t.measures.length} measures, ${new Set(t.measures.map((m) => m.place)).size} places`);
if (values.write) writeFileSync(path.join(root, 'tests/fixtures/labels/row-groups.sample.json'), `${JSON.stringify(sample, null, 1)}\n`);
if (values.batches) {
  mkdirSync(values.batches, { recursive: true });
  for (const t of sample.themes) {
    const name = themes.themes.find((x) => x.id === t.theme)!.name;
    const lines = [
      `# 主题：${name}`,
      '',
      ...t.measures.flatMap((m) => [`## ${m.ref} · ${m.place}`, `文件：${m.document}（${m.key}）`, `章节：${m.path.join(' > ') || '（无）'}`, '', m.text, '']),
    ];
    writeFileSync(path.join(values.batches, `row-groups-${t.theme}.md`), lines.join('\n'));
  }
}
