import { expect, test } from 'vitest';
import { buildIndexView, spaceCharacters } from '../../scripts/build-site/search/index-view.ts';

const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><nav>导航</nav>${body}</body></html>`;
const article = (inner: string) =>
  page(
    `<article data-pagefind-body data-pagefind-meta="title:通知"><span data-pagefind-filter="province" data-pagefind-ignore hidden>宁夏</span><h1>关于推行带押过户的通知</h1>${inner}</article>`,
  );

/** Text Pagefind would see in a record: the article's text nodes. */
const textOf = (html: string) => html.slice(html.indexOf('<article'), html.indexOf('</article>')).replace(/<[^>]+>/g, '');

test('every character but whitespace is followed by a space; an entity is one character', () => {
  expect(spaceCharacters('营商 A&amp;B')).toEqual({ spaced: '营 商  A &amp; B ', chars: 5 });
});

test('a page without data-pagefind-body has no index view', () => {
  expect(buildIndexView(page('<main><p>正文</p></main>'), '/x/')).toBeNull();
});

test('the indexed text is spaced; ignored parts, filters and metadata stay as they are', () => {
  const view = buildIndexView(article('<p>探索推行。</p><p data-pagefind-ignore>牵头单位</p>'), '/d/')!;
  const html = view.records[0].html;
  expect(textOf(html)).toContain('关 于 推 行 带 押 过 户 的 通 知 探 索 推 行 。 ');
  expect(html).toContain('>牵头单位<');
  expect(html).toContain('data-pagefind-ignore="" hidden="">宁夏<');
  expect(html).toContain('<nav>导航</nav>');
  expect(view.chars).toBe(16);
});

test('long documents are cut into records where a measure starts, keeping only that record’s anchors', () => {
  const measures = ['m1', 'm2', 'm3'].map((id) => `<section id="${id}"><p>${'措施文字'.repeat(5)}</p></section>`).join('');
  const view = buildIndexView(article(measures), '/d/', { targetChars: 35, maxChars: 60 })!;
  expect(view.records.map((r) => r.url)).toEqual(['/d/', '/d/#part-1', '/d/#part-2']);
  expect(view.records.map((r) => r.chars)).toEqual([11 + 20, 20, 20]);
  expect(view.records[1].html).toContain('id="m2"');
  expect(view.records[1].html).not.toContain('id="m1"');
  expect(textOf(view.records[1].html)).not.toContain('关');
  expect(view.anchors).toBe(3);
});

test('a unit longer than the maximum is cut at a paragraph', () => {
  const long = `<section id="m1">${'<p>一二三四五六七八九十</p>'.repeat(4)}</section>`;
  const view = buildIndexView(article(long), '/d/', { targetChars: 10, maxChars: 20 })!;
  expect(view.records.length).toBeGreaterThan(1);
  expect(view.records.reduce((sum, r) => sum + r.chars, 0)).toBe(view.chars);
  // The continued measure keeps its id, so hits there still link to it.
  expect(view.records.slice(1).every((r) => r.html.includes('id="m1"'))).toBe(true);
});

test('a filter taking its value from visible text gets the value pinned before the text is spaced', () => {
  const view = buildIndexView(article('<p>主题：<span data-pagefind-filter="theme">营商环境</span></p>'), '/d/')!;
  const html = view.records[0].html;
  expect(html).toContain('data-pagefind-filter="theme:营商环境"');
  expect(textOf(html)).toContain('营 商 环 境 ');
});

test('a table row’s cells stay apart: a separator takes one position between cells, none before the first', () => {
  const table =
    '<table><tr><th>序号</th><th>任务清单</th></tr><tr><td><a id="r42" href="#r42">42</a></td><td>探索推行“带押过户”。</td><td>2023年12月底</td></tr></table>';
  const view = buildIndexView(article(`<p>前文</p>${table}`), '/d/')!;
  expect(textOf(view.records[0].html)).toContain('前 文 序 号 ｜ 任 务 清 单 ｜ 4 2 ｜ 探 索 推 行 “ 带 押 过 户 ” 。 ｜ 2 0 2 3 年 1 2 月 底 ');
  // Title (11) + 前文 (2) + 序号 任务清单 (6) + 42, the task and the deadline (2 + 11 + 9) + four separators.
  expect(view.chars).toBe(11 + 2 + 6 + 22 + 4);
});
