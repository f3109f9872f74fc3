// The feeds of new documents (nationwide and per province) as plain data:
// newest first by 成文日期, each item linking to its document page. The
// endpoints in src/pages/feeds write them with @astrojs/rss.
import type { PolicyDocument } from '../schemas/document.ts';
import { chineseDate } from './dates.ts';

/** Enough for a reader who checks weekly; a feed is news, the site is the archive. */
export const FEED_SIZE = 50;

export interface FeedItem {
  title: string;
  link: string;
  /** 成文日期 at midnight UTC; undated documents carry none (RSS allows it) and come last. */
  pubDate?: Date;
  description: string;
  categories: string[];
}

type FeedDocument = Pick<PolicyDocument, 'id' | 'title' | 'url' | 'date' | 'province' | 'city' | 'issuers' | 'docNumber' | 'measureCount'>;

/** Newest first; undated last; ties by id, so the feed is the same bytes every build. */
function newestFirst(a: FeedDocument, b: FeedDocument): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function feedItems(documents: FeedDocument[], size = FEED_SIZE): FeedItem[] {
  return [...documents]
    .sort(newestFirst)
    .slice(0, size)
    .map((d) => ({
      title: d.title,
      link: d.url,
      ...(d.date ? { pubDate: new Date(`${d.date}T00:00:00Z`) } : {}),
      description: [
        d.city ? `${d.province}·${d.city}` : d.province,
        d.issuers.join('、'),
        d.docNumber,
        d.date && `成文日期 ${chineseDate(d.date)}`,
        `${d.measureCount} 项措施`,
      ]
        .filter(Boolean)
        .join(' · '),
      categories: [d.province, ...(d.city ? [d.city] : [])],
    }));
}

/** Channel elements @astrojs/rss does not write itself: the language and the feed's own address. */
export function channelExtras(selfUrl: string): string {
  return `<language>zh-CN</language><atom:link href="${selfUrl}" rel="self" type="application/rss+xml"/>`;
}
