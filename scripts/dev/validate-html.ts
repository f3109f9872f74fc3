// node scripts/dev/validate-html.ts [--all]
// html-validate's recommended rules (configured in .htmlvalidate.mjs) over
// one built page of every route in src/pages — its largest, where most of
// what the route can draw is drawn — or every page with --all. Prints each problem with its page, line and rule,
// and exits 1 if there is any. Run `npm run build` first.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FileSystemConfigLoader, formatterFactory, HtmlValidate, type Report, Reporter } from 'html-validate';
import { filesUnder } from '../site/pages.ts';
import { dist, root } from '../site/serve.ts';

const { values } = parseArgs({ options: { all: { type: 'boolean', default: false } } });

interface Route {
  /** The page module, relative to src/pages. */
  file: string;
  /** Matches the dist/ paths it builds. */
  pattern: RegExp;
  /** Per segment: 0 static, 1 [param], 2 [...rest]; lower wins, as Astro ranks routes. */
  rank: number[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The routes of src/pages that build HTML (.astro pages; .ts endpoints build data). */
function htmlRoutes(): Route[] {
  const pagesDir = path.join(root, 'src/pages');
  const files = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'));
  return files
    .map((file) => {
      const segments = file.replace(/\.astro$/, '').split(path.sep);
      if (segments.at(-1) === 'index') segments.pop();
      const special = segments.length === 1 && /^\d{3}$/.test(segments[0]!); // 404.astro builds 404.html
      const parts = segments.map((s) => (s.startsWith('[...') ? '(?:.+/)?' : s.startsWith('[') ? '[^/]+/' : `${escapeRegExp(s)}/`));
      const pattern = special ? new RegExp(`^${segments[0]}\\.html$`) : new RegExp(`^${parts.join('')}index\\.html$`);
      return { file, pattern, rank: segments.map((s) => (s.startsWith('[...') ? 2 : s.startsWith('[') ? 1 : 0)) };
    })
    .sort((a, b) => {
      for (let i = 0; i < Math.max(a.rank.length, b.rank.length); i++) {
        const d = (a.rank[i] ?? -1) - (b.rank[i] ?? -1);
        if (d !== 0) return d;
      }
      return a.file.localeCompare(b.file);
    });
}

const routes = htmlRoutes();
const pages = filesUnder(dist)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.split(path.sep).join('/'));
const byRoute = new Map<string, string[]>(routes.map((r) => [r.file, []]));
for (const page of pages) {
  const route = routes.find((r) => r.pattern.test(page));
  if (route) byRoute.get(route.file)!.push(page);
  else console.log(`no route of src/pages builds ${page}`);
}
const chosen = routes.flatMap((r) => {
  const built = byRoute.get(r.file)!;
  if (built.length === 0) console.log(`${r.file}: no page built from this route by the current corpus`);
  const largest = built.reduce<string | undefined>((a, b) => (a && statSync(path.join(dist, a)).size >= statSync(path.join(dist, b)).size ? a : b), undefined);
  return values.all ? built : largest ? [largest] : [];
});

const validator = new HtmlValidate(new FileSystemConfigLoader());
const reports: Report[] = [];
for (const page of chosen) reports.push(await validator.validateFile(path.join(dist, page)));
const report = Reporter.merge(reports);
const output = formatterFactory('stylish')(report.results);
if (output.trim()) console.log(output);
console.log(
  `html-validate: ${chosen.length} pages of ${routes.length} routes · ${report.errorCount} errors · ${report.warningCount} warnings (rules: .htmlvalidate.mjs)`,
);
process.exitCode = report.valid ? 0 : 1;
