// The codebook's rulings that add a secondary theme (content/themes.json
// `companions`): a 获得用水用气 measure that names 水电气 acts on electricity too,
// a 开办企业 measure that names 注销 or 歇业 on market exit, a 招标投标 measure
// that names 政府采购和招投标 on procurement, a 知识产权 measure that names 质押
// on credit. Readers of the labelled set filed every such measure of its
// tuning part so (7 of 7, 6 of 6, 3 of 3, 5 of 5: train-themes.ts --companions). Cue
// scores cannot express it — 水电气 is one cue, water-gas's, and a secondary
// needs a share of the primary's score — and the learnt model, where it
// overrules, keeps no secondary theme: so the rulings run last, on whatever
// the matcher decided.
import type { ThemeTaxonomy } from '../../../../src/schemas/theme.ts';
import type { ThemeAssignment, ThemeMatcher } from './assign-themes.ts';

export function withCompanions(matcher: ThemeMatcher, taxonomy: ThemeTaxonomy): ThemeMatcher {
  const companionsOf = new Map(taxonomy.themes.map((t) => [t.id, t.companions]));
  return {
    assign(measure, documentTitle) {
      const assigned = matcher.assign(measure, documentTitle);
      const primary = assigned.themes[0];
      if (primary === undefined) return assigned;
      let out: ThemeAssignment = assigned;
      for (const { theme, cues } of companionsOf.get(primary) ?? []) {
        if (out.themes.includes(theme)) continue;
        const named = cues.filter((c) => measure.text.includes(c));
        if (!named.length) continue;
        const where = (cue: string) => (measure.title?.includes(cue) ? ('title' as const) : ('text' as const));
        out = {
          ...out,
          themes: [...out.themes, theme],
          basis: [...out.basis, { theme, role: 'secondary', by: 'ruling', cues: named.map((text) => ({ text, where: where(text) })) }],
        };
      }
      return out;
    },
  };
}
