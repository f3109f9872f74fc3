import { z } from 'zod';

/** One theme of the taxonomy in content/themes.json. */
export const themeSchema = z.object({
  /** URL slug: /compare/<id>/ */
  id: z.string().regex(/^[a-z-]+$/),
  name: z.string(),
  /** `indicator`: a national business-environment evaluation indicator; `extra`: a theme the sources need beyond them. */
  group: z.enum(['indicator', 'extra']),
  /** Words whose presence in a measure's headings (weight 3) or text (weight 1) scores the theme. */
  keywords: z.array(z.string().min(1)).min(1),
});

export const themeTaxonomySchema = z.object({
  description: z.string(),
  themes: z.array(themeSchema).min(1),
});

export type Theme = z.infer<typeof themeSchema>;
export type ThemeTaxonomy = z.infer<typeof themeTaxonomySchema>;
