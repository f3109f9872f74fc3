// The chart step of `npm run build`: every chart of the built site as an SVG
// and a PNG beside its page (downloads.ts). Run after `astro build`, in a
// process of its own, so the pages' memory is gone before the drawing starts.
//
//   node scripts/build-site/charts/write-downloads.ts [--site dist]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeChartDownloads } from './downloads.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const site = path.resolve(values.site!);
try {
  const s = await writeChartDownloads(site);
  console.log(
    `[charts] ${s.charts} charts on ${s.pages} pages → SVG and PNG (${(s.bytes / 1048576).toFixed(1)} MB) in ${(s.ms / 1000).toFixed(1)} s on ${s.threads} threads`,
  );
} catch (error) {
  console.error(`[charts] error: ${(error as Error).message}`);
  process.exit(1);
}
