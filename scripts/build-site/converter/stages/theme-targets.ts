// The theme a target's own clause names, by the cue rules alone: in a plan's
// 工作目标 paragraph (one measure, filed under 组织保障 by the codebook's
// ruling) 食品安全满意度达90% is a market-regulation target and 数据归集率达到90%
// a digital-government one. Read from the clause only, never the measure's
// headings or the document title, and never by the learnt model, which was
// trained on whole measures. `targetTheme` (src/domain/target-key.ts) decides
// when it counts.
import { clauseOf, spanAround } from '../../../../src/domain/quantities.ts';
import type { Target } from '../../../../src/schemas/measure.ts';
import type { ThemeMatcher } from './assign-themes.ts';

//
// A clause that lists areas by their indicators' names (银川's 政府采购、招标投标、
// 跨境贸易、纳税、办理破产、包容普惠创新6项均前进1—2个名次) sets a goal across
// them, no one area's: the rules would file it under the first name, and the
// matrix would grade that area alone as having a target (a site review).
//
// A clause with no cue of its own takes its sentence's: 质量水平显著提升，主导或参与
// 制修订国家标准2项以上 is a quality (market-regulation) goal, though its clause
// names only standards; left without a theme, such a target went to the
// goals paragraph's own 组织保障 page (a site review).
export function themeTargets(targets: Target[], text: string, rules: ThemeMatcher, themeNames: readonly string[] = []): Target[] {
  const themeOf = (words: string) => rules.assign({ path: [], title: null, label: '', text: words }).themes[0];
  return targets.map((t) => {
    const clause = clauseOf(text, t);
    if (themeNames.filter((name) => clause.includes(name)).length >= 2) return t;
    const theme = themeOf(clause) ?? themeOf(sentenceAround(text, t.offset));
    return theme ? { ...t, theme } : t;
  });
}

/** How far a sentence reaches either side of its number: a text with no full stop (a hostile 2 MB line) is not read whole per target. */
const SENTENCE_REACH = 120;

/** The sentence a number stands in: from the last 。；or line break before it to the next, SENTENCE_REACH at most each side. */
const sentenceAround = (text: string, offset: number) => spanAround(text, offset, offset, /[。；;\n]/, SENTENCE_REACH);
