// node scripts/eval/draw-transmissions.ts [--write] [--batches DIR]
// A reading of the transmissions (scripts/build-site/analysis/transmission.ts):
// for items of a plan drawn at random, whether the plan that implements it
// takes each on, in which of its measures, and whether it keeps the item's
// commitments (its numbers and deadlines). Up to ITEMS_PER_PAIR items are drawn
// from each pair's upstream plan, each dealt at random to the tuning or the
// held-out part. A reader per pair gets the drawn items and every measure of
// the implementing document (text and source line, as D001…), nothing of the
// site's alignment. `--write` writes tests/fixtures/labels/transmissions.sample.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { realCorpus, root } from './corpus.ts';
import type { TransmissionSample } from './transmissions.ts';
import { seeded } from './seeded.ts';

const ITEMS_PER_PAIR = 15;
const { values } = parseArgs({ options: { write: { type: 'boolean', default: false }, batches: { type: 'string' } } });

const corpus = await realCorpus();
const docs = new Map(corpus.documents.map((d) => [d.document.id, d]));
const keyOf = (m: { source: { file: string; line: number } }) => `${m.source.file}:${m.source.line}`;
const { random, shuffle } = seeded(20261234);

const sample: TransmissionSample = {
  pairs: corpus.transmissions.map((t, p) => {
    const [up, down] = [docs.get(t.upstreamId)!, docs.get(t.downstreamId)!];
    const upstream = new Set(t.rows.flatMap((r) => (r.upstream ? [r.upstream] : [])));
    const drawn = shuffle(up.measures.filter((m) => upstream.has(m.id)))
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
      })),
      measures: down.measures.map((m, i) => ({ ref: `D${String(i + 1).padStart(3, '0')}`, key: keyOf(m), text: m.text, path: m.path })),
    };
  }),
};

for (const p of sample.pairs)
  console.log(
    `${p.id}: ${p.items.length} items drawn (${p.items.filter((i) => i.split === 'heldout').length} held out) · ${p.measures.length} downstream measures`,
  );
if (values.write) writeFileSync(path.join(root, 'tests/fixtures/labels/transmissions.sample.json'), `${JSON.stringify(sample, null, 1)}\n`);
if (values.batches) {
  mkdirSync(values.batches, { recursive: true });
  sample.pairs.forEach((p, n) => {
    const heading = (m: { path: string[] }) => `章节：${m.path.join(' > ') || '（无）'}`;
    const lines = [
      `# 上级文件：${p.upstream}`,
      `# 落实文件：${p.downstream}`,
      '',
      '## 第一部分：上级文件中抽出的条目',
      '',
      ...p.items.flatMap((i) => [`### ${i.ref}（${i.key}）`, heading(i), '', i.text, '']),
      '## 第二部分：落实文件的全部措施',
      '',
      ...p.measures.flatMap((m) => [`### ${m.ref}（${m.key}）`, heading(m), '', m.text, '']),
    ];
    writeFileSync(path.join(values.batches!, `transmission-P${n + 1}.md`), lines.join('\n'));
  });
}
