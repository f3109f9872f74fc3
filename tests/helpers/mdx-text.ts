// The text a reader sees in an emitted MDX document, read back through the
// MDX parser (so escaping is checked too): text nodes in order, plus the
// row labels that <MeasureRef label="…"> carries.
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The same syntax the serializer writes (scripts/build-site/converter/mdx/serialize.ts), read back. */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

export function parseMdx(mdx: string): Root {
  return parser.parse(mdx);
}

export function visibleText(tree: Root): string {
  const out: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text') out.push(node.value);
    if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
      const label = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'label');
      if (label && typeof label.value === 'string') out.push(label.value);
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') out.push('\n');
  };
  walk(tree);
  return out.join('');
}

/** Han characters and digits only: what conservation is checked on. */
export function hanAndDigits(text: string): string {
  return (text.match(/[\u3400-\u9fff0-9]/g) ?? []).join('');
}
