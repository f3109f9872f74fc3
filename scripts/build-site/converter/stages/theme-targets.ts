// The theme a target's own clause names, by the cue rules alone: in a plan's
// 工作目标 paragraph (one measure, filed under 组织保障 by the codebook's
// ruling) 食品安全满意度达90% is a market-regulation target and 数据归集率达到90%
// a digital-government one. Read from the clause only, never the measure's
// headings or the document title, and never by the learnt model, which was
// trained on whole measures. `targetTheme` (src/domain/target-key.ts) decides
// when it counts.
import { clauseOf } from '../../../../src/domain/quantities.ts';
import type { Target } from '../../../../src/schemas/measure.ts';
import type { ThemeMatcher } from './assign-themes.ts';

export function themeTargets(targets: Target[], text: string, rules: ThemeMatcher): Target[] {
  return targets.map((t) => {
    const [theme] = rules.assign({ path: [], title: null, label: '', text: clauseOf(text, t) }).themes;
    return theme ? { ...t, theme } : t;
  });
}
