// scripts/build-site/progress.ts: a live line at a terminal, plain lines now
// and then elsewhere, counts, percent and time left at the pace so far.
import { describe, expect, test } from 'vitest';
import { formatDuration, Progress, timeLeft } from '../scripts/build-site/progress.ts';

function fake(interactive: boolean) {
  const written: string[] = [];
  let clock = 0;
  const stream = { isTTY: interactive, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
  const progress = new Progress({ label: '[x] converting', total: 100, count: (d) => `${d}/100 MB`, stream, interactive, now: () => clock });
  return { written, progress, tick: (ms: number) => (clock += ms) };
}

describe('Progress', () => {
  test('at a terminal, one line rewritten in place, ten times a second at most', () => {
    const { written, progress, tick } = fake(true);
    tick(2000);
    progress.update(20);
    tick(50);
    progress.update(25);
    tick(100);
    progress.update(50);
    progress.finish();
    expect(written).toEqual(['\r[x] converting 20/100 MB · 20% · about 8 s left\x1b[K', '\r[x] converting 50/100 MB · 50% · about 2 s left\x1b[K', '\r\x1b[K']);
  });

  test('in CI, a plain line every 15 s and nothing for a short run', () => {
    const { written, progress, tick } = fake(false);
    tick(10_000);
    progress.update(10);
    expect(written).toEqual([]);
    tick(20_000);
    progress.update(50);
    progress.finish();
    expect(written).toEqual(['[x] converting 50/100 MB · 50% · about 30 s left\n']);
  });

  test('time left follows the average pace; durations read as a person says them', () => {
    expect(timeLeft(0, 10, 1000)).toBeUndefined();
    expect(timeLeft(25, 100, 60_000)).toBe(180_000);
    expect([formatDuration(42_000), formatDuration(185_000), formatDuration(3_720_000)]).toEqual(['42 s', '3 min 05 s', '1 h 02 min']);
  });
});
