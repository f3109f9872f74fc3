// The draws' randomness: d3-random's LCG from a fixed seed, and a Fisher–Yates
// shuffle in place that reads from it, so re-running a draw gives the same set.
import { randomLcg } from 'd3-random';

export function seeded(seed: number): { random: () => number; shuffle: <T>(xs: T[]) => T[] } {
  const random = randomLcg(seed);
  const shuffle = <T>(xs: T[]): T[] => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [xs[i], xs[j]] = [xs[j]!, xs[i]!];
    }
    return xs;
  };
  return { random, shuffle };
}
