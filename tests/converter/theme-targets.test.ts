// The theme a target's own clause names, by the cue rules alone (cut from
// 陇南's and 陕西's 工作目标 paragraphs, filed under 组织保障 as a whole).
import { expect, test } from 'vitest';
import { themeMatcher } from '../../scripts/build-site/converter/stages/assign-themes.ts';
import { extractTargets } from '../../scripts/build-site/converter/stages/extract-targets.ts';
import { themeTargets } from '../../scripts/build-site/converter/stages/theme-targets.ts';
import { themes } from '../helpers/corpus.ts';

const rules = themeMatcher(themes);
const names = themes.themes.map((t) => t.name);
const themed = (text: string) => themeTargets(extractTargets(text), text, rules, names).map((t) => [t.text, t.theme] as const);

test('each target of a goals paragraph takes the theme its own clause names', () => {
  const text = '消费安全保障有力，食品安全满意度达90%以上；数字政府建设加快推进，部门信息孤岛打通率超过80%、数据归集率达到90%。';
  const out = new Map(themed(text));
  expect(out.get('达90%以上')).toBe('market-regulation');
  expect(out.get('达到90%')).toBe('digital-government');
});

test('a clause that names no theme leaves the target without one', () => {
  expect(themed('力争达到100项。')).toEqual([['达到100项', undefined]]);
});

test('a clause with no cue of its own takes its sentence’s, never the next sentence’s (陇南’s standards under 质量水平显著提升; a site review)', () => {
  const text = '质量水平显著提升，主导或参与制修订国家标准2项以上、省级地方标准10项以上。力争达到100项；数字政府建设加快推进。';
  const out = new Map(themed(text));
  expect(out.get('2项以上')).toBe('market-regulation');
  expect(out.get('10项以上')).toBe('market-regulation');
  expect(out.get('达到100项')).toBeUndefined();
});

test('consumer protection is market regulation (消费投诉按期办结率, 放心消费: the codebook’s scope note), not the 消费 of city life', () => {
  const out = new Map(themed('消费安全保障有力，消费投诉按期办结率不低于98%，发展“放心消费”和“七日无理由退货”承诺单位1000家以上。'));
  expect(out.get('不低于98%')).toBe('market-regulation');
  expect(out.get('1000家以上')).toBe('market-regulation');
});

test('a clause that lists areas by their indicators’ names sets no one area’s target (银川’s ranking goal; a site review)', () => {
  const text = '政府采购、招标投标、跨境贸易、纳税、办理破产、包容普惠创新6项均前进1—2个名次。';
  expect(themed(text).length).toBeGreaterThan(0);
  expect(themed(text).every(([, theme]) => theme === undefined)).toBe(true);
});
