// Peak memory of the Pagefind binary, which the Node API runs as a child
// process. Linux only (reads /proc); elsewhere it reports nothing.
import { readdirSync, readFileSync } from 'node:fs';

function childPids(): number[] {
  const pids: number[] = [];
  try {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        // Fields after the command name, which may hold spaces: state, ppid, …
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid === process.pid) pids.push(Number(name));
      } catch {
        // The process ended while we looked.
      }
    }
  } catch {
    // No /proc.
  }
  return pids;
}

/** Samples the children's peak resident memory (VmHWM) until `stop()`, which returns it in MB (null when unknown). */
export function watchChildMemory(intervalMs = 100): { stop: () => number | null } {
  let peakKb = 0;
  const sample = () => {
    for (const pid of childPids()) {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (match) peakKb = Math.max(peakKb, Number(match[1]));
      } catch {
        // The process ended while we looked.
      }
    }
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      sample();
      clearInterval(timer);
      return peakKb ? Math.round(peakKb / 1024) : null;
    },
  };
}
