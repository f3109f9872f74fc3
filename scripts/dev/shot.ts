// Developer aid: screenshot a page of the built site.
//   node scripts/dev/shot.ts /path/ out.png [width]
import { launchBrowser } from '../site/browser.ts';
import { serveDist } from '../site/serve.ts';

const [urlPath = '/', out = 'shot.png', width = '1280'] = process.argv.slice(2);
const { server, origin } = await serveDist();
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(`${origin}${urlPath}`);
await page.screenshot({ path: out, fullPage: false });
await browser.close();
server.close();
