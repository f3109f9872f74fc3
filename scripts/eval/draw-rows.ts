// node scripts/eval/draw-rows.ts --keys FILE
// node scripts/eval/draw-rows.ts --before FILE --name rows-2 [--write] [--batches DIR]
// Rows of counterparts to read blind after a change to how rows are formed
// (src/domain/counterparts.ts). Run with --keys at the commit before the
// change to keep that layout's rows (each row as its sorted member ids);
// then, at the change, every row the new layout shows that the old did not
// is drawn, with rows both layouts show mixed in at random (one for every
// three new ones) so that a reader cannot take every row for a new one. The
// rows are shuffled and dealt to three readers; a reader sees the theme and
// each member's place and source lines (guides/rows.md), nothing of which
// layout showed the row. `--write` writes tests/fixtures/labels/NAME.sample.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { realCorpus, root, themes } from './corpus.ts';
import { type RowSample, themePageLayout } from './rows.ts';
import { seeded } from './seeded.ts';

const READERS = ['a', 'b', 'c'];
const CONTROL_SHARE = 1 / 3;
const { values } = parseArgs({
  options: {
    keys: { type: 'string' },
    before: { type: 'string' },
    name: { type: 'string' },
    write: { type: 'boolean', default: false },
    batches: { type: 'string' },
  },
});

/** A row of a theme page as a reader gets it, before its number is dealt. */
type Row = Omit<RowSample['rows'][number], 'row'>;

const corpus = await realCorpus();
const layoutOf = themePageLayout(corpus);
const rows: Row[] = themes.themes.flatMap((theme) => {
  const { columns, layout } = layoutOf(theme.id);
  return layout.shared.map((row) => {
    const members = row.flatMap((cell, c) =>
      cell.map((m) => ({
        place: columns[c]!.place.name,
        source: `${m.source.file}:${m.source.line}${m.source.endLine !== m.source.line ? `-${m.source.endLine}` : ''}`,
        id: m.id,
      })),
    );
    return {
      theme: theme.id,
      key: members
        .map((x) => x.id)
        .sort()
        .join(' '),
      members,
    };
  });
});

if (values.keys) {
  writeFileSync(values.keys, `${JSON.stringify(rows.map((r) => r.key))}\n`);
  console.log(`${rows.length} rows written to ${values.keys}`);
} else if (values.before && values.name) {
  const before = JSON.parse(readFileSync(values.before, 'utf8')) as string[];
  const { shuffle } = seeded(20261233);
  const old = new Set(before);
  const added = rows.filter((r) => !old.has(r.key));
  const controls = shuffle(rows.filter((r) => old.has(r.key))).slice(0, Math.round(added.length * CONTROL_SHARE));
  const drawn = shuffle([...added, ...controls]).map((r, i) => ({ row: `R${String(i + 1).padStart(3, '0')}`, ...r }));
  console.log(`before ${before.length} rows, after ${rows.length}: ${added.length} new, ${controls.length} of both mixed in, ${drawn.length} drawn`);
  if (values.write) {
    const sample = { drawn: `node scripts/eval/draw-rows.ts --before … --name ${values.name}`, before, after: rows.map((r) => r.key), rows: drawn };
    writeFileSync(path.join(root, `tests/fixtures/labels/${values.name}.sample.json`), `${JSON.stringify(sample, null, 1)}\n`);
  }
  if (values.batches) {
    mkdirSync(values.batches, { recursive: true });
    const name = new Map(themes.themes.map((t) => [t.id, t.name]));
    READERS.forEach((reader, r) => {
      const batch = drawn
        .filter((_, i) => i % READERS.length === r)
        .map((d) => ({ row: d.row, theme: name.get(d.theme), members: d.members.map((m) => ({ place: m.place, source: m.source })) }));
      writeFileSync(path.join(values.batches!, `${values.name}-${reader}.json`), `${JSON.stringify(batch, null, 1)}\n`);
    });
  }
} else {
  console.error('draw-rows: give --keys FILE, or --before FILE --name NAME');
  process.exit(1);
}
