// What the PDF reader builds from positioned text items: pieces of a line
// (a wide gap parts two) and the visual lines they make.

export interface Segment {
  x0: number;
  x1: number;
  text: string;
  /** A space ended the piece: where the line wraps there, the space separated two words (市市场监管局 市税务局). */
  spaceAfter?: boolean;
}

export interface VisualLine {
  page: number;
  y: number;
  size: number;
  x0: number;
  x1: number;
  segments: Segment[];
}

/** A Latin letter or digit ends the text: a space separates it from the next word. */
export const WORD_CHAR = /[A-Za-z0-9]$/;

export const lineText = (line: VisualLine, join: string) => line.segments.map((s) => s.text).join(join);
