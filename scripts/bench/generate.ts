// Synthetic corpora at N× the real one, for the benchmark: every copy of the
// five real sources is moved to another province and city, dated in another
// year, numbered anew (文号, 序号) and has its items reshuffled, keeping all
// five layouts. Deterministic from a seed.
//   node scripts/bench/generate.ts --scale 10 --seed 1 --out /tmp/corpus-10
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomLcg, randomInt } from 'd3-random';
import { PROVINCES, type City, type Province } from '../../src/domain/places.ts';
import { manifestSchema, type Manifest } from '../build-site/converter/manifest.ts';

export interface GenerateOptions {
  scale: number;
  seed: number;
  sources: string;
  out: string;
}

/** Places a copy can move to: every province with cities, in the gazetteer's order. */
const TARGETS: { province: Province; city: City }[] = PROVINCES.flatMap((province) => province.cities.map((city) => ({ province, city })));

export async function generateCorpus(options: GenerateOptions): Promise<{ files: number; bytes: number }> {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(options.sources, 'manifest.json'), 'utf8')));
  await rm(options.out, { recursive: true, force: true });
  await mkdir(options.out, { recursive: true });
  const random = randomLcg(options.seed);
  const pick = (n: number) => randomInt.source(random)(n)();
  const out: Manifest = { compilation: `${manifest.compilation}（合成语料 ×${options.scale}）`, files: [] };
  let bytes = 0;

  for (let copy = 0; copy < options.scale; copy++) {
    for (const entry of manifest.files) {
      const text = await readFile(path.join(options.sources, entry.file), 'utf8');
      const target = TARGETS[(copy * 7 + out.files.length * 3) % TARGETS.length];
      const yearShift = copy === 0 ? 0 : 1 + (copy % 5);
      let synthetic = copy === 0 ? text : relocate(text, entry.layout === 'compilation' ? null : { from: entry.city ?? null, to: target }, yearShift, copy);
      if (copy > 0) synthetic = renumberDocNumbers(synthetic, copy, pick);
      if (copy > 0 && entry.layout === 'task-table') synthetic = shuffleTableRows(synthetic, pick);
      if (copy > 0 && entry.layout === 'compilation') synthetic = moveCompilation(synthetic, copy);
      const name = copy === 0 ? entry.file : entry.file.replace(/\.txt$/, `-${String(copy).padStart(3, '0')}.txt`);
      await writeFile(path.join(options.out, name), synthetic);
      bytes += Buffer.byteLength(synthetic);
      out.files.push({
        ...entry,
        file: name,
        originalName: entry.originalName,
        description:
          copy === 0 ? entry.description : `${entry.description}（合成副本 ${copy}：迁至${target.province.name}${target.city.name}，年份后移 ${yearShift} 年）`,
        ...(entry.layout === 'compilation' || copy === 0 ? {} : { province: target.province.name, city: target.city.name }),
      });
    }
  }
  await writeFile(path.join(options.out, 'manifest.json'), `${JSON.stringify(out, null, 2)}\n`);
  return { files: out.files.length, bytes };
}

/** Moves a single-city source to another city and shifts its years. */
function relocate(text: string, move: { from: string | null; to: { province: Province; city: City } } | null, yearShift: number, copy: number): string {
  let result = shiftYears(text, yearShift, copy);
  if (move?.from) {
    const short = move.from.replace(/市$/, '');
    result = result.split(move.from).join(move.to.city.name).split(short).join(move.to.city.name.replace(/市$/, ''));
    result = result
      .split('宁夏回族自治区')
      .join(move.to.province.fullName)
      .split('宁夏')
      .join(move.to.province.name)
      .split('自治区')
      .join(move.to.province.fullName.endsWith('自治区') ? '自治区' : '省');
  }
  return result;
}

/** 2023 → 2023+shift wherever a year is written (年份, 文号, deadlines); full dates also move by some days, so copies differ. */
function shiftYears(text: string, shift: number, days = 0): string {
  if (!shift) return text;
  return text
    .replace(/(?<!\d)(20[12]\d)(?=\s*(年|〕|﹞|\]|）|\)))/g, (y) => String(Number(y) + shift))
    .replace(/(年\s*\d{1,2}\s*月\s*)(\d{1,2})(\s*日)/g, (_m, head, d, tail) => `${head}${((Number(d) - 1 + days) % 28) + 1}${tail}`);
}

/** New document numbers: 〔2023〕11 号 → 〔2023〕<random> 号. */
function renumberDocNumbers(text: string, copy: number, pick: (n: number) => number): string {
  return text.replace(/([〔﹝[]\d{4}[〕﹞\]]\s*)(\d{1,4})(\s*号)/g, (_m, head, _n, tail) => `${head}${1 + ((pick(400) + copy) % 400)}${tail}`);
}

/** Rows of a task table reshuffled within each page, 序号 renumbered in order. */
function shuffleTableRows(text: string, pick: (n: number) => number): string {
  const lines = text.split('\n');
  const isRow = (l: string) => /^\d+\t/.test(l);
  const out: string[] = [];
  let page: string[] = [];
  const flush = () => {
    // Only the first row of a page may carry the merged cells: keep it first.
    const rows = page.slice(1);
    for (let i = rows.length - 1; i > 0; i--) {
      const j = pick(i + 1);
      [rows[i], rows[j]] = [rows[j], rows[i]];
    }
    out.push(...(page.length ? [page[0], ...rows] : []));
    page = [];
  };
  for (const line of lines) {
    if (isRow(line)) page.push(line);
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  let n = 0;
  return out.map((l) => (isRow(l) ? l.replace(/^\d+/, String(++n)) : l)).join('\n');
}

/** A compilation copy moves its provinces to others (陕西 → 河北 …) and its cities with them. */
function moveCompilation(text: string, copy: number): string {
  const sources = PROVINCES.filter((p) => text.includes(`）${p.name}`));
  const others = PROVINCES.filter((p) => !['陕西', '宁夏', '甘肃', '青海', '新疆', '四川'].includes(p.name) && p.cities.length > 0);
  let result = shiftYears(text, 1 + (copy % 5), copy);
  sources.forEach((from, i) => {
    const to = others[(copy * 5 + i) % others.length];
    result = result.split(from.fullName).join(to.fullName).split(`）${from.name}`).join(`）${to.name}`).split(`${from.name}省`).join(`${to.name}省`);
    from.cities.forEach((c, j) => {
      const dest = to.cities[j % to.cities.length];
      result = result.split(c.name).join(dest.name);
      for (const alias of c.aliases) result = result.split(alias).join(dest.name.replace(/市$/, ''));
    });
  });
  return result;
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
