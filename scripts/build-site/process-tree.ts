// Runs a command and measures it from outside: wall time and the peak memory
// of its whole process tree (Astro's workers, Pagefind's binary), sampled
// from /proc. Linux only for memory; elsewhere memory is reported as null.
// Used by the build's page steps (page-steps.ts) and by the benchmarks.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface RunFigures {
  ms: number;
  /** Highest sum of resident memory over the tree at any sample, in MB. */
  peakMb: number | null;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Parent pid of every running process. */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces; fields after its ')' are state, ppid, …
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

function treeRssKb(root: number): number {
  const children = parents();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) total += Number(match[1]);
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  sampleMs?: number;
  /** Each chunk of output as it comes, besides keeping it (a build shows its steps' progress). */
  echo?: (chunk: string, stream: 'stdout' | 'stderr') => void;
}

export function runMeasured(command: string, args: string[], options: RunOptions): Promise<RunFigures> {
  const hasProc = (() => {
    try {
      readdirSync('/proc/self');
      return true;
    } catch {
      return false;
    }
  })();
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      options.echo?.(chunk, 'stdout');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      options.echo?.(chunk, 'stderr');
    });
    let peakKb = 0;
    const timer = hasProc ? setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(child.pid!))), options.sampleMs ?? 150) : null;
    child.on('error', reject);
    child.on('close', (status) => {
      if (timer) clearInterval(timer);
      resolve({ ms: performance.now() - started, peakMb: hasProc ? Math.round(peakKb / 1024) : null, status, stdout, stderr });
    });
  });
}
