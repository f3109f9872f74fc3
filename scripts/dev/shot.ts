// Developer aid: screenshot a built page. node scripts/dev/shot.ts /path/ out.png [width]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
const [urlPath, out, width = '1280'] = process.argv.slice(2);
const dist = path.resolve('dist');
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
const server = createServer(async (req, res) => {
  let file = path.join(dist, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
  try { if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html'); res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }); res.end(await readFile(file)); }
  catch { res.writeHead(404); res.end(); }
}).listen(0);
const port = (server.address() as { port: number }).port;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(`http://127.0.0.1:${port}${urlPath}`);
await page.screenshot({ path: out, fullPage: false });
await browser.close();
server.close();
