// A quantified target on a metric makes the metric's theme one the measure
// commits to: a secondary theme, with the targets as its basis.
import { describe, expect, test } from 'vitest';
import { withTargetThemes } from '../../scripts/build-site/analysis/target-themes.ts';
import type { Measure } from '../../src/schemas/measure.ts';
import { metrics } from '../helpers/corpus.ts';

const add = withTargetThemes(metrics.metrics);
const measure = (themes: string[], targets: Partial<Measure['targets'][number]>[]) =>
  ({
    themes,
    themeBasis: themes.map((theme, i) => ({ theme, role: i ? 'secondary' : 'primary', by: 'cues', cues: [] })),
    targets: targets.map((t) => ({ text: '', value: 1, unit: '个工作日', comparator: '<=', kind: 'level', offset: 0, ...t })),
  }) as unknown as Measure;

describe('themes from targets', () => {
  test('陕西’s 工作目标 under 组织保障 promises 用水 and 企业开办 times: both themes join as secondary ones, the primary stays', () => {
    const out = add(
      measure(
        ['organization'],
        [
          { text: '获得用水时间压减到7个工作日内', metric: 'water-connection-time' },
          { text: '企业开办时间压减到1个工作日内', metric: 'business-startup-time' },
          { text: '新增高新技术企业3500家' },
        ],
      ),
    );
    expect(out.themes).toEqual(['organization', 'water-gas', 'starting-business']);
    expect(out.themeBasis.slice(1)).toEqual([
      { theme: 'water-gas', role: 'secondary', by: 'target', cues: [{ text: '获得用水时间压减到7个工作日内', where: 'text' }] },
      { theme: 'starting-business', role: 'secondary', by: 'target', cues: [{ text: '企业开办时间压减到1个工作日内', where: 'text' }] },
    ]);
  });
  test('a target joins the theme the codebook files its quantity under: 信用修复 times 市场监管’s, new listings 获得信贷’s (a site review found 银川’s 信用修复 under 获得信贷)', () => {
    const out = add(
      measure(
        ['private-economy'],
        [
          { text: '在10个工作日内解除失信限制措施', metric: 'credit-repair-time' },
          { text: '培育上市企业1家', metric: 'new-listed-companies', unit: '家', kind: 'change' },
        ],
      ),
    );
    expect(out.themes).toEqual(['private-economy', 'market-regulation', 'credit']);
  });
  test('a target on a theme the measure already has changes nothing', () => {
    const before = measure(['starting-business'], [{ text: '压缩至1个工作日', metric: 'business-startup-time' }]);
    const out = add(before);
    expect(out.themes).toBe(before.themes);
    expect(out.themeBasis).toBe(before.themeBasis);
  });
});
