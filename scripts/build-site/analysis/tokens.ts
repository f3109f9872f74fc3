// Character bigrams of a Chinese text are the unit of similarity (similarity.ts). Words would
// need a segmenter whose cuts differ between documents (国务院 → 国务/院);
// bigrams of Han characters compare like with like, and numbers and
// punctuation, which differ between otherwise identical measures, drop out.

/** An item number opening a measure (一、（二）3. (4)): numbering, not content. */
const LEADING_LABEL = /^\s*(?:[（(][一二三四五六七八九十百零〇\d]+[)）]|[一二三四五六七八九十百零〇]+[、.．]|\d+[、.．)）])/;

/** The runs of Han characters in a text, its item number aside: all that bigrams see of it. */
export function hanRuns(text: string): string[] {
  return text.replace(LEADING_LABEL, '').match(/[\u3400-\u9fff]+/g) ?? [];
}
