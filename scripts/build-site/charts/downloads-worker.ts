// The chart downloads of one share of the pages, written in a worker thread (see downloads.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { writePages } from './downloads.ts';
import { loadChartFonts } from './fonts.ts';

const { dist, files } = workerData as { dist: string; files: string[] };
parentPort!.postMessage(writePages(dist, files, loadChartFonts()));
