// The learnt half of theme assignment: naive Bayes scores on a model small
// enough to check by hand, the way it votes beside the cue rules, the words it
// quotes when it overrules them, and that the committed model is the one the
// labelled set trains.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ThemeAssignment, ThemeMatcher } from '../../scripts/build-site/converter/stages/assign-themes.ts';
import { learntThemeMatcher, themeFeatureKeys, themeScorer, UNSURE } from '../../scripts/build-site/converter/stages/theme-model.ts';
import type { ThemeModel } from '../../src/schemas/theme.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Two themes, three features: credit saw 贷款 in titles, ip saw 专利 and 质押 (each often enough to be quoted, and to outweigh a near tie). */
const model: ThemeModel = {
  description: 'test',
  alpha: 1,
  ruleBonus: 4,
  records: { credit: 3, ip: 3 },
  totals: { credit: 40, ip: 60 },
  counts: { 'T:贷款': { credit: 40 }, 'T:专利': { ip: 30 }, 'T:质押': { ip: 30 } },
};

/** Rules that always answer the same. */
const fixedRules = (assignment: ThemeAssignment): ThemeMatcher => ({ assign: () => assignment });
const ruledCredit: ThemeAssignment = {
  themes: ['credit'],
  basis: [{ theme: 'credit', role: 'primary', by: 'cues', cues: [{ text: '融资', where: 'text' }] }],
};

describe('naive Bayes scores', () => {
  test('prior plus each known feature’s smoothed log likelihood; unknown features add nothing', () => {
    const scores = themeScorer(model).scores(new Set(['T:专利', 'T:新词']));
    // V = 3 features; credit: log((3+1)/(6+2)) + log((0+1)/(40+3)); ip: log((3+1)/(6+2)) + log((30+1)/(60+3)).
    expect(scores.get('credit')).toBeCloseTo(Math.log(4 / 8) + Math.log(1 / 43), 10);
    expect(scores.get('ip')).toBeCloseTo(Math.log(4 / 8) + Math.log(31 / 63), 10);
  });

  test('features are character pairs by zone, never across punctuation, and the rules’ cues with where they stood', () => {
    const keys = themeFeatureKeys({ path: ['（一）专利质押'], title: '贷款，续贷', label: '1.', text: '1.贷款，续贷。' }, ruledCredit);
    expect([...keys].filter((k) => k.startsWith('T:'))).toEqual(['T:贷款', 'T:续贷']);
    expect(keys).toContain('H:专利');
    expect(keys).toContain('H:质押');
    expect(keys).not.toContain('T:款续');
    expect(keys).toContain('C:融资@text');
  });
});

describe('beside the cue rules', () => {
  test('where the evidence does not outweigh the rules’ bonus, the rules’ themes and cues stand', () => {
    const matcher = learntThemeMatcher(fixedRules(ruledCredit), model);
    const measure = { path: [], title: '专利贷款', label: '1.', text: '1.专利贷款。' };
    const assigned = matcher.assign(measure);
    expect(assigned.themes).toEqual(ruledCredit.themes);
    expect(assigned.basis.map(({ unsure: _, ...b }) => b)).toEqual(ruledCredit.basis);
  });

  test('where it does, the model’s theme is primary, alone, and its basis quotes the phrase that weighed most (through a pair it has no view of)', () => {
    const matcher = learntThemeMatcher(fixedRules(ruledCredit), { ...model, ruleBonus: 0 });
    const assigned = matcher.assign({ path: [], title: '专利质押', label: '1.', text: '1.专利质押。' });
    expect(assigned.themes).toEqual(['ip']);
    expect(assigned.basis).toEqual([{ theme: 'ip', role: 'primary', by: 'learnt', cues: [{ text: '专利质押', where: 'title' }], unsure: true }]);
  });

  test('a runner-up within a near tie of the primary is a secondary theme, with the words that favour it over the primary', () => {
    // One credit pair and one ip pair, no rule bonus: credit leads by log(41/43) + log(1/43) − log(31/63) − log(1/63) ≈ 1.0.
    const matcher = learntThemeMatcher(fixedRules(ruledCredit), { ...model, ruleBonus: 0 });
    const assigned = matcher.assign({ path: [], title: '专利，贷款', label: '1.', text: '1.专利，贷款。' });
    expect(assigned.themes).toEqual(['credit', 'ip']);
    expect(assigned.basis[0]).toEqual({ ...ruledCredit.basis[0], unsure: true });
    expect(assigned.basis[1]).toEqual({ theme: 'ip', role: 'secondary', by: 'learnt', cues: [{ text: '专利', where: 'title' }] });
  });

  test('a primary theme the model puts less than UNSURE ahead of the next is marked unsure; one far ahead is not', () => {
    // Four credit pairs against none of ip's, and the rules' bonus: credit leads by about 15.
    const strong: ThemeModel = {
      ...model,
      totals: { credit: 160, ip: 60 },
      counts: { ...model.counts, 'T:续贷': { credit: 40 }, 'T:信贷': { credit: 40 }, 'T:担保': { credit: 40 } },
    };
    const sure = learntThemeMatcher(fixedRules(ruledCredit), strong).assign({ path: [], title: '贷款续贷信贷担保', label: '1.', text: '1.贷款续贷信贷担保。' });
    expect(sure.margin).toBeGreaterThanOrEqual(UNSURE);
    expect(sure.basis[0]!.unsure).toBeUndefined();
    const close = learntThemeMatcher(fixedRules(ruledCredit), { ...model, ruleBonus: 0 }).assign({
      path: [],
      title: '专利，贷款',
      label: '1.',
      text: '1.专利，贷款。',
    });
    expect(close.margin).toBeLessThan(UNSURE);
    expect(close.basis.find((b) => b.role === 'primary')!.unsure).toBe(true);
    expect(close.basis.find((b) => b.role === 'secondary')!.unsure).toBeUndefined();
  });

  test('a measure the rules find no cue in keeps no theme: the model does not guess', () => {
    const matcher = learntThemeMatcher(fixedRules({ themes: [], basis: [] }), model);
    expect(matcher.assign({ path: [], title: '专利质押', label: '1.', text: '1.专利质押。' }).themes).toEqual([]);
  });
});

