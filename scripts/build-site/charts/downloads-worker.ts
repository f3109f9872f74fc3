// One batch of chart PNGs, drawn in a worker thread that then ends (see downloads.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { drawPngs, type PngJob } from './downloads.ts';
import { loadChartFonts } from './fonts.ts';

const { dist, jobs } = workerData as { dist: string; jobs: PngJob[] };
parentPort!.postMessage(await drawPngs(dist, jobs, loadChartFonts()));
