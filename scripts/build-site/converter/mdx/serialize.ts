// mdast → MDX text, through a unified processor: remark-stringify with the
// syntax extensions the page is written in (frontmatter, MDX, GFM tables by
// remark-gfm). Source text is data, never code: the serializer escapes
// { } < > and Markdown syntax by its table of unsafe patterns, and two more
// patterns here stop a line that begins with `import` or `export` from being
// read as JavaScript (MDX takes such a line as ESM).
import type { Root } from 'mdast';
import type { Options } from 'mdast-util-to-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const ESM_LINE: Options['unsafe'] = [
  // Written as a character reference (&#x69;mport), which MDX reads as text.
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
];

/**
 * ASCII punctuation that every unsafe pattern of Markdown, GFM or MDX
 * involves (letters and digits matter only next to it, or as import/export
 * opening a line). Most Chinese text has none of them (its
 * punctuation is full-width), and such text is written as is: checking every
 * pattern against it costs most of the serializer's time and can change nothing.
 */
const MAYBE_UNSAFE = /[\t\n\r!"#$%&'()*+\-./:;<=>?@[\\\]^_`{|}~]|^ | $|^(import|export)/;

const FAST_TEXT: Options['handlers'] = {
  text(node, _parent, state, info) {
    return MAYBE_UNSAFE.test(node.value) ? state.safe(node.value, info) : node.value;
  },
};

const processor = unified()
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkStringify, {
    bullet: '-',
    rule: '-',
    fences: true,
    // MDX has no <autolinks>: every link is written [text](url).
    resourceLink: true,
    unsafe: ESM_LINE,
    handlers: FAST_TEXT,
  })
  .freeze();

export function serializeMdx(tree: Root): string {
  return processor.stringify(tree);
}
