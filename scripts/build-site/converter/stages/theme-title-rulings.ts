// The codebook's rulings that decide a primary theme from a measure's own title
// (content/themes.json `titleRulings`): 开办和注销 named together is 开办企业,
// a 水电气 joint application (报装, 接入) is 获得用水用气. Cue scores weigh 注销
// as heavily as 开办, and the learnt model may prefer either; the ruling is
// the codebook's, so it runs on whatever they decided. The theme they had
// chosen stays beside it as a secondary one; theme-companions.ts, which runs
// after, adds what the new primary's companions name.
import type { ThemeTaxonomy } from '../../../../src/schemas/theme.ts';
import { type ThemeMatcher, zones } from './assign-themes.ts';

export function withTitleRulings(matcher: ThemeMatcher, taxonomy: ThemeTaxonomy): ThemeMatcher {
  const rulings = taxonomy.themes.flatMap((t) => t.titleRulings.map((r) => ({ theme: t.id, allOf: r.allOf })));
  return {
    assign(measure, documentTitle) {
      const assigned = matcher.assign(measure, documentTitle);
      // The title zone the cue rules read: the short title, else the first sentence.
      const { title } = zones(measure);
      for (const { theme, allOf } of rulings) {
        const named = allOf.map((group) => group.find((word) => title.includes(word)));
        if (named.some((word) => word === undefined) || assigned.themes[0] === theme) continue;
        const kept = assigned.themes.filter((t) => t !== theme).slice(0, 1);
        return {
          themes: [theme, ...kept],
          basis: [
            { theme, role: 'primary', by: 'ruling', cues: named.map((text) => ({ text: text!, where: 'title' as const })) },
            ...assigned.basis.filter((b) => kept.includes(b.theme)).map(({ unsure: _unsure, ...b }) => ({ ...b, role: 'secondary' as const })),
          ],
        };
      }
      return assigned;
    },
  };
}
