// node scripts/eval/draw-transmissions.ts [--tasks] [--write] [--batches DIR]
// A reading of the transmissions (scripts/build-site/analysis/transmission.ts):
// for items of a plan drawn at random, whether the plan that implements it
// takes each on, in which of its measures, and whether it keeps the item's
// commitments (its numbers and deadlines). Up to 15 items are drawn from each
// pair's upstream plan, each dealt at random to the tuning or the held-out
// part. A reader per pair gets the drawn items and every measure of the
// implementing document (text and source line, as D001…), nothing of the
// site's alignment. `--write` writes tests/fixtures/labels/transmissions.sample.json.
//
// `--tasks` (stop 38) draws for the tasks an implementing plan leaves out of
// an item it keeps (src/domain/untaken-tasks.ts): 6 items a pair among those
// the site calls kept or changed and that hold two tasks or more, their tasks
// numbered as itemTasks splits them (T1…), nothing of which tasks the site
// names; `--write` writes untaken.sample.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { itemTasks } from '../../src/domain/untaken-tasks.ts';
import { realCorpus, root } from './corpus.ts';
import type { TransmissionSample } from './transmissions.ts';
import type { UntakenSample } from './untaken.ts';
import { seeded } from './seeded.ts';

const { values } = parseArgs({
  options: { tasks: { type: 'boolean', default: false }, write: { type: 'boolean', default: false }, batches: { type: 'string' } },
});
const draw = values.tasks
  ? { seed: 20261241, perPair: 6, file: 'untaken.sample.json', batch: 'untaken', items: '上级文件中抽出的条目，及其中的各项任务（T1…）' }
  : { seed: 20261234, perPair: 15, file: 'transmissions.sample.json', batch: 'transmission', items: '上级文件中抽出的条目' };

const corpus = await realCorpus();
const docs = new Map(corpus.documents.map((d) => [d.document.id, d]));
const keyOf = (m: { source: { file: string; line: number } }) => `${m.source.file}:${m.source.line}`;
const { random, shuffle } = seeded(draw.seed);

const sample: TransmissionSample | UntakenSample = {
  pairs: corpus.transmissions.map((t, p) => {
    const [up, down] = [docs.get(t.upstreamId)!, docs.get(t.downstreamId)!];
    // Every item the pair aligns (taken on or not); for tasks, the items it calls taken on that hold two tasks or more.
    const eligible = new Set(t.rows.flatMap((r) => (r.upstream && (!values.tasks || r.kind === 'kept' || r.kind === 'changed') ? [r.upstream] : [])));
    const drawn = shuffle(up.measures.filter((m) => eligible.has(m.id) && (!values.tasks || itemTasks(m).length >= 2)))
      .slice(0, draw.perPair)
      .sort((a, b) => a.ordinal - b.ordinal);
    const tag = `P${p + 1}`;
    return {
      id: t.id,
      upstream: up.document.title,
      downstream: down.document.title,
      items: drawn.map((m, i) => ({
        ref: `${tag}-U${String(i + 1).padStart(2, '0')}`,
        key: keyOf(m),
        split: random() < 0.5 ? 'dev' : 'heldout',
        text: m.text,
        path: m.path,
        ...(values.tasks ? { tasks: itemTasks(m) } : {}),
      })),
      measures: down.measures.map((m, i) => ({ ref: `D${String(i + 1).padStart(3, '0')}`, key: keyOf(m), text: m.text, path: m.path })),
    };
  }),
} as TransmissionSample | UntakenSample;

for (const p of sample.pairs)
  console.log(
    `${p.id}: ${p.items.length} items drawn (${p.items.filter((i) => i.split === 'heldout').length} held out) · ${p.measures.length} downstream measures`,
  );
if (values.write) writeFileSync(path.join(root, 'tests/fixtures/labels', draw.file), `${JSON.stringify(sample, null, 1)}\n`);
if (values.batches) {
  mkdirSync(values.batches, { recursive: true });
  sample.pairs.forEach((p, n) => {
    const heading = (m: { path: string[] }) => `章节：${m.path.join(' > ') || '（无）'}`;
    const tasks = (i: object) => ('tasks' in i ? [...(i.tasks as string[]).map((task, k) => `- T${k + 1}：${task}`), ''] : []);
    const lines = [
      `# 上级文件：${p.upstream}`,
      `# 落实文件：${p.downstream}`,
      '',
      `## 第一部分：${draw.items}`,
      '',
      ...p.items.flatMap((i) => [`### ${i.ref}（${i.key}）`, heading(i), '', i.text, '', ...tasks(i)]),
      '## 第二部分：落实文件的全部措施',
      '',
      ...p.measures.flatMap((m) => [`### ${m.ref}（${m.key}）`, heading(m), '', m.text, '']),
    ];
    writeFileSync(path.join(values.batches!, `${draw.batch}-P${n + 1}.md`), lines.join('\n'));
  });
}
