// The converter on one input in a worker thread with a hard time limit: a
// catastrophic regex or a quadratic loop is stopped and reported as a failed
// test, where on the test's own thread it would hang the whole run (a vitest
// timeout cannot interrupt synchronous code).
import { Worker } from 'node:worker_threads';

/** What the tests look at: per document, its measures' target counts. */
export interface ConversionSummary {
  documents: { measures: number; targets: number[] }[];
}

export function convertWithin(text: string, limitMs: number): Promise<ConversionSummary> {
  const worker = new Worker(new URL('./timed-convert-worker.ts', import.meta.url), { workerData: { text } });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`the converter took longer than ${limitMs} ms on this input and was stopped`));
    }, limitMs);
    worker.once('message', (summary: ConversionSummary) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(summary);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
