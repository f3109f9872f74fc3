// Progress of a long loop (converting files, indexing pages, benchmark
// phases). On a terminal: one line rewritten in place with counts, percent and
// an estimate of the time left. Elsewhere (CI, a pipe, a log file): a plain
// line every so often, and none for a run shorter than that, so logs stay
// short and readable. The estimate assumes the rest goes at the average pace
// so far, which is why work is counted in what it costs (bytes, not files).

export interface ProgressOptions {
  /** Printed first on every line: `[ingest] converting`. */
  label: string;
  /** Units of work in all (bytes, pages, phases). */
  total: number;
  /** How far along, as a reader counts it: `120/500 files`. Defaults to `done/total`. */
  count?: (done: number) => string;
  stream?: NodeJS.WriteStream;
  /** Rewrite one line in place; default: the stream is a terminal and CI is not set. */
  interactive?: boolean;
  /** Between plain lines when not interactive. */
  plainEveryMs?: number;
  now?: () => number;
}

/** `1 h 02 min`, `3 min 05 s`, `42 s`. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s >= 3600) return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
  if (s >= 60) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${s} s`;
}

/** Time left at the average pace so far; unknown until some work is done. */
export function timeLeft(done: number, total: number, elapsedMs: number): number | undefined {
  if (done <= 0 || elapsedMs <= 0) return undefined;
  return (elapsedMs / done) * Math.max(0, total - done);
}

export class Progress {
  private readonly started: number;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private lastPlain: number;
  private readonly stream: NodeJS.WriteStream;
  private readonly interactive: boolean;
  private readonly now: () => number;
  private readonly options: ProgressOptions;

  constructor(options: ProgressOptions) {
    this.options = options;
    this.now = options.now ?? (() => performance.now());
    // Standard output, beside the stage lines: standard error is for the problems a run reports.
    this.stream = options.stream ?? process.stdout;
    this.interactive = options.interactive ?? (Boolean(this.stream.isTTY) && !process.env.CI);
    this.started = this.now();
    this.lastPlain = this.started;
  }

  /** The line for `done` units: label, count, percent and time left. */
  line(done: number): string {
    const { label, total, count } = this.options;
    const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
    const left = timeLeft(done, total, this.now() - this.started);
    return `${label} ${count ? count(done) : `${done}/${total}`} · ${percent}% · ${left === undefined ? 'estimating time left' : `about ${formatDuration(left)} left`}`;
  }

  update(done: number): void {
    const now = this.now();
    if (this.interactive) {
      // Ten redraws a second at most: a terminal is slower than a tight loop.
      if (now - this.lastDraw < 100 && done < this.options.total) return;
      this.lastDraw = now;
      this.stream.write(`\r${this.line(done)}\x1b[K`);
    } else if (now - this.lastPlain >= (this.options.plainEveryMs ?? 15_000)) {
      this.lastPlain = now;
      this.stream.write(`${this.line(done)}\n`);
    }
  }

  /** A line of its own (a stage starting) printed above the live line, which is drawn again under it. */
  log(line: string, done: number): void {
    if (this.interactive && this.lastDraw > Number.NEGATIVE_INFINITY) this.stream.write('\r\x1b[K');
    this.stream.write(`${line}\n`);
    if (this.interactive) {
      this.lastDraw = this.now();
      this.stream.write(`${this.line(done)}\x1b[K`);
    }
  }

  /** Clears the live line; the caller prints its own summary. */
  finish(): void {
    if (this.interactive && this.lastDraw > Number.NEGATIVE_INFINITY) this.stream.write('\r\x1b[K');
  }
}
