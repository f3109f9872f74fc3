import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://yingshang.example.org',
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    // Source text renders exactly as written: no “smart” quotes or dashes.
    processor: satteri({ features: { smartPunctuation: false } }),
  },
  vite: {
    build: {
      rolldownOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" directive; the
        // bundler's warning about it is noise, one per document.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
