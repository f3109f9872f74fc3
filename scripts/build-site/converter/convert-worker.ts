// One shard of source files, converted in a worker thread (see parallel.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { convert } from './pipeline.ts';

const { raws, manifest, options } = workerData;
parentPort!.postMessage(convert(raws, manifest, options));
