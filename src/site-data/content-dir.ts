// Where `npm run ingest` wrote its output; another corpus is built with
// POLICY_CONTENT_DIR (README, “Quick start”). Read by the collections config
// and by the measure store, at build time only.
import path from 'node:path';

export const contentDir = path.resolve(process.env.POLICY_CONTENT_DIR ?? './content');
