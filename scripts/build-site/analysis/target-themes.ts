// A measure that sets a quantified target on a theme commits to action on it,
// even where its words are mostly about another (陕西's 工作目标 promises 用水
// in 7 个工作日 and 数据归集率 90% under 组织保障): the target's theme
// (targetTheme: its metric's, or in a 工作目标 its clause's) becomes a
// secondary one, with the targets as its basis, so the theme page that lists
// the target and the matrix cell that counts it agree on where it stands.
import { quantityKey, targetTheme } from '../../../src/domain/target-key.ts';
import type { Metric } from '../../../src/schemas/analysis.ts';
import type { Measure } from '../../../src/schemas/measure.ts';

export function withTargetThemes(metrics: Metric[]): (measure: Measure) => Pick<Measure, 'themes' | 'themeBasis'> {
  const themeOf = targetTheme(metrics);
  return (measure) => {
    const { themes, themeBasis, targets } = measure;
    const added = new Map<string, string[]>();
    for (const t of targets) {
      // Only a target a theme page can list (quantityKey) makes its theme one the measure commits to.
      const theme = quantityKey(t) !== null ? themeOf(t, measure) : undefined;
      if (!theme || themes.includes(theme)) continue;
      added.set(theme, [...(added.get(theme) ?? []), t.text]);
    }
    if (added.size === 0) return { themes, themeBasis };
    return {
      themes: [...themes, ...added.keys()],
      themeBasis: [
        ...themeBasis,
        ...[...added].map(([theme, texts]) => ({
          theme,
          role: 'secondary' as const,
          by: 'target' as const,
          cues: [...new Set(texts)].map((text) => ({ text, where: 'text' as const })),
        })),
      ],
    };
  };
}
