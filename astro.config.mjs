import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { chartFontCheck } from './scripts/build-site/charts/downloads.ts';
import { tableLabels } from './src/markdown/table-labels.ts';

// Where the site is published: canonical links, Open Graph URLs, the sitemap,
// robots.txt and the feeds are absolute URLs on it. Set POLICY_SITE_URL when
// deploying elsewhere; the default is the project's placeholder host.
const site = process.env.POLICY_SITE_URL ?? 'https://yingshang.example.org';
// Said once per build: every absolute link (and each chart download's links) names this host, and a
// placeholder published by mistake is a site of dead links (an open-data review found it in the charts).
if (!process.env.POLICY_SITE_URL && process.argv.includes('build'))
  console.warn(
    `[site] POLICY_SITE_URL is not set: canonical links, feeds, the sitemap and chart downloads name the placeholder ${site}; set it to the published address`,
  );
// Old unit addresses (content/moved-units.json) only send readers on: not pages to list.
const movedUnits = new Set(
  JSON.parse(readFileSync(new URL('./content/moved-units.json', import.meta.url), 'utf8')).map((m) => new URL(`/units/${m.from}/`, site).href),
);

export default defineConfig({
  site,
  trailingSlash: 'always',
  // The benchmark builds synthetic corpora beside the real one: each build gets
  // its own content-layer cache so they never read each other's data store.
  ...(process.env.POLICY_CACHE_DIR ? { cacheDir: process.env.POLICY_CACHE_DIR } : {}),
  // optimize: MDX's static parts (all the policy text) compile to HTML
  // strings rather than one JSX call per node: smaller modules, less memory
  // when thousands of documents are bundled.
  // The sitemap lists HTML pages only (every URL ending in “/”): the CSV and
  // JSON downloads are data, reached from the pages that describe them; old
  // unit addresses that send readers on are left out too.
  // The chart downloads (SVG and PNG) are the next step of `npm run build`
  // (scripts/build-site/charts/write-downloads.ts); chartFontCheck only makes
  // a machine without the chart font fail at once.
  integrations: [mdx({ optimize: true }), sitemap({ filter: (url) => url.endsWith('/') && !movedUnits.has(url) }), chartFontCheck()],
  markdown: {
    // Source text renders exactly as written: no “smart” quotes or dashes.
    // tableLabels names each table cell's column, for the card layout tables take on a phone.
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [tableLabels] }),
  },
  // Every script and stylesheet is a file of its own, never inlined: the
  // Content-Security-Policy in public/_headers allows no inline code or CSS.
  build: { inlineStylesheets: 'never' },
  vite: {
    build: {
      assetsInlineLimit: 0,
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
