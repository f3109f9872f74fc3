// The open-data step of `npm run build`, after `astro build`: the downloads
// too large to build as Astro endpoints (measure-downloads.ts).
//
//   node scripts/build-site/open-data/write-downloads.ts [--content content] [--site dist]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeMeasureDownloads } from './measure-downloads.ts';

const { values } = parseArgs({
  options: { content: { type: 'string', default: process.env.POLICY_CONTENT_DIR ?? 'content' }, site: { type: 'string', default: 'dist' } },
});
const started = performance.now();
try {
  const s = await writeMeasureDownloads(path.resolve(values.content!), path.resolve(values.site!));
  console.log(
    `[open-data] /data/measures.json and .csv: ${s.measures} measures of ${s.documents} documents, ${(s.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  console.error(`[open-data] error: ${(error as Error).message}`);
  process.exit(1);
}
