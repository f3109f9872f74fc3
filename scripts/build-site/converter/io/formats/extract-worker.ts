// One file read by its format's reader, in a worker thread (see extract.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { readFormat } from './read-format.ts';

const { format, file, bytes, options } = workerData;
parentPort!.postMessage(await readFormat(format, file, bytes, options));
