// node scripts/eval/draw-themes-6.ts
// A sixth and last draw for the themes set: every measure no earlier draw
// took, in a seeded random order, dealt alternately to the held-out part and
// the tuning part (so the held-out part grows from the fourth draw's 200 and
// the learnt model gets more to learn from), read blind against the codebook
// as the fourth draw's readers had it (codebook-4.md; the scope notes have not
// changed since). Batches for readers go to /tmp/work/batches.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { drawMeasures, drawnKeys, writeReaderBatches } from './draw-measures.ts';
import { realCorpus, root } from './corpus.ts';

const labels = path.join(root, 'tests/fixtures/labels');
const c = await realCorpus();
const taken = drawnKeys(
  labels,
  [1, 2, 3, 4, 5].map((n) => (n === 1 ? 'themes.sample.json' : `themes-${n}.sample.json`)),
);
const { rows } = drawMeasures(c, taken, 20261209, Number.MAX_SAFE_INTEGER, 'heldout');
const dealt = rows.map((r, i) => ({ ...r, split: i % 2 === 0 ? ('heldout' as const) : ('dev' as const) }));
writeFileSync(path.join(labels, 'themes-6.sample.json'), `${JSON.stringify(dealt, null, 1)}\n`);
const readers = Array.from({ length: 8 }, (_, i) => `w${i + 1}`);
writeReaderBatches(
  dealt.map(({ split: _, ...r }) => r),
  readers,
);
console.log(dealt.length, dealt.filter((r) => r.split === 'heldout').length, 'held out', new Set(dealt.map((r) => r.layout)));
