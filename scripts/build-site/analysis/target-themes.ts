// A measure that sets a quantified target on a metric commits to action on
// the metric's theme, even where its words are mostly about another (陕西's
// 工作目标 promises 用水 in 7 个工作日 under 组织保障): that theme becomes a
// secondary one, with the targets as its basis, so the theme page that ranks
// the target and the matrix cell that counts it agree on where it stands.
import type { Metric } from '../../../src/schemas/analysis.ts';
import type { Measure } from '../../../src/schemas/measure.ts';

export function withTargetThemes(metrics: Metric[]): (measure: Measure) => Pick<Measure, 'themes' | 'themeBasis'> {
  const themeOf = new Map(metrics.map((m) => [m.id, m.theme]));
  return ({ themes, themeBasis, targets }) => {
    const added = new Map<string, string[]>();
    for (const t of targets) {
      const theme = t.metric && themeOf.get(t.metric);
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