test('content/theme-model.json is what the tuning part of the labelled set trains', () => {
  const out = execFileSync(process.execPath, [path.join(root, 'scripts/eval/train-themes.ts'), '--check'], { cwd: root, encoding: 'utf8' });
  expect(out).toContain('is current');
}, 60_000);

test('a pair seen in fewer than three labelled measures of the theme is not quoted: one measure’s wording explains nothing', () => {
  const rare: ThemeModel = {
    ...model,
    ruleBonus: 0,
    records: { credit: 3, ip: 1 },
    totals: { credit: 40, ip: 2 },
    counts: { ...model.counts, 'T:专利': { ip: 1 }, 'T:质押': { ip: 1 } },
  };
  const assigned = learntThemeMatcher(fixedRules(ruledCredit), rare).assign({ path: [], title: '专利质押', label: '1.', text: '1.专利质押。' });
  expect(assigned.themes).toEqual(['ip']);
  expect(assigned.basis[0]!.cues).toEqual([]);
});

test('a quoted phrase is widened to whole words: 政务数据, not the 务数据 its pairs covered', () => {
  const data: ThemeModel = { ...model, ruleBonus: 0, counts: { ...model.counts, 'T:务数': { ip: 3 }, 'T:数据': { ip: 3 } } };
  const assigned = learntThemeMatcher(fixedRules(ruledCredit), data).assign({ path: [], title: '推进政务数据', label: '1.', text: '1.推进政务数据。' });
  expect(assigned.basis[0]!.cues).toEqual([{ text: '政务数据', where: 'title' }]);
});

test('a quoted phrase does not start or end on a particle that is a word of its own: 投资, not 的投资; 并联审批 stays whole', () => {
  const joint: ThemeModel = { ...model, ruleBonus: 0, counts: { ...model.counts, 'T:并联': { ip: 3 }, 'T:联审': { ip: 3 } } };
  const whole = learntThemeMatcher(fixedRules(ruledCredit), joint).assign({ path: [], title: '并联审批', label: '1.', text: '1.并联审批。' });
  expect(whole.basis[0]!.cues.map((c) => c.text)).toEqual(['并联审批']);
  const data: ThemeModel = { ...model, ruleBonus: 0, counts: { ...model.counts, 'T:的投': { ip: 3 }, 'T:投资': { ip: 3 } } };
  const assigned = learntThemeMatcher(fixedRules(ruledCredit), data).assign({ path: [], title: '的投资', label: '1.', text: '1.的投资。' });
  expect(assigned.basis[0]!.cues).toEqual([{ text: '投资', where: 'title' }]);
});

test('a body’s name is not quoted as evidence: it says who acts, not what about (正文“市自然资源局”)', () => {
  const bodyPairs: ThemeModel = { ...model, ruleBonus: 0, counts: { ...model.counts, 'T:资源': { ip: 3 }, 'T:源局': { ip: 3 }, 'T:专利': { ip: 3 } } };
  const assigned = learntThemeMatcher(fixedRules(ruledCredit), bodyPairs).assign({ path: [], title: '资源局，专利', label: '1.', text: '1.资源局，专利。' });
  expect(assigned.basis[0]!.cues.map((c) => c.text)).not.toContain('资源局');
  expect(assigned.basis[0]!.cues.map((c) => c.text).join('')).toContain('专利');
});
