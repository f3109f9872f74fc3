// Web page text: one paragraph per line, blank lines between some of them.
import type { Line } from '../model.ts';
import type { TextBlock } from './markers.ts';
import { tidySpaces } from './spacing.ts';
import { lineSpan } from './span.ts';

export function paragraphBlocks(lines: Line[]): TextBlock[] {
  return lines.filter((l) => l.text.trim() !== '').map((l) => ({ text: tidySpaces(l.text), span: lineSpan(l) }));
}
