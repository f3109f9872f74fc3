// A transmission page as a reader meets it: a changed row says whether the lower measure wrote another value
// or only left the upper's deadline or target out (a review read the second kind as changes it had made).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { leavesOutOnly } from '../../src/domain/transmission-rows.ts';
import type { Transmission } from '../../src/schemas/analysis.ts';
import { dist } from './dist.ts';

const content = path.resolve(import.meta.dirname, '../../content');

const transmissions = JSON.parse(readFileSync(path.join(content, 'analysis', 'transmissions.json'), 'utf8')) as Transmission[];
const headings = (id: string) =>
  [...readFileSync(path.join(dist, 'transmissions', id, 'index.html'), 'utf8').matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) =>
    m[1]!.replace(/<[^>]+>/g, ''),
  );

test('changed rows that only leave out the upper’s deadline or target are listed apart from those with other values (咸阳 of 陕西 1号; a review)', () => {
  const pair = transmissions.find((t) => t.id === 'shaanxi-2023-828e46--shaanxi-xianyang-2023-ea66ce')!;
  const omits = pair.rows.filter((r) => r.kind === 'changed' && leavesOutOnly(r));
  expect(omits.length).toBeGreaterThan(0);
  const shown = headings(pair.id);
  expect(shown.some((h) => /未重述.*的时限或目标（(\d+)）/.exec(h)?.[1] === String(omits.length))).toBe(true);
  // Every pair's changed rows add up over the two sections.
  for (const t of transmissions) {
    const counts = headings(t.id).flatMap((h) => (/^有改动：.*（(\d+)）$/.exec(h) ? [Number(/（(\d+)）$/.exec(h)![1])] : []));
    expect(
      counts.reduce((a, b) => a + b, 0),
      t.id,
    ).toBe(t.rows.filter((r) => r.kind === 'changed').length);
  }
});
