// Themes of a measure, from the taxonomy in content/themes.json.
// Keywords in the measure's heading path weigh 3, in its text 1; the best
// theme is taken, with any other scoring at least half as much (at most three).
// A measure none of whose words match takes the themes of its headings alone;
// what still matches nothing is reported as unthemed.
import type { ThemeTaxonomy } from '../../../../src/schemas/theme.ts';

const PATH_WEIGHT = 3;
const MAX_THEMES = 3;

export interface ThemeMatcher {
  /** Theme ids for a measure, best first. */
  assign(path: string[], text: string): string[];
}

export function themeMatcher(taxonomy: ThemeTaxonomy): ThemeMatcher {
  // One regular expression per theme: its keywords, longest first.
  const patterns = taxonomy.themes.map((theme) => ({
    id: theme.id,
    re: new RegExp(
      [...theme.keywords]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|'),
      'g',
    ),
  }));
  const count = (re: RegExp, text: string) => text.match(re)?.length ?? 0;
  // Measures under one heading share its counts: computed once per heading.
  const headingCounts = new Map<string, number[]>();
  return {
    assign(path, text) {
      const heading = path.join(' ');
      let byHeading = headingCounts.get(heading);
      if (!byHeading) headingCounts.set(heading, (byHeading = patterns.map(({ re }) => count(re, heading))));
      const scores = patterns
        .map(({ id, re }, i) => ({ id, score: PATH_WEIGHT * byHeading[i] + count(re, text) }))
        .filter((s) => s.score > 0)
        .sort((a, b) => b.score - a.score);
      if (scores.length === 0) return [];
      const best = scores[0].score;
      return scores
        .filter((s) => s.score * 2 >= best)
        .slice(0, MAX_THEMES)
        .map((s) => s.id);
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
