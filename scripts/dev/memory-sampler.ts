// Loaded with `node --import` into a process to profile (astro-memory.ts):
// every 3 s, one line of process.memoryUsage() in MB to the file named by
// MEMORY_SAMPLES. The heap and what lies outside it (native, buffers) apart.
import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.MEMORY_SAMPLES;
if (file && isMainThread) {
  const mb = (n: number) => Math.round(n / 1048576);
  setInterval(() => {
    const m = process.memoryUsage();
    appendFileSync(
      file,
      `${JSON.stringify({ t: Math.round(performance.now()), rss: mb(m.rss), heapUsed: mb(m.heapUsed), heapTotal: mb(m.heapTotal), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers) })}\n`,
    );
  }, 3000).unref();
}
