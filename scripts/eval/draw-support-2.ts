// node scripts/eval/draw-support-2.ts
// The second draw for supporting bodies (配合): 60 measures, uniform over those
// whose text names a verb of assisting (配合, 协助, 参与, 协同) and that the
// bodies draw did not take, dealt alternately to tuning and held out. The first
// reading of supporting bodies (bodies-support.labels.jsonl) reread the bodies
// set, where only 10 of 241 measures name one; this draw is where the rule can
// go wrong: in prose that cooperates in passing as well as in role clauses.
// Drawn from the converter's output of commit 8409e0f (content/measures) with
// the LCG below (glibc's constants, in floating point as it was run), so a rerun
// gives the same records.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Measure } from '../../src/schemas/measure.ts';
import { drawnKeys } from './draw-measures.ts';
import { root } from './corpus.ts';

const labels = path.join(root, 'tests/fixtures/labels');
const taken = drawnKeys(labels, ['bodies.sample.json']);
const dir = path.join(root, 'content/measures');
const candidates = readdirSync(dir)
  .flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Measure[])
  .map((m) => ({ key: `${m.source.file}:${m.source.line}`, file: m.source.file, line: m.source.line, endLine: m.source.endLine, path: m.path, text: m.text }))
  .filter((r) => !taken.has(r.key) && /配合|协助|参与|协同/.test(r.text))
  .sort((a, b) => a.key.localeCompare(b.key));
let seed = 20261206;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
for (let i = candidates.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
}
const drawn = candidates.slice(0, 60).map((r, i) => ({ ...r, split: i % 2 ? 'heldout' : 'dev' }));
writeFileSync(path.join(labels, 'bodies-support-2.sample.json'), `${JSON.stringify(drawn, null, 1)}\n`);
console.log(`${candidates.length} candidates; drew ${drawn.length}`);
