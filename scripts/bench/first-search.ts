// Bytes a reader downloads for a first search, in a fresh Chromium context:
// the search page, Pagefind's runtime, the manifest, index chunks, passages.
import { firstQueryBytes, type Bytes } from '../search/browser-run.ts';
import { launchBrowser, serveDist } from '../../tests/e2e/harness.ts';

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
