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

export function serializeMdx(tree: Root): string {
  return toMarkdown(tree, {
    extensions: [frontmatterToMarkdown(['yaml']), mdxToMarkdown(), gfmToMarkdown(), ESM_LINE],
    bullet: '-',
    rule: '-',
    fences: true,
  });
}
