// node scripts/eval/draw-like-pairs.ts [--write]
// A second, blind reading of the targets census's like-for-like pairs (stop
// 26). The census reader gave each target a quantity id; two targets with the
// same id are a pair a chart should hold together, and "of the reader's like
// pairs, charted together" is scored on them. Three blind censuses of the
// charts (r3, r4, r5) since called some such pairs unlike (小型 against 简易低风险
// projects; a share that must also be done on a phone), so one reader's ids
// are not the whole truth. New readers decide, pair by pair, with the chart
// pairs guide, whether the two numbers measure the same quantity. So that a
// reader cannot answer "alike" by rote, near misses are mixed in: pairs of
// targets the census gives the same metric but a different quantity id. The
// pairs come from the labels alone (no classifier output), in a seeded random
// order dealt to three batches (/tmp/work/batches/like-pairs-{a,b,c}.json).
// `--write` writes tests/fixtures/labels/like-pairs.sample.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { root } from './corpus.ts';
import { type TargetLabel, targetLabels, targetSample } from './labels.ts';
import { seeded } from './seeded.ts';

const BATCHES = ['a', 'b', 'c'];
/** Near misses drawn beside the like pairs: about one for every two, enough that "alike" is never a safe default. */
const NEAR_MISS_SHARE = 0.5;
const { values } = parseArgs({ options: { write: { type: 'boolean', default: false } } });

const sample = new Map(targetSample().map((s) => [s.key, s]));
const targets = targetLabels().filter((l) => l.target && l.quantity);
const metricOf = (l: TargetLabel) => l.quantity!.split('|')[0]!;
const side = (l: TargetLabel) => {
  const s = sample.get(l.key)!;
  // The number the pair is about, marked in its measure's text as the census readers saw it.
  const marked = `${s.text.slice(0, l.offset)}【${l.number}】${s.text.slice(l.offset + l.number.length)}`;
  return { key: l.key, document: s.document, file: s.file, line: s.line, number: l.number, text: marked };
};

const like: [TargetLabel, TargetLabel][] = [];
const nearMiss: [TargetLabel, TargetLabel][] = [];
for (let i = 0; i < targets.length; i++)
  for (let j = i + 1; j < targets.length; j++) {
    const [a, b] = [targets[i]!, targets[j]!];
    // Scored pairs never cross the tuning/held-out line (score.ts), so neither are these.
    if (a.split !== b.split) continue;
    if (a.quantity === b.quantity) like.push([a, b]);
    else if (metricOf(a) === metricOf(b)) nearMiss.push([a, b]);
  }

const { shuffle } = seeded(20261210);
const drawn = [
  ...like.map((p) => ({ p, censusLike: true })),
  ...shuffle(nearMiss)
    .slice(0, Math.round(like.length * NEAR_MISS_SHARE))
    .map((p) => ({ p, censusLike: false })),
];
const pairs = shuffle(drawn).map(({ p: [a, b], censusLike }, i) => ({
  id: `l${String(i + 1).padStart(3, '0')}`,
  split: a.split,
  censusLike,
  a: side(a),
  b: side(b),
}));
console.log(
  `[draw] ${like.length} like pairs in the census (${like.filter(([a]) => a.split === 'heldout').length} held out), ${nearMiss.length} near misses, ${pairs.length} drawn`,
);
if (values.write) {
  writeFileSync(path.join(root, 'tests/fixtures/labels/like-pairs.sample.json'), `${JSON.stringify(pairs, null, 1)}\n`);
  // The reader's copy: neither the census's verdict nor which part a pair is in.
  mkdirSync('/tmp/work/batches', { recursive: true });
  const size = Math.ceil(pairs.length / BATCHES.length);
  BATCHES.forEach((name, i) => {
    const batch = pairs.slice(i * size, (i + 1) * size).map(({ id, a, b }) => ({ id, a, b }));
    writeFileSync(`/tmp/work/batches/like-pairs-${name}.json`, `${JSON.stringify(batch, null, 1)}\n`);
    console.log(`[draw] ${batch.length} pairs → /tmp/work/batches/like-pairs-${name}.json`);
  });
}
