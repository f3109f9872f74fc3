// node scripts/eval/draw-themes-2.ts
// A second draw for the themes set: 300 more measures, uniform over the corpus,
// none already in themes.sample.json, all of them for tuning (the first draw's
// held-out part stays the held-out part). Batches for readers go to /tmp.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomLcg } from 'd3-random';
import path from 'node:path';
import { realCorpus, root } from './corpus.ts';
const c = await realCorpus();
const taken = new Set((JSON.parse(readFileSync(path.join(root, 'tests/fixtures/labels/themes.sample.json'), 'utf8')) as { key: string }[]).map((s) => s.key));
const measures = c.documents.flatMap((d) => d.measures.map((m) => ({ m, d: d.document }))).filter(({ m }) => !taken.has(`${m.source.file}:${m.source.line}`));
measures.sort((a, b) => a.m.source.file.localeCompare(b.m.source.file) || a.m.source.line - b.m.source.line);
const random = randomLcg(20261205);
for (let i = measures.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [measures[i], measures[j]] = [measures[j]!, measures[i]!];
}
const rows = measures.slice(0, 300).map(({ m, d }) => ({
  key: `${m.source.file}:${m.source.line}`,
  file: m.source.file,
  line: m.source.line,
  endLine: m.source.endLine,
  page: m.source.page,
  layout: d.sourceLayout,
  document: d.title,
  label: m.label,
  path: m.path,
  text: m.text,
  split: 'dev',
}));
writeFileSync(path.join(root, 'tests/fixtures/labels/themes-2.sample.json'), `${JSON.stringify(rows, null, 1)}\n`);
mkdirSync('/tmp/work/batches', { recursive: true });
for (const [i, name] of ['c', 'd', 'e'].entries())
  writeFileSync(
    `/tmp/work/batches/themes-${name}.json`,
    JSON.stringify(
      rows.filter((_, k) => k % 3 === i),
      null,
      1,
    ),
  );
console.log(rows.length, new Set(rows.map((r) => r.layout)));
