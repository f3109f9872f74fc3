// The build's page steps run side by side (scripts/build-site/page-steps.ts):
// their lines arrive whole, however the steps' output interleaves, and one
// step failing neither stops the others nor goes unreported.
import { describe, expect, it } from 'vitest';
import { pageSteps, runPageSteps } from '../../scripts/build-site/page-steps.ts';

/** A step that writes `count` numbered lines in pieces, pausing between them, then exits with `status`. */
const step = (name: string, count: number, status = 0) => ({
  name,
  args: [
    '-e',
    `(async () => { for (let i = 0; i < ${count}; i++) { process.stdout.write('[${name}] line ' + i + ' '); await new Promise((r) => setTimeout(r, 3)); process.stdout.write('whole\\n'); } if (${status}) { console.error('[${name}] error: it broke'); process.exit(${status}); } })();`,
  ],
});

const sink = () => {
  const chunks: string[] = [];
  return { chunks, write: (text: string) => chunks.push(text) };
};

describe('page steps side by side', () => {
  it('passes every line on whole, and reports each step', async () => {
    const out = sink();
    const err = sink();
    const figures = await runPageSteps([step('a', 20), step('b', 20)], out, err);
    expect([...figures.keys()]).toEqual(['a', 'b']);
    expect([...figures.values()].map((f) => f.status)).toEqual([0, 0]);
    const lines = out.chunks.join('').split('\n').filter(Boolean);
    expect(lines).toHaveLength(40);
    for (const line of lines) expect(line).toMatch(/^\[[ab]\] line \d+ whole$/);
    // Written a whole line (or several) at a time: no chunk ends inside a line.
    for (const chunk of out.chunks) expect(chunk.endsWith('\n')).toBe(true);
    expect(err.chunks).toEqual([]);
  });

  it('lets the other steps finish when one fails, and says which failed', async () => {
    const out = sink();
    const err = sink();
    const figures = await runPageSteps([step('broken', 2, 3), step('slow', 30)], out, err);
    expect(figures.get('broken')!.status).toBe(3);
    expect(figures.get('slow')!.status).toBe(0);
    expect(out.chunks.join('')).toContain('[slow] line 29 whole');
    expect(err.chunks.join('')).toBe('[broken] error: it broke\n');
  });

  it('runs the four steps that read the built pages, each on the given folders', () => {
    const steps = pageSteps('/tmp/site', '/tmp/content');
    expect(steps.map((s) => s.name)).toEqual(['charts', 'search', 'open-data', 'redirects']);
    for (const s of steps) expect(s.args).toContain('/tmp/site');
    for (const name of ['open-data', 'redirects']) expect(steps.find((s) => s.name === name)!.args).toContain('/tmp/content');
  });
});
