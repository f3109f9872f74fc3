// /feeds/<province>.xml: new documents of one province, its cities included (RSS 2.0).
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { channelExtras, feedItems } from '../../domain/feeds.ts';
import { loadCorpus, type ProvinceView } from '../../site-data/corpus.ts';

export const getStaticPaths = (async () => {
  const { provinces } = await loadCorpus();
  return provinces.map((province) => ({ params: { province: province.slug }, props: { province } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, url, props }) => {
  const { province } = props as { province: ProvinceView };
  return rss({
    title: `营商环境政策库：${province.fullName}新收文件`,
    description: `${province.fullName}及其各市新收录的优化营商环境政策文件，按成文日期从新到旧。`,
    site: site!,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelExtras(new URL(url.pathname, site).href),
    items: feedItems(province.documents.map((d) => d.data)),
  });
};
