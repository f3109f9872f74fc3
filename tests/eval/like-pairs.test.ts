// The second reading of the census's like pairs, scored on literal pairs: where
// the census and the second reader disagree, only pairs both hold alike count
// towards "charted together", and a chart holding a pair the second reader
// calls unlike is counted against the site.
import { describe, expect, test } from 'vitest';
import { type LikePairReading, likePairReadings } from '../../scripts/eval/labels.ts';
import { scoreLikePairs, type SiteTarget } from '../../scripts/eval/targets.ts';

const pair = (id: string, censusLike: boolean, like: boolean, a: string, b: string, split: 'dev' | 'heldout' = 'heldout'): LikePairReading => ({
  id,
  split,
  censusLike,
  like,
  a: { key: a },
  b: { key: b },
});
const site: Record<string, SiteTarget | undefined> = {
  x1: { chartKey: 'registration|一般登记|个工作日|level', text: '1个工作日' },
  x2: { chartKey: 'registration|一般登记|个工作日|level', text: '1个工作日' },
  y1: { chartKey: 'registration|抵押登记|个工作日|level', text: '2个工作日' },
  z1: { chartKey: null, text: '3个' },
};

describe('like pairs read twice', () => {
  test('agreement, kappa and the pairs both readers hold alike', () => {
    const pairs = [
      pair('l1', true, true, 'x1', 'x2'),
      pair('l2', true, true, 'x1', 'z1'),
      pair('l3', true, false, 'x1', 'y1'),
      pair('l4', false, false, 'x2', 'y1'),
    ];
    const s = scoreLikePairs(pairs, (k) => site[k]);
    expect(s).toMatchObject({ pairs: 4, agree: 3, bothLike: 2, bothLikeCharted: 1, chartedUnlike: 0 });
    // Census says like for 3 of 4, the second reader for 2 of 4: chance agreement 0.5, observed 0.75.
    expect(s.kappa).toBeCloseTo(0.5);
  });
  test('a pair the site charts together but the second reader calls unlike is counted; unlisted sides are never charted', () => {
    const pairs = [pair('l1', true, false, 'x1', 'x2'), pair('l2', true, true, 'x1', 'gone')];
    expect(scoreLikePairs(pairs, (k) => site[k])).toMatchObject({ chartedUnlike: 1, bothLike: 1, bothLikeCharted: 0 });
  });
  test('a split scores its own pairs only', () => {
    const pairs = [pair('l1', true, true, 'x1', 'x2', 'dev'), pair('l2', true, true, 'x1', 'y1')];
    expect(scoreLikePairs(pairs, (k) => site[k], 'dev')).toMatchObject({ pairs: 1, bothLikeCharted: 1 });
    expect(scoreLikePairs(pairs, (k) => site[k], 'heldout')).toMatchObject({ pairs: 1, bothLikeCharted: 0 });
  });
});

describe('the committed reading', () => {
  test('every drawn pair has a verdict from one of s1–s3, and the near misses are a third of the draw', () => {
    const pairs = likePairReadings();
    expect(pairs.length).toBe(113);
    expect(pairs.filter((p) => !p.censusLike).length).toBe(38);
    expect(new Set(pairs.map((p) => p.id)).size).toBe(pairs.length);
  });
});
