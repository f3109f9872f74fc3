// A web page saved from a government site → the document's lines. The page
// is decoded by its own charset declaration, parsed with hast-util-from-html
// (the parser browsers follow), stripped of scripts, frames and handlers,
// and read from its main content only; navigation, breadcrumbs, sidebars,
// footers and the print/close/share/QR widgets are left out and recorded.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { fatal, warning, type Diagnostic } from '../../diagnostics.ts';
import { decodeWebPage } from './charset.ts';
import type { ExtractionOmission, ReaderResult } from './extraction.ts';
import { flattenTables, removeActiveContent, textLines, type ActiveContent } from './hast-lines.ts';
import { findMainContent } from './main-content.ts';

/**
 * Widgets and site footer lines that templates put inside the content area.
 * The page's metadata block (索引号, 文号, 生成日期) is not chrome: the
 * web-notice layout reads the document number and date from it.
 */
const WIDGETS = [
  /^【?\s*(打印本页|打印|关闭窗口|关闭|收藏|返回顶部|分享到)/,
  /^扫一扫/,
  /^【?\s*字体[:：]/,
  /^(上一篇|下一篇)[:：]/,
  /^(网站标识码|主办单位?[:：]|承办单位?[:：]|.*ICP备)/,
];

export function readWebPage(file: string, bytes: Uint8Array): ReaderResult {
  const diagnostics: Diagnostic[] = [];
  const decoded = decodeWebPage(bytes);
  const tree: Root = fromHtml(decoded.text);
  const active = removeActiveContent(tree);
  if (active.elements.size || active.handlers)
    diagnostics.push(warning(file, null, 'html/active-content', `${describeActive(active)} left out: only the page’s text is read, none of its code`));
  const main = findMainContent(tree);
  if (!main) return { extraction: null, diagnostics: [...diagnostics, fatal(file, null, 'html/no-text', 'web page has no body text to convert')] };

  const omitted: ExtractionOmission[] = [];
  // Chrome: the page's text outside the main content, placed before or after it.
  const MARK = '\u0000main\u0000';
  const { root } = main;
  const saved = root.children;
  root.children = [{ type: 'text', value: MARK }];
  const outside = textLines(tree);
  root.children = saved;
  const at = outside.findIndex((l) => l.includes(MARK));
  const titleText = main.title ? toText(main.title).replace(/\s+/g, ' ').trim() : null;

  flattenTables(root);
  const lines: string[] = [];
  if (titleText) lines.push(titleText);
  for (const line of textLines(root)) {
    if (WIDGETS.some((re) => re.test(line.trim()))) omitted.push({ before: lines.length + 1, text: line, reason: 'site-chrome' });
    else lines.push(line);
  }
  outside.forEach((line, i) => {
    if (i === at || line === titleText) return;
    omitted.push({ before: i < at ? 1 : lines.length + 1, text: line.replace(MARK, ''), reason: 'site-chrome' });
  });
  for (const [name, count] of active.elements) omitted.push({ before: 1, text: `<${name}> ×${count}`, reason: 'active-content' });
  if (lines.length === 0) diagnostics.push(fatal(file, null, 'html/no-text', 'web page has no body text to convert: its main content is empty'));
  return {
    extraction: lines.length ? { format: 'html', lines: lines.map((text) => ({ text })), omitted, charset: decoded.charset } : null,
    diagnostics,
  };
}

function describeActive(active: ActiveContent): string {
  const parts = [...active.elements].map(([name, n]) => `${n} <${name}>`);
  if (active.handlers) parts.push(`${active.handlers} event handler${active.handlers > 1 ? 's' : ''} or javascript: URL${active.handlers > 1 ? 's' : ''}`);
  return parts.join(', ');
}

export type { Element };
