// The layout's promises, checked on the code: only src/site-data touches
// astro:content, the site never imports scripts/, and no two modules import
// each other in a circle.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const modules = ['src', 'scripts'].flatMap((dir) =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro)$/.test(f))
    .map((f) => path.join(dir, f)),
);
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const importsOf = new Map(
  modules.map((file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    return [file, [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2]!)] as const;
  }),
);
const resolve = (from: string, spec: string) => path.normalize(path.join(path.dirname(from), spec));

test('only src/site-data (and the collections config) import astro:content', () => {
  const offenders = modules.filter(
    (f) => importsOf.get(f)!.includes('astro:content') && !f.startsWith(`src${path.sep}site-data`) && f !== path.join('src', 'content.config.ts'),
  );
  expect(offenders).toEqual([]);
});

test('the site never imports the build scripts or tools', () => {
  const offenders = modules.filter((f) => f.startsWith('src') && importsOf.get(f)!.some((s) => s.startsWith('.') && resolve(f, s).startsWith('scripts')));
  expect(offenders).toEqual([]);
});

test('no import cycle among the modules of src/ and scripts/', () => {
  const edges = new Map(
    modules.map((f) => [
      f,
      importsOf
        .get(f)!
        .filter((s) => s.startsWith('.'))
        .map((s) => resolve(f, s))
        .filter((t) => importsOf.has(t)),
    ]),
  );
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const visit = (file: string, trail: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
      return;
    }
    state.set(file, 'open');
    for (const next of edges.get(file)!) visit(next, [...trail, file]);
    state.set(file, 'done');
  };
  for (const file of modules) visit(file, []);
  expect(cycles).toEqual([]);
});
