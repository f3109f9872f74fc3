// Cut each source into documents. The compilation holds many under
// province sections; every other layout is one document per file.
import { NORTHWEST, PROVINCES } from '../../../../src/domain/places.ts';
import { fatal, type Diagnostic } from '../diagnostics.ts';
import type { DocumentSlice, NormalizedSource } from '../model.ts';
import { splitCompilation } from '../layouts/compilation/split.ts';

export interface SplitResult {
  documents: DocumentSlice[];
  /** Province sections a compilation lists, including empty ones (青海（暂无）). */
  provinces: { name: string; empty: boolean; file: string }[];
  diagnostics: Diagnostic[];
}

const KNOWN_PROVINCES = [...new Set([...NORTHWEST, ...PROVINCES.map((p) => p.name)])];

export function splitDocuments(source: NormalizedSource, compilationName: string | null): SplitResult {
  const lines = source.lines;
  if (lines.length === 0) {
    return { documents: [], provinces: [], diagnostics: [fatal(source.file, 1, 'split/no-text', 'file has no text lines')] };
  }
  // A file's span ends on its last line with text: blank lines after it (and the empty one after a final
  // newline) are none of the document's, and a review found 石嘴山's ledger ending on line 188 of 187.
  const last = lines.findLast((l) => l.text.trim() !== '') ?? lines[lines.length - 1]!;
  const whole = {
    line: lines[0].n,
    endLine: last.n,
    page: lines[0].page,
    lastPage: last.page,
  };
  if (source.layout !== 'compilation') {
    return { documents: [{ source, lines, span: whole }], provinces: [], diagnostics: [] };
  }
  const split = splitCompilation(lines, source.file, KNOWN_PROVINCES, source.manifest?.continues);
  const diagnostics = [...split.diagnostics];
  if (split.documents.length === 0) {
    diagnostics.push(
      fatal(
        source.file,
        lines[0].n,
        'split/no-documents',
        'compilation holds no numbered document title ending in its date, e.g. “1. …的通知（2023 年6 月3 日）”',
      ),
    );
  }
  return {
    documents: split.documents.map((d) => ({
      source,
      lines: d.lines,
      span: d.span,
      title: d.title,
      titleDate: d.titleDate,
      titleSpan: d.titleSpan,
      compilationProvince: d.province,
      compilation: compilationName ?? split.chapter,
    })),
    provinces: split.provinces.map((p) => ({ name: p.name, empty: p.empty, file: source.file })),
    diagnostics,
  };
}
