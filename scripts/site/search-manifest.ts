// The search manifest of a built site as data (src/search/manifest.ts): the
// bundle list and every bundle's documents, read from disk as the browser
// reads them over the network.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  BUNDLE_DOCUMENTS,
  type BundleManifest,
  type BundleManifestWire,
  checkRootManifest,
  expandBundleManifest,
  MANIFEST_PATH,
  type RootManifest,
  type SearchBundle,
} from '../../src/search/manifest.ts';

const readGzipJson = (file: string): unknown => JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));

export function readRootManifest(site: string): RootManifest {
  return checkRootManifest(readGzipJson(path.join(site, MANIFEST_PATH)) as RootManifest);
}

export function readBundleManifest(site: string, bundle: SearchBundle): BundleManifest {
  return expandBundleManifest(readGzipJson(path.join(site, bundle.path, BUNDLE_DOCUMENTS)) as BundleManifestWire);
}

/** Every bundle with its documents, in the root manifest's order. */
export function readSearchManifest(site: string): { root: RootManifest; bundles: { bundle: SearchBundle; manifest: BundleManifest }[] } {
  const root = readRootManifest(site);
  return { root, bundles: root.bundles.map((bundle) => ({ bundle, manifest: readBundleManifest(site, bundle) })) };
}
