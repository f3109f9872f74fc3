import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://yingshang.example.org',
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    // Source text renders exactly as written: no “smart” quotes or dashes.
    smartypants: false,
  },
});
