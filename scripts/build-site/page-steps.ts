// The steps of `npm run build` that read the pages Astro wrote — the chart
// downloads, the measure downloads, the search index, the host's redirects —
// run side by side, each in a process of its own as before (so each step's
// memory is its own and ends with it). Side by side because none reads what
// another writes (chart files go beside their pages, /data/ and /pagefind/
// are their own folders, _redirects is one file; the chart step reads only
// .html) and because one after another they leave a core idle: Pagefind's
// indexer keeps about one core busy (110% CPU at 10×) while the chart workers
// keep two (189%), so at 100× a third of the build ran on one core. Every
// step runs to its end even when another fails, so one run reports every
// failure; the exit status is non-zero if any failed.
//
//   node scripts/build-site/page-steps.ts [--site dist] [--content content] [--figures FILE]
//
// --figures writes each step's wall time and peak memory (its process tree)
// as JSON, for the benchmark.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type RunFigures, runMeasured } from './process-tree.ts';

const root = path.resolve(import.meta.dirname, '../..');

export interface PageStep {
  /** As the step prefixes its own lines: `charts`, `open-data`, `search`. */
  name: string;
  /** Node's arguments: the script, then its own. */
  args: string[];
}

interface Sink {
  write(text: string): unknown;
}

export type StepFigures = Pick<RunFigures, 'ms' | 'peakMb' | 'status'>;

export function pageSteps(site: string, content: string): PageStep[] {
  return [
    // First: the longest, started first.
    { name: 'charts', args: ['scripts/build-site/charts/write-downloads.ts', '--site', site] },
    { name: 'search', args: ['scripts/build-site/search/build-index.ts', '--site', site] },
    { name: 'open-data', args: ['scripts/build-site/open-data/write-downloads.ts', '--content', content, '--site', site] },
    { name: 'redirects', args: ['scripts/build-site/redirects/write-redirects.ts', '--content', content, '--site', site] },
  ];
}

/** Passes whole lines on, so two steps' output never mixes within a line. */
function lineWriter(write: (text: string) => void): { push: (chunk: string) => void; end: () => void } {
  let partial = '';
  return {
    push(chunk) {
      const text = partial + chunk;
      const cut = text.lastIndexOf('\n') + 1;
      if (cut) write(text.slice(0, cut));
      partial = text.slice(cut);
    },
    end() {
      if (partial) write(`${partial}\n`);
      partial = '';
    },
  };
}

/** Runs the steps at once, showing their output as it comes; resolves with each step's figures. */
export async function runPageSteps(steps: PageStep[], stdout: Sink = process.stdout, stderr: Sink = process.stderr): Promise<Map<string, StepFigures>> {
  const results = await Promise.all(
    steps.map(async (step) => {
      const out = lineWriter((text) => stdout.write(text));
      const err = lineWriter((text) => stderr.write(text));
      const run = await runMeasured(process.execPath, step.args, {
        cwd: root,
        echo: (chunk, stream) => (stream === 'stdout' ? out : err).push(chunk),
      });
      out.end();
      err.end();
      return [step.name, { ms: run.ms, peakMb: run.peakMb, status: run.status }] as const;
    }),
  );
  return new Map(results);
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', default: 'dist' },
      content: { type: 'string', default: process.env.POLICY_CONTENT_DIR ?? 'content' },
      figures: { type: 'string' },
    },
  });
  const started = performance.now();
  const figures = await runPageSteps(pageSteps(path.resolve(values.site!), path.resolve(values.content!)));
  const failed = [...figures].filter(([, f]) => f.status !== 0).map(([name]) => name);
  const cell = ([name, f]: [string, StepFigures]) => `${name} ${(f.ms / 1000).toFixed(1)} s${f.peakMb === null ? '' : ` · ${f.peakMb} MB`}`;
  console.log(`[build] page steps side by side in ${((performance.now() - started) / 1000).toFixed(1)} s: ${[...figures].map(cell).join(', ')}`);
  if (values.figures) writeFileSync(values.figures, `${JSON.stringify(Object.fromEntries(figures), null, 2)}\n`);
  if (failed.length) {
    console.error(`[build] error: ${failed.join(', ')} failed (their messages are above)`);
    process.exit(1);
  }
}
