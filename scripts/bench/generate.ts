// Synthetic corpora at N× the real one, for the benchmark, that look national:
// copies differ as real cities' plans do. Each copy of a source is set in
// another city or province and year (synth/places.ts), its lists of tasks are
// reordered, shortened or lengthened, and each task's text is rewritten:
// sentences reordered, phrases drawn from other documents, numbers, targets,
// deadlines and bodies varied (synth/copy.ts, synth/rewrite.ts). The structure
// the converter reads — the five layouts, numbering, clauses, page breaks — is
// kept, because the changes are planned on the converter's own reading of the
// real sources (synth/plan.ts). Copy 0 is the real corpus, byte for byte.
// Deterministic from a seed; each copy of each file has its own random stream.
//   node scripts/bench/generate.ts --scale 10 --seed 1 --out /tmp/corpus-10
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { manifestSchema, type Manifest } from '../build-site/converter/manifest.ts';
import { readSources } from '../build-site/converter/io/read.ts';
import { synthesizeFile } from './synth/copy.ts';
import { cityCopy, compilationCopy, moveCompilation, relocate, renumberDocNumbers, shiftDates, type TARGETS } from './synth/places.ts';
import { planCorpus } from './synth/plan.ts';
import { rng } from './synth/random.ts';

export interface GenerateOptions {
  scale: number;
  seed: number;
  sources: string;
  out: string;
}

export async function generateCorpus(options: GenerateOptions): Promise<{ files: number; bytes: number }> {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(options.sources, 'manifest.json'), 'utf8')));
  const read = await readSources(options.sources, options.sources, { extract: false });
  const plan = planCorpus(read.sources, manifest);
  await rm(options.out, { recursive: true, force: true });
  await mkdir(options.out, { recursive: true });
  const out: Manifest = { compilation: `${manifest.compilation}（合成语料 ×${options.scale}）`, files: [] };
  let bytes = 0;

  for (let copy = 0; copy < options.scale; copy++) {
    for (const entry of manifest.files) {
      const original = await readFile(path.join(options.sources, entry.file), 'utf8');
      const filePlan = plan.files.get(entry.file);
      let text = original;
      let target: (typeof TARGETS)[number] | null = null;
      let note = '';
      // Only text sources are rewritten; a PDF, Word, Excel or web page file is real in copy 0 alone.
      if (copy > 0 && !filePlan) continue;
      if (copy > 0 && filePlan) {
        const random = (purpose: string) => rng(options.seed, copy, entry.file, purpose);
        // One order of places and years per file, drawn from the seed alone: copies take its pairs in turn.
        const order = rng(options.seed, entry.file, 'places');
        const when = { yearShift: 0, dayShift: random('days').between(1, 8) };
        text = synthesizeFile(filePlan, plan.pools, random('text'));
        if (entry.layout === 'compilation') {
          const placed = compilationCopy(copy, order);
          text = moveCompilation(text, placed.targets);
          when.yearShift = placed.yearShift;
        } else if (entry.city) {
          const placed = cityCopy(copy, entry.city, order);
          target = placed.target;
          when.yearShift = placed.yearShift;
          text = relocate(text, entry.city, target);
          // A ledger's title carries no year: another city's ledger of another year says which (2024年…任务分工台账), else the two would be one document.
          // (2023年 here, moved by the year shift below with every other year.)
          if (entry.layout === 'ledger') text = text.replace(/^(\s*)(?=\S)/, (lead: string) => `${lead}2023年`);
        } else when.yearShift = random('years').between(-2, 2);
        text = renumberDocNumbers(shiftDates(text, when), random('numbers'));
        note = `（合成副本 ${copy}：${target ? `迁至${target.province.name}${target.city.name}，` : ''}年份${when.yearShift >= 0 ? '后移' : '前移'} ${Math.abs(when.yearShift)} 年）`;
      }
      const name = copy === 0 ? entry.file : entry.file.replace(/(\.[a-z]+)$/, `-${String(copy).padStart(3, '0')}$1`);
      await writeFile(path.join(options.out, name), text);
      bytes += Buffer.byteLength(text);
      out.files.push({
        ...entry,
        file: name,
        description: `${entry.description}${note}`,
        ...(target ? { province: target.province.name, city: target.city.name } : {}),
      });
    }
  }
  await writeFile(path.join(options.out, 'manifest.json'), `${JSON.stringify(out, null, 2)}\n`);
  return { files: out.files.length, bytes };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '10' },
      seed: { type: 'string', default: '1' },
      sources: { type: 'string', default: path.resolve(import.meta.dirname, '../../sources') },
      out: { type: 'string' },
    },
  });
  const scale = Number(values.scale);
  const out = values.out ?? path.join('/tmp', `corpus-${scale}x`);
  const started = performance.now();
  const { files, bytes } = await generateCorpus({ scale, seed: Number(values.seed), sources: values.sources!, out });
  console.log(`[generate] ${files} files, ${(bytes / 1e6).toFixed(1)} MB at ${scale}× into ${out} in ${(performance.now() - started).toFixed(0)} ms`);
}
