// The read step's second half: every file that is not plain text is sniffed
// and read by its format's reader into lines with provenance, before the
// (synchronous, pure) pipeline sees it. Each reader runs in a process of its
// own with a heap limit and a deadline, so a file that makes a library loop
// or balloon costs only itself: it gets a diagnostic naming it, and the
// other files still convert. All problems are returned together.
//
// A process, not a worker thread: a worker past its heap limit is meant to
// end alone (ERR_WORKER_OUT_OF_MEMORY), but when one allocation overshoots
// the limit V8 aborts the whole process instead (seen here in one of three full test runs,
// with a 1 MB web page of a million paragraphs), and every other file
// of the run would be lost with it. A child process that aborts is only a
// child's exit. Its start is small beside reading a PDF or a workbook
// (scripts/bench/formats.ts); plain text never comes here.
import { type ChildProcess, fork } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { fatal, warning, type Diagnostic } from '../../diagnostics.ts';
import type { RawSource } from '../../model.ts';
import type { ReaderOptions, ReaderResult } from './extraction.ts';
import type { ReadableFormat } from './read-format.ts';
import { extensionFormat, sniffFormat, type SniffedFormat } from './sniff.ts';

export interface FormatLimits extends ReaderOptions {
  /** Wall time one file's reader may take. */
  timeoutMs: number;
  /** Heap one reader may grow to (its process is ended past it). */
  memoryMb: number;
  /** Readers running at once. */
  concurrency: number;
}

// A 100-page PDF reads in about a second here; a minute is room for a
// thousand pages, and still “within seconds” for a file that hangs.
export const FORMAT_LIMITS: FormatLimits = { timeoutMs: 60_000, memoryMb: 512, concurrency: Math.max(1, os.availableParallelism()) };

const NAMES: Record<SniffedFormat, string> = {
  text: 'plain text',
  pdf: 'a PDF',
  docx: 'a Word document (.docx)',
  xlsx: 'an Excel workbook (.xlsx)',
  html: 'a web page',
  'legacy-office': 'a Word or Excel 97–2003 file (.doc/.xls)',
  zip: 'a zip archive',
};

export async function extractFormats(raws: RawSource[], limits: Partial<FormatLimits> = {}): Promise<{ sources: RawSource[]; diagnostics: Diagnostic[] }> {
  const use = { ...FORMAT_LIMITS, ...limits };
  const diagnostics: Diagnostic[] = [];
  const jobs: { raw: RawSource; format: ReadableFormat; at: number }[] = [];
  const sources: (RawSource | null)[] = raws.map((raw, at) => {
    const format = sniffFormat(raw.bytes);
    const claimed = extensionFormat(raw.name);
    if (claimed && claimed !== format) {
      diagnostics.push(
        warning(raw.file, null, 'format/extension-mismatch', `named as ${NAMES[claimed]} but its bytes are ${NAMES[format]}: read as what the bytes are`),
      );
    }
    if (format === 'legacy-office') {
      diagnostics.push(
        fatal(raw.file, null, 'format/legacy-office', 'Word/Excel 97–2003 files (.doc, .xls) are not read: open it and save it as .docx or .xlsx'),
      );
      return null;
    }
    if (format === 'zip') {
      diagnostics.push(
        fatal(
          raw.file,
          null,
          'format/unknown-zip',
          'a zip archive that is neither a Word (.docx) nor an Excel (.xlsx) file: unpack it into the sources folder',
        ),
      );
      return null;
    }
    if (format === 'text') return raw;
    jobs.push({ raw, format, at });
    return null;
  });
  let next = 0;
  const work = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const result = await runReader(job.format, job.raw, use);
      diagnostics.push(...result.diagnostics);
      if (result.extraction) sources[job.at] = { ...job.raw, extraction: result.extraction };
    }
  };
  await Promise.all(Array.from({ length: Math.min(use.concurrency, jobs.length) }, work));
  return { sources: sources.filter((s): s is RawSource => s !== null), diagnostics: order(diagnostics, raws) };
}

/** Diagnostics in the order of the files, whatever order the workers finished in. */
function order(diagnostics: Diagnostic[], raws: RawSource[]): Diagnostic[] {
  const rank = new Map(raws.map((r, i) => [r.file, i]));
  return diagnostics
    .map((d, i) => [d, i] as const)
    .sort(([a, i], [b, j]) => (rank.get(a.file) ?? 0) - (rank.get(b.file) ?? 0) || i - j)
    .map(([d]) => d);
}

const CHILD = fileURLToPath(new URL('./extract-child.ts', import.meta.url));

function runReader(format: ReadableFormat, raw: RawSource, limits: FormatLimits): Promise<ReaderResult> {
  return new Promise((resolve) => {
    let settled = false;
    let stderr = '';
    const settle = (result: ReaderResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      resolve(result);
    };
    const failed = (ruleId: string, reason: string) => settle({ extraction: null, diagnostics: [fatal(raw.file, null, ruleId, reason)] });
    const outOfMemory = () =>
      failed(
        'format/out-of-memory',
        `reading it as ${NAMES[format]} needed more than ${limits.memoryMb} MB: stopped (the file may be damaged or built to exhaust memory)`,
      );
    const child: ChildProcess = fork(CHILD, [], {
      execArgv: [
        ...process.execArgv.filter((arg) => !/^--max-(old|semi)-space-size/.test(arg)),
        `--max-old-space-size=${limits.memoryMb}`,
        '--max-semi-space-size=16',
      ],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      // Kept short: only what tells a crash from an out-of-memory abort.
      if (stderr.length < 4096) stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(
      () =>
        failed(
          'format/timeout',
          `reading it as ${NAMES[format]} took longer than ${limits.timeoutMs / 1000} s: stopped (the file may be damaged or built to hang readers)`,
        ),
      limits.timeoutMs,
    );
    child.once('message', (result) => settle(result as ReaderResult));
    child.once('error', (error: Error) => failed(`${format}/reader-failed`, `the ${format} reader could not run (${error.message})`));
    // 'close', not 'exit': by then the channel is drained, so a result sent just before exiting is never mistaken for a crash.
    child.once('close', (code, signal) => {
      if (/heap out of memory|Reached heap limit/.test(stderr)) outOfMemory();
      else failed(`${format}/reader-failed`, `the ${format} reader stopped (${signal ?? `exit code ${code}`}) before it finished`);
    });
    child.send({ format, file: raw.file, bytes: raw.bytes, options: { ocr: limits.ocr } });
  });
}
