// Read each document's structure with the reader for its layout.
// A reader that throws is a bug; it is reported against the document's first
// line and the other documents still convert.
import { fatal, type Diagnostic } from '../diagnostics.ts';
import { parseCompilationDocument } from '../layouts/compilation/document.ts';
import { parseLedger } from '../layouts/ledger.ts';
import { parseTaskTable } from '../layouts/task-table.ts';
import { parseWebNotice } from '../layouts/web-notice.ts';
import { parseWebPlan } from '../layouts/web-plan.ts';
import type { DocumentDraft, DocumentSlice, Layout } from '../model.ts';

const READERS: Record<Layout, (slice: DocumentSlice) => { value: DocumentDraft; diagnostics: Diagnostic[] }> = {
  'task-table': parseTaskTable,
  'web-notice': parseWebNotice,
  compilation: parseCompilationDocument,
  'web-plan': parseWebPlan,
  ledger: parseLedger,
};

export function parseStructure(slice: DocumentSlice): { value: DocumentDraft | null; diagnostics: Diagnostic[] } {
  try {
    return READERS[slice.source.layout](slice);
  } catch (error) {
    return {
      value: null,
      diagnostics: [
        fatal(
          slice.source.file,
          slice.span.line,
          'structure/reader-failed',
          `the ${slice.source.layout} reader failed on this document (${(error as Error).message}); other documents were still converted`,
          slice.title,
        ),
      ],
    };
  }
}
