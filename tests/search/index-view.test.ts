import { expect, test } from 'vitest';
import { buildIndexView, indexText } from '../../scripts/build-site/search/index-view.ts';
import { readable } from '../helpers/index-words.ts';

const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><nav>导航</nav>${body}</body></html>`;
const article = (inner: string) =>
  page(
    `<article data-pagefind-body data-pagefind-meta="title:通知"><span data-pagefind-filter="province" data-pagefind-ignore hidden>宁夏</span><h1>关于推行带押过户的通知</h1>${inner}</article>`,
  );

/** Text Pagefind would see in a record: the article's text nodes, index words made readable. */
const textOf = (html: string) =>
  html
    .slice(html.indexOf('<article'), html.indexOf('</article>'))
    .replace(/<[^>]+>/g, '')
    .replace(/[0-9a-z]{8}/g, readable);

test('every character but whitespace becomes its index word and a space; an entity is one character', () => {
  // Whitespace takes no position, so a pair goes across it (商 A): a known limit (README, “Search”).
  const { texts, chars } = indexText([[...'营商 A'], ['&amp;', 'B']]);
  expect(texts.map((t) => t.replace(/[0-9a-z]{8}/g, readable))).toEqual(['营商 商a  a∅ ', '&amp; b∅ ']);
  expect(chars).toEqual(['营', '商', 'A', '&', 'B']);
});

test('a pair runs on into the next piece of text, as positions do', () => {
  expect(indexText([['市'], ['场']]).texts.map((t) => readable(t.trim()))).toEqual(['市场', '场∅']);
});

test('a page without data-pagefind-body has no index view', () => {
  expect(buildIndexView(page('<main><p>正文</p></main>'), '/x/')).toBeNull();
});

test('the indexed text becomes index words; ignored parts, filters and metadata stay as they are', () => {
  const view = buildIndexView(article('<p>探索推行。</p><p data-pagefind-ignore>牵头单位</p>'), '/d/')!;
  const html = view.records[0].html;
  expect(textOf(html)).toContain('关于 于推 推行 行带 带押 押过 过户 户的 的通 通知 知探 探索 索推 推行 行∅ 。 ');
  expect(view.records[0].text).toBe('关于推行带押过户的通知探索推行。');
  expect(html).toContain('>牵头单位<');
  expect(html).toContain('data-pagefind-ignore="" hidden="">宁夏<');
  expect(html).toContain('<nav>导航</nav>');
  expect(view.chars).toBe(16);
});

test('long documents are cut into records where a measure starts, keeping only that record’s anchors', () => {
  const measures = ['m1', 'm2', 'm3'].map((id) => `<section id="${id}"><p>${'措施文字'.repeat(5)}</p></section>`).join('');
  const view = buildIndexView(article(measures), '/d/', { targetChars: 35, maxChars: 60 })!;
  expect(view.records.map((r) => r.url)).toEqual(['/d/', '/d/#part-1', '/d/#part-2']);
  expect(view.records.map((r) => [...r.text].length)).toEqual([11 + 20, 20, 20]);
  // A record's last character has nothing after it in its record.
  expect(textOf(view.records[0].html)).toMatch(/字∅ $/);
  expect(view.records[1].html).toContain('id="m2"');
  expect(view.records[1].html).not.toContain('id="m1"');
  expect(textOf(view.records[1].html)).not.toContain('关');
  expect(view.anchors).toBe(3);
});

test('a unit longer than the maximum is cut at a paragraph', () => {
  const long = `<section id="m1">${'<p>一二三四五六七八九十</p>'.repeat(4)}</section>`;
  const view = buildIndexView(article(long), '/d/', { targetChars: 10, maxChars: 20 })!;
  expect(view.records.length).toBeGreaterThan(1);
  expect(view.records.reduce((sum, r) => sum + [...r.text].length, 0)).toBe(view.chars);
  // The continued measure keeps its id, so hits there still link to it.
  expect(view.records.slice(1).every((r) => r.html.includes('id="m1"'))).toBe(true);
});

test('a filter taking its value from visible text gets the value pinned before the text becomes index words', () => {
  const view = buildIndexView(article('<p>主题：<span data-pagefind-filter="theme">营商环境</span></p>'), '/d/')!;
  const html = view.records[0].html;
  expect(html).toContain('data-pagefind-filter="theme:营商环境"');
  expect(textOf(html)).toContain('营商 商环 环境 境∅ ');
});

test('a table row’s cells stay apart: a separator takes one position between cells, none before the first', () => {
  const table =
    '<table><tr><th>序号</th><th>任务清单</th></tr><tr><td><a id="r42" href="#r42">42</a></td><td>探索推行“带押过户”。</td><td>2023年12月底</td></tr></table>';
  const view = buildIndexView(article(`<p>前文</p>${table}`), '/d/')!;
  expect(view.records[0].text).toContain('前文序号｜任务清单｜42｜探索推行“带押过户”。｜2023年12月底');
  // No pair runs across a separator.
  expect(textOf(view.records[0].html)).toContain('序号 号∅ ｜ 任务 务清 清单 单∅ ｜ 42 2∅ ｜ 探索');
  // Title (11) + 前文 (2) + 序号 任务清单 (6) + 42, the task and the deadline (2 + 11 + 9) + four separators.
  expect(view.chars).toBe(11 + 2 + 6 + 22 + 4);
});
