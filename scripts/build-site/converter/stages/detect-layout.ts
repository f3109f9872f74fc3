// Choose the reader for a file: the manifest's word, else the text's
// own signs. A file that shows none of the known layouts is refused by name.
import { fatal, type Diagnostic } from '../diagnostics.ts';
import type { Layout, Line, SourceText } from '../model.ts';
import { PAGE_MARKER } from './normalize.ts';
import { MARKER_PATTERNS } from '../text/markers.ts';

export function detectLayout(source: SourceText, lines: Line[]): { value: Layout | null; diagnostics: Diagnostic[] } {
  if (source.manifest) return { value: source.manifest.layout, diagnostics: [] };
  const text = source.text;
  const sample = lines.slice(0, 400);
  let layout: Layout | null = null;
  // Page markers are how a compilation's extracted text shows its pages; text a reader extracted has none.
  if (source.format === 'text' && text.split('\n').some((l) => PAGE_MARKER.test(l.trim()))) layout = 'compilation';
  else if (sample.some((l) => /^序号\t/.test(l.text) && l.text.split('\t').length >= 4)) layout = 'task-table';
  else if (/当前位置|索引号|主动公开/.test(text.slice(0, 2000)) && /\d[)）]/.test(text)) layout = 'web-notice';
  else if (/台账/.test(text.slice(0, 400)) && /责任部门/.test(text.slice(0, 1200))) layout = 'ledger';
  else if (sample.some((l) => MARKER_PATTERNS.some(({ pattern }) => pattern.test(l.text)))) layout = 'web-plan';

  if (layout) return { value: layout, diagnostics: [] };
  const first = lines.find((l) => l.text.trim() !== '');
  return {
    value: null,
    diagnostics: [
      fatal(
        source.file,
        first?.n ?? 1,
        'layout/unknown',
        'cannot tell the layout: no page markers, no 序号 table header, no numbered items (一、（一）1.). Add a manifest entry naming its layout',
        first?.text,
      ),
    ],
  };
}
