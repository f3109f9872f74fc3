// mdast → MDX text. Source text is data, never code: the MDX serializer
// escapes { } < > and Markdown syntax by its table of unsafe patterns, and
// two more patterns here stop a line that begins with `import` or `export`
// from being read as JavaScript (MDX takes such a line as ESM).
import type { Root } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';

const ESM_LINE: Options = {
  unsafe: [
    // Written as a character reference (&#x69;mport), which MDX reads as text.
    { character: 'i', atBreak: true, after: 'mport\\b' },
    { character: 'e', atBreak: true, after: 'xport\\b' },
  ],
};

/**
 * ASCII punctuation that every unsafe pattern of Markdown, GFM or MDX
 * involves (letters and digits matter only next to it, or as import/export
 * opening a line). Most Chinese text has none of them (its
 * punctuation is full-width), and such text is written as is: checking every
 * pattern against it costs most of the serializer's time and can change nothing.
 */
const MAYBE_UNSAFE = /[\t\n\r!"#$%&'()*+\-.\/:;<=>?@[\\\]^_`{|}~]|^ | $|^(import|export)/;

const FAST_TEXT: Options = {
  handlers: {
    text(node, parent, state, info) {
      return MAYBE_UNSAFE.test(node.value) ? state.safe(node.value, info) : node.value;
    },
  },
};

export function serializeMdx(tree: Root): string {
  return toMarkdown(tree, {
    extensions: [frontmatterToMarkdown(['yaml']), mdxToMarkdown(), gfmToMarkdown(), ESM_LINE, FAST_TEXT],
    bullet: '-',
    rule: '-',
    fences: true,
    // MDX has no <autolinks>: every link is written [text](url).
    resourceLink: true,
  });
}
