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

//
// A clause that lists areas by their indicators' names (银川's 政府采购、招标投标、
// 跨境贸易、纳税、办理破产、包容普惠创新6项均前进1—2个名次) sets a goal across
// them, no one area's: the rules would file it under the first name, and the
// matrix would grade that area alone as having a target (a site review).
export function themeTargets(targets: Target[], text: string, rules: ThemeMatcher, themeNames: readonly string[] = []): Target[] {
  return targets.map((t) => {
    const clause = clauseOf(text, t);
    if (themeNames.filter((name) => clause.includes(name)).length >= 2) return t;
    const [theme] = rules.assign({ path: [], title: null, label: '', text: clause }).themes;
    return theme ? { ...t, theme } : t;
  });
}
