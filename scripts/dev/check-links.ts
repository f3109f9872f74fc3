// node scripts/check-links.ts [--dist DIR]
// Checks every internal link and #fragment of the built site; prints totals
// and every broken link with the page it is on; exits 1 when any is broken.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkLinks, formatReport } from '../site/links.ts';
import { filesUnder, readSite } from '../site/pages.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { dist: { type: 'string', default: path.join(root, 'dist') } } });
const dist = path.resolve(values.dist!);

const pages = readSite(dist);
const files = new Set(filesUnder(dist).map((f) => f.split(path.sep).join('/')));
const report = checkLinks(pages, files);
for (const line of formatReport(report)) console.log(line);
process.exitCode = report.broken.length > 0 ? 1 : 0;
