// Small text repairs shared by the layout readers.

/** Visual width on a PDF line: Han characters and full-width punctuation count 1, ASCII ½. */
export function visualWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return width;
}

const ASCII_WORD = /[A-Za-z0-9]$/;
const ASCII_START = /^[A-Za-z0-9]/;

/** Join wrapped lines: Chinese has no spaces between words, English does. */
export function joinWrapped(parts: string[]): string {
  let out = '';
  for (const part of parts) {
    const text = part.trim();
    if (!text) continue;
    out += out && /[A-Za-z]$/.test(out) && /^[A-Za-z]/.test(text) ? ` ${text}` : text;
  }
  return out;
}

/**
 * Spaces that extraction put between characters (2023 年6 月, 银川市营 商环境)
 * are removed; a space stays only between two ASCII words (REITs 项目 keeps
 * none, “Ukey 40” keeps one).
 */
export function tidySpaces(text: string): string {
  return text
    .replace(/ +/g, ' ')
    .replace(/(.) (?=(.))/g, (whole, before: string, after: string) => (ASCII_WORD.test(before) && ASCII_START.test(after) ? whole : before))
    .trim();
}
