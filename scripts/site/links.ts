// Internal link check over a built site: every URL a page points to on its own
// origin must name a file in dist/, and its #fragment an element id there.
// Pure: it reads the parsed pages and the list of files, never the disk.
import type { SitePage } from './pages.ts';

export interface BrokenLink {
  /** The page the link is on (its URL path). */
  page: string;
  tag: string;
  attr: string;
  href: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  /** Internal references checked (same-origin href, src, action). */
  links: number;
  /** #fragments checked against element ids. */
  anchors: number;
  broken: BrokenLink[];
}

// A stand-in origin: any URL that resolves elsewhere is external and not checked.
const ORIGIN = 'http://site.invalid';

/** The dist/ file a URL path is served from, or null when none is. */
export function fileFor(pathname: string, files: ReadonlySet<string>): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return null;
  }
  const candidates = decoded === '' || decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`];
  return candidates.find((c) => files.has(c)) ?? null;
}

export function checkLinks(pages: SitePage[], files: ReadonlySet<string>): LinkReport {
  const byFile = new Map(pages.map((p) => [p.file, p]));
  const report: LinkReport = { pages: pages.length, links: 0, anchors: 0, broken: [] };
  for (const page of pages) {
    for (const ref of page.references) {
      const broken = (reason: string) => report.broken.push({ page: page.url, tag: ref.tag, attr: ref.attr, href: ref.value, reason });
      let url: URL;
      try {
        url = new URL(ref.value, ORIGIN + page.url);
      } catch {
        broken('not a valid URL');
        continue;
      }
      if (url.origin !== ORIGIN) continue;
      report.links += 1;
      const target = fileFor(url.pathname, files);
      if (!target) {
        broken(`no file in dist/ for ${url.pathname}`);
        continue;
      }
      // An empty fragment (“#”) means the top of the page in HTML: nothing to check.
      const fragment = url.hash.slice(1);
      if (!fragment) continue;
      report.anchors += 1;
      const targetPage = byFile.get(target);
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        broken(`fragment #${fragment} is not valid percent-encoding`);
        continue;
      }
      if (!targetPage) broken(`#${id} points into ${target}, which is not an HTML page`);
      else if (!targetPage.anchors.has(id) && id !== 'top') broken(`no element with id “${id}” on ${targetPage.url}`);
    }
  }
  return report;
}

/** The report as lines for a terminal: totals, then each broken link with its page. */
export function formatReport(report: LinkReport): string[] {
  const lines = [`[links] ${report.pages} pages, ${report.links} internal links, ${report.anchors} anchors checked, ${report.broken.length} broken`];
  for (const b of report.broken) lines.push(`  ${b.page}  <${b.tag} ${b.attr}="${b.href}">  ${b.reason}`);
  return lines;
}
