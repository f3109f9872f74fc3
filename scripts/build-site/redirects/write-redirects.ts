// The redirects step of `npm run build`, after `astro build`: writes
// `<site>/_redirects`, the file Cloudflare Pages and Netlify read, so an old
// unit address (content/moved-units.json) answers with a 301 to the body that
// holds its tasks now — its page and its CSV. The old page itself stays a
// meta refresh, for hosts that read no such file (and for Netlify, where a
// file at the path wins over a rule); a CSV has no such fallback.
//
//   node scripts/build-site/redirects/write-redirects.ts [--content content] [--site dist]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hostRedirects, unitRedirects } from '../../../src/domain/moved-units.ts';
import { movedUnitsSchema } from '../../../src/schemas/moved-unit.ts';
import { readMeasures } from '../../../src/site-data/measures.ts';
import { formatRedirects } from '../../site/redirects.ts';

const MOVED_FILE = path.resolve(import.meta.dirname, '../../../content/moved-units.json');

const { values } = parseArgs({
  options: { content: { type: 'string', default: process.env.POLICY_CONTENT_DIR ?? 'content' }, site: { type: 'string', default: 'dist' } },
});
const site = path.resolve(values.site!);
try {
  const measures = await readMeasures(path.join(path.resolve(values.content!), 'measures'));
  // A unit page is every body a measure names (src/domain/units.ts).
  const live = new Set(measures.flatMap((m) => m.bodies.map((b) => b.id)));
  const moved = movedUnitsSchema.parse(JSON.parse(readFileSync(MOVED_FILE, 'utf8')));
  const rules = hostRedirects(unitRedirects(moved, measures, live));
  // A rule that leads to no file would trade a stale page for a 404: the build stops instead.
  const missing = rules.filter((r) => !existsSync(path.join(site, r.to.endsWith('/') ? `${r.to}index.html` : r.to)));
  if (missing.length) throw new Error(`${missing.length} redirects lead to no file of ${site}, first ${missing[0]!.from} → ${missing[0]!.to}`);
  const comment = [
    'Written by scripts/build-site/redirects/write-redirects.ts from content/moved-units.json: do not edit.',
    'Unit addresses earlier builds published, whose body was since merged, re-placed or renamed, lead to the body that holds their tasks now.',
  ].join('\n');
  writeFileSync(path.join(site, '_redirects'), formatRedirects(rules, comment));
  console.log(
    `[redirects] _redirects: ${rules.length} rules for ${rules.length / 2} of ${moved.length} old unit addresses (the others list the bodies their tasks went to)`,
  );
} catch (error) {
  console.error(`[redirects] error: ${(error as Error).message}`);
  process.exit(1);
}
