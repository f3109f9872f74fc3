// node scripts/eval/draw-untaken.ts [--write] [--batches DIR]
// A reading of the tasks an implementing plan leaves out of an item it keeps
// (src/domain/untaken-tasks.ts). From each pair of plans, ITEMS_PER_PAIR items
// the site calls taken on (kept or changed) and that hold two tasks or more
// are drawn at random, each dealt at random to the tuning or the held-out
// part. A reader per batch gets the items, their tasks numbered as
// itemTasks splits them (T1…), and every measure of the implementing
// document (D001…, text and source line), nothing of the site's alignment or
// of which tasks it names, and says for each task whether the implementing
// document takes it on, and where. `--write` writes
// tests/fixtures/labels/untaken.sample.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { itemTasks } from '../../src/domain/untaken-tasks.ts';
import { realCorpus, root } from './corpus.ts';
import type { UntakenSample } from './untaken.ts';
import { seeded } from './seeded.ts';

const ITEMS_PER_PAIR = 6;
const { values } = parseArgs({ options: { write: { type: 'boolean', default: false }, batches: { type: 'string' } } });

const corpus = await realCorpus();
const docs = new Map(corpus.documents.map((d) => [d.document.id, d]));
const keyOf = (m: { source: { file: string; line: number } }) => `${m.source.file}:${m.source.line}`;
const { random, shuffle } = seeded(20261241);

const sample: UntakenSample = {
  pairs: corpus.transmissions.map((t, p) => {
    const [up, down] = [docs.get(t.upstreamId)!, docs.get(t.downstreamId)!];
    const kept = new Set(t.rows.flatMap((r) => (r.upstream && (r.kind === 'kept' || r.kind === 'changed') ? [r.upstream] : [])));
    const drawn = shuffle(up.measures.filter((m) => kept.has(m.id) && itemTasks(m).length >= 2))
      .slice(0, ITEMS_PER_PAIR)
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
        tasks: itemTasks(m),
      })),
      measures: down.measures.map((m, i) => ({ ref: `D${String(i + 1).padStart(3, '0')}`, key: keyOf(m), text: m.text, path: m.path })),
    };
  }),
};

for (const p of sample.pairs)
  console.log(
    `${p.id}: ${p.items.length} items, ${p.items.reduce((n, i) => n + i.tasks.length, 0)} tasks (${p.items.filter((i) => i.split === 'heldout').length} items held out) · ${p.measures.length} downstream measures`,
  );
if (values.write) writeFileSync(path.join(root, 'tests/fixtures/labels/untaken.sample.json'), `${JSON.stringify(sample, null, 1)}\n`);
if (values.batches) {
  mkdirSync(values.batches, { recursive: true });
  sample.pairs.forEach((p, n) => {
    const heading = (m: { path: string[] }) => `章节：${m.path.join(' > ') || '（无）'}`;
    const lines = [
      `# 上级文件：${p.upstream}`,
      `# 落实文件：${p.downstream}`,
      '',
      '## 第一部分：上级文件中抽出的条目，及其中的各项任务（T1…）',
      '',
      ...p.items.flatMap((i) => [`### ${i.ref}（${i.key}）`, heading(i), '', i.text, '', ...i.tasks.map((task, k) => `- T${k + 1}：${task}`), '']),
      '## 第二部分：落实文件的全部措施',
      '',
      ...p.measures.flatMap((m) => [`### ${m.ref}（${m.key}）`, heading(m), '', m.text, '']),
    ];
    writeFileSync(path.join(values.batches!, `untaken-P${n + 1}.md`), lines.join('\n'));
  });
}
