// /feeds/documents.xml: new documents nationwide (RSS 2.0).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { channelExtras, feedItems } from '../../domain/feeds.ts';
import { loadCorpus } from '../../site-data/corpus.ts';

export const GET: APIRoute = async ({ site, url }) => {
  const { documents } = await loadCorpus();
  return rss({
    title: '营商环境政策库：新收文件',
    description: '各地新收录的优化营商环境政策文件，按成文日期从新到旧。',
    site: site!,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelExtras(new URL(url.pathname, site).href),
    items: feedItems(documents.map((d) => d.data)),
  });
};
