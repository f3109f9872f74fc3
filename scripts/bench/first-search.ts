// Bytes a reader downloads for a first search, in a fresh Chromium context:
// the search page, Pagefind's runtime, the manifest, index chunks, passages.
import { firstQueryBytes } from '../search/browser-run.ts';
import { launchBrowser, serveDist } from '../../tests/e2e/harness.ts';

export async function firstSearchBytes(dist: string, query: string): Promise<number> {
  const { server, origin, log } = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    return (await firstQueryBytes(browser, origin, log, query)).total;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
