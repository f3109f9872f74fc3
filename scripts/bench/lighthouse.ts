// node scripts/bench/lighthouse.ts [--desktop] [--runs 3] [--pages /,/search/?q=…] [--json FILE]
// Lighthouse's four categories (performance, accessibility, best practices,
// SEO) on the built site, served as a host serves it: gzipped, with the
// headers of public/_headers (scripts/site/serve.ts), in Debian's Chromium.
// Pages: the home, the largest document page, the largest theme comparison,
// the largest reform page and a search with results — the worst case of each
// kind, picked from dist/. Each page is measured --runs times and the run with
// the median performance score is reported (as Lighthouse's docs advise: on a
// shared machine total blocking time swings with the load). Prints the scores
// and every failing audit; exits 1 when a category scores below --min (95).
// Run `npm run build` first.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromiumPath } from '../site/browser.ts';
import { readSite, type SitePage } from '../site/pages.ts';
import { dist, serveDist } from '../site/serve.ts';

const { values } = parseArgs({
  options: {
    desktop: { type: 'boolean', default: false },
    pages: { type: 'string' },
    min: { type: 'string', default: '95' },
    runs: { type: 'string', default: '3' },
    json: { type: 'string' },
  },
});
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const SEARCH = '/search/?q=%E5%B8%A6%E6%8A%BC%E8%BF%87%E6%88%B7'; // 带押过户: a reform with results in several documents

function largest(pages: SitePage[], pattern: RegExp): string {
  const matching = pages.filter((p) => pattern.test(p.url));
  if (matching.length === 0) throw new Error(`no page in dist/ matches ${pattern}: was the site built?`);
  return matching.reduce((a, b) => (b.bytes > a.bytes ? b : a)).url;
}

function defaultPages(): string[] {
  const pages = readSite(dist);
  return ['/', largest(pages, /^\/documents\/[^/]+\/$/), largest(pages, /^\/compare\/(?!matrix\/)[^/]+\/$/), largest(pages, /^\/reforms\/[^/]+\/$/), SEARCH];
}

/** What a failing audit points at (an element, a URL, a message), the first few, so the line says where to look. */
function itemsOf(details: unknown): string[] {
  // Insights carry tables and trees rather than a list of culprits: their title and value say enough.
  const { type, items = [] } = (details ?? {}) as { type?: string; items?: Record<string, unknown>[] };
  if (type !== 'table' && type !== 'list' && type !== 'debugdata') return [];
  return items.slice(0, 3).map((item) => {
    if (!item || typeof item !== 'object' || 'headings' in item) return '';
    const node = item.node as { snippet?: string; selector?: string } | undefined;
    return String(node?.snippet ?? node?.selector ?? item.description ?? item.url ?? item.source ?? JSON.stringify(item)).slice(0, 200);
  });
}

interface PageReport {
  url: string;
  scores: Record<string, number>;
  failing: { category: string; id: string; title: string; score: number; value: string; items: string[]; weight: number }[];
  metrics: Record<string, string>;
}

const urls = values.pages ? values.pages.split(',') : defaultPages();
const { server, origin } = await serveDist();
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  // As root (CI, containers) Chromium needs --no-sandbox; the pages are our own.
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const reports: PageReport[] = [];
try {
  for (const url of urls) {
    const runs = [];
    for (let i = 0; i < Number(values.runs); i++) {
      const run = await lighthouse(
        origin + url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        values.desktop ? desktopConfig : undefined,
      );
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (run.lhr.runtimeError) throw new Error(`${url}: ${run.lhr.runtimeError.code} ${run.lhr.runtimeError.message}`);
      runs.push(run.lhr);
    }
    const performance = runs.map((r) => r.categories.performance?.score ?? 0);
    const lhr = [...runs].sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0))[Math.floor(runs.length / 2)]!;
    const report: PageReport = { url, scores: {}, failing: [], metrics: {} };
    for (const id of CATEGORIES) {
      const category = lhr.categories[id]!;
      report.scores[id] = Math.round((category.score ?? 0) * 100);
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id]!;
        // Lighthouse counts a numeric or binary audit as passed from 0.9 up; informative and manual audits have no score.
        if (audit.score === null || audit.score >= 0.9 || !['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
        report.failing.push({
          category: id,
          id: ref.id,
          title: audit.title,
          score: audit.score,
          value: audit.displayValue ?? '',
          items: ref.id.endsWith('-insight') ? [] : itemsOf(audit.details),
          weight: ref.weight,
        });
      }
    }
    for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
      report.metrics[id] = lhr.audits[id]?.displayValue ?? '?';
    }
    reports.push(report);
    console.log(`\n${url}${runs.length > 1 ? `  (median of ${runs.length} runs; performance ${performance.map((p) => Math.round(p * 100)).join(', ')})` : ''}`);
    console.log(`  ${CATEGORIES.map((c) => `${c} ${report.scores[c]}`).join(' · ')}`);
    console.log(
      `  FCP ${report.metrics['first-contentful-paint']} · LCP ${report.metrics['largest-contentful-paint']} · TBT ${report.metrics['total-blocking-time']} · CLS ${report.metrics['cumulative-layout-shift']} · SI ${report.metrics['speed-index']}`,
    );
    for (const f of report.failing) {
      // Weight 0: advice (Lighthouse's insights) that does not count towards the category's score.
      console.log(`  ${f.weight > 0 ? 'failing' : 'advice '} [${f.category}] ${f.id}: ${f.title}${f.value ? ` (${f.value})` : ''} score ${f.score}`);
      for (const item of f.items.filter(Boolean)) console.log(`      ${item}`);
    }
  }
} finally {
  chrome.kill();
  server.close();
}

if (values.json) writeFileSync(values.json, `${JSON.stringify(reports, null, 2)}\n`);
const min = Number(values.min);
const below = reports.flatMap((r) => CATEGORIES.filter((c) => r.scores[c]! < min).map((c) => `${r.url} ${c} ${r.scores[c]}`));
console.log(
  `\n${values.desktop ? 'desktop' : 'mobile'} preset · ${reports.length} pages · ${below.length ? `below ${min}: ${below.join('; ')}` : `every category ≥ ${min}`}`,
);
process.exitCode = below.length ? 1 : 0;
