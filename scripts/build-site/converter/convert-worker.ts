// One shard of source files, converted in a worker thread (see parallel.ts):
// the bytes of each file as it is done (for the progress line), then the result.
import { parentPort, workerData } from 'node:worker_threads';
import type { RawSource } from './model.ts';
import { convert } from './pipeline.ts';

const { raws, manifest, options } = workerData;
const onFile = (raw: RawSource) => parentPort!.postMessage({ progress: raw.bytes.length });
parentPort!.postMessage({ result: convert(raws, manifest, { ...options, onFile }) });
