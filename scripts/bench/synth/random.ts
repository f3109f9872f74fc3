// Seeded randomness for the synthetic corpus. Every copy of every file draws
// from its own stream, keyed by (seed, copy, file, purpose), so a copy does
// not change when another copy or another file changes, and the generator
// can be re-run for one copy alone.
import { createHash } from 'node:crypto';
import { randomLcg } from 'd3-random';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** Integer in [low, high], both included. */
  between(low: number, high: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A new array: Fisher–Yates over a copy. */
  shuffle<T>(items: readonly T[]): T[];
}

export function rng(...keys: (string | number)[]): Rng {
  const digest = createHash('sha1').update(keys.join('\u0000')).digest();
  const next = randomLcg(digest.readUInt32LE(0) / 2 ** 32);
  const int = (n: number) => Math.min(n - 1, Math.floor(next() * n));
  return {
    next,
    int,
    between: (low, high) => low + int(high - low + 1),
    chance: (p) => next() < p,
    pick: (items) => items[int(items.length)],
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}
