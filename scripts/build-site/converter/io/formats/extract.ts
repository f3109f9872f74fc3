// The read step's second half: every file that is not plain text is sniffed
// and read by its format's reader into lines with provenance, before the
// (synchronous, pure) pipeline sees it. Each reader runs in a worker thread
// of its own with a heap limit and a deadline, so a file that makes a
// library loop or balloon costs only itself: it gets a diagnostic naming it,
// and the other files still convert. All problems are returned together.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { fatal, warning, type Diagnostic } from '../../diagnostics.ts';
import type { RawSource } from '../../model.ts';
import type { ReaderOptions, ReaderResult } from './extraction.ts';
import type { ReadableFormat } from './read-format.ts';
import { extensionFormat, sniffFormat, type SniffedFormat } from './sniff.ts';

export interface FormatLimits extends ReaderOptions {
  /** Wall time one file's reader may take. */
  timeoutMs: number;
  /** Heap one reader may grow to (the worker is ended past it). */
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

function runReader(format: ReadableFormat, raw: RawSource, limits: FormatLimits): Promise<ReaderResult> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: ReaderResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const failed = (ruleId: string, reason: string) => settle({ extraction: null, diagnostics: [fatal(raw.file, null, ruleId, reason)] });
    const worker = new Worker(new URL('./extract-worker.ts', import.meta.url), {
      workerData: { format, file: raw.file, bytes: raw.bytes, options: { ocr: limits.ocr } },
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 64 },
    });
    const timer = setTimeout(
      () =>
        failed(
          'format/timeout',
          `reading it as ${NAMES[format]} took longer than ${limits.timeoutMs / 1000} s: stopped (the file may be damaged or built to hang readers)`,
        ),
      limits.timeoutMs,
    );
    worker.once('message', (result: ReaderResult) => settle(result));
    worker.once('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
        failed(
          'format/out-of-memory',
          `reading it as ${NAMES[format]} needed more than ${limits.memoryMb} MB: stopped (the file may be damaged or built to exhaust memory)`,
        );
      else failed(`${format}/reader-failed`, `the ${format} reader failed (${error.message})`);
    });
    worker.once('exit', (code) => failed(`${format}/reader-failed`, `the ${format} reader stopped with exit code ${code} before it finished`));
  });
}
