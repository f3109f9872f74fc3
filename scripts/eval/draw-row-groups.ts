// node scripts/eval/draw-row-groups.ts [--second] [--write] [--batches DIR]
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
// `--second` is stop 38's draw: the first draw's four tuning pages hold 87
// measures with a counterpart, few naming a reform, so four more themes are
// drawn from the pages it did not take, all for tuning (the first draw's
// held-out pages stay the only held-out part): row-groups-2.sample.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { realCorpus, root, themes } from './corpus.ts';
import { type RowGroupSample, themePageColumns } from './rows.ts';
import type { Split } from './labels.ts';
import { seeded } from './seeded.ts';

const MIN_PLACES = 3;
const { values } = parseArgs({
  options: { second: { type: 'boolean', default: false }, write: { type: 'boolean', default: false }, batches: { type: 'string' } },
});
const labels = path.join(root, 'tests/fixtures/labels');
// The first draw: 8 themes, half of them held out; the second: 4 themes not drawn before, all for tuning.
const draw = values.second
  ? { seed: 20261240, themes: 4, heldOut: 0, file: 'row-groups-2.sample.json' }
  : { seed: 20261233, themes: 8, heldOut: 4, file: 'row-groups.sample.json' };
const drawnBefore = values.second
  ? new Set((JSON.parse(readFileSync(path.join(labels, 'row-groups.sample.json'), 'utf8')) as RowGroupSample).themes.map((t) => t.theme))
  : new Set<string>();

const corpus = await realCorpus();
const titleOf = new Map(corpus.documents.map((d) => [d.document.id, d.document.title]));
const columnsOf = themePageColumns(corpus);

const pages = themes.themes
  .filter((t) => !drawnBefore.has(t.id))
  .map((t) => ({ theme: t.id, columns: columnsOf(t.id).filter((c) => c.measures.length > 0) }))
  .filter((p) => p.columns.length >= MIN_PLACES);

const { shuffle } = seeded(draw.seed);
const drawn = shuffle([...pages]).slice(0, draw.themes);
// Shuffled only where some are held out: the second draw reads the generator no further than its themes.
const tuning = drawn.map((_, i): Split => (i < draw.themes - draw.heldOut ? 'dev' : 'heldout'));
const splits = draw.heldOut ? shuffle(tuning) : tuning;

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
if (values.write) writeFileSync(path.join(labels, draw.file), `${JSON.stringify(sample, null, 1)}\n`);
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
