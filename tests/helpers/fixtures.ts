// Fixture folders are the tests: tests/fixtures/<stage>/<case>/input.* and
// expected.json. A new case is a new folder; UPDATE=1 rewrites expectations,
// which a reviewer then reads as a diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const root = path.join(import.meta.dirname, '..', 'fixtures');

export function fixtureCases(stage: string): { name: string; dir: string }[] {
  const dir = path.join(root, stage);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, dir: path.join(dir, d.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** One test per case folder: run `convert` on its input and compare with expected.json. */
export function runFixtures(stage: string, convert: (dir: string) => unknown) {
  for (const { name, dir } of fixtureCases(stage)) {
    test(`${stage}: ${name.replace(/-/g, ' ')}`, () => {
      const actual = JSON.parse(JSON.stringify(convert(dir)));
      const expectedPath = path.join(dir, 'expected.json');
      if (process.env.UPDATE) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      if (!existsSync(expectedPath)) throw new Error(`${expectedPath} is missing: run UPDATE=1 npm test and review it`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
}
