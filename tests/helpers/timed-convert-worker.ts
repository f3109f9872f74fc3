// Worker side of timed-convert.ts: converts one text and posts a summary.
import { parentPort, workerData } from 'node:worker_threads';
import { convert } from '../../scripts/build-site/converter/pipeline.ts';

const { text } = workerData as { text: string };
const result = convert([{ file: 'sources/x.txt', name: 'x.txt', bytes: new TextEncoder().encode(text) }], null);
parentPort!.postMessage({ documents: result.documents.map((d) => ({ measures: d.measures.length, targets: d.measures.map((m) => m.targets.length) })) });
