// Bytes a reader downloads for a first search, in a fresh Chromium context:
// the search page, Pagefind's runtime, the manifest, index chunks, passages.
import { firstQueryBytes, type Bytes } from '../site/search-run.ts';
import { launchBrowser } from '../site/browser.ts';
import { serveDist } from '../site/serve.ts';

export async function firstSearchBytes(dist: string, query: string): Promise<Bytes> {
  const { server, origin, log } = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    return await firstQueryBytes(browser, origin, log, query);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
