// node scripts/eval/draw-row-groups-2.ts [--write] [--batches DIR]
// A second draw of whole theme pages for the row-groups reading (stop 38).
// The first draw's four tuning pages (draw-row-groups.ts) hold 87 measures
// with a counterpart, and few of them name a reform, so a rule for rows that
// share a reform's name or a rare term could not be told apart there from
// no rule. Here four more themes are drawn at random from the pages three or
// more places act on that the first draw did not take, all for tuning: the
// first draw's held-out pages stay the only held-out part. The reader gets
// the same batch files and guide as the first draw's readers.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { realCorpus, root, themes } from './corpus.ts';
import { type RowGroupSample, themePageColumns } from './rows.ts';
import { seeded } from './seeded.ts';

const THEMES_DRAWN = 4;
const MIN_PLACES = 3;
const { values } = parseArgs({ options: { write: { type: 'boolean', default: false }, batches: { type: 'string' } } });

const corpus = await realCorpus();
const titleOf = new Map(corpus.documents.map((d) => [d.document.id, d.document.title]));
const columnsOf = themePageColumns(corpus);
const first = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/labels/row-groups.sample.json'), 'utf8')) as RowGroupSample;
const drawnBefore = new Set(first.themes.map((t) => t.theme));

const pages = themes.themes
  .filter((t) => !drawnBefore.has(t.id))
  .map((t) => ({ theme: t.id, columns: columnsOf(t.id).filter((c) => c.measures.length > 0) }))
  .filter((p) => p.columns.length >= MIN_PLACES);

const { shuffle } = seeded(20261240);
const drawn = shuffle([...pages]).slice(0, THEMES_DRAWN);

const sample: RowGroupSample = {
  themes: drawn.map((page) => ({
    theme: page.theme,
    split: 'dev',
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
if (values.write) writeFileSync(path.join(root, 'tests/fixtures/labels/row-groups-2.sample.json'), `${JSON.stringify(sample, null, 1)}\n`);
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
