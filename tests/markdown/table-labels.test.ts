// Each table cell is named by its column's header, for the card layout tables
// take on a phone: fixtures cut from 银川's 任务清单, run through the Markdown
// processor the site's MDX uses.
import { markdownToHtml } from 'satteri';
import { expect, test } from 'vitest';
import { tableLabels } from '../../src/markdown/table-labels.ts';

const html = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [tableLabels] })).html;

test('every body cell carries its column’s header text; header cells are the labels, not labelled', async () => {
  const out = await html(
    '| 序号 | 任务清单 | 牵头单位 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n| 1 | 持续推进“一照多址”改革。 | 市审批局 | 各县（市）区人民政府 | 2023 年 10 月底 |\n',
  );
  expect([...out.matchAll(/<td data-label="([^"]*)">/g)].map((m) => m[1])).toEqual(['序号', '任务清单', '牵头单位', '责任单位', '完成时限']);
  expect(out).not.toMatch(/<th [^>]*data-label/);
});

test('a header cell’s markup is read as its text: **牵头**单位 labels its column 牵头单位', async () => {
  const out = await html('| **牵头**单位 |\n| --- |\n| 市审批局 |\n');
  expect(out).toContain('<td data-label="牵头单位">市审批局</td>');
});

test('text outside tables is untouched', async () => {
  expect((await html('牵头单位：市审批局')).trim()).toBe('<p>牵头单位：市审批局</p>');
});

test('a table’s header row is left out of the search index, which would count it once per part of a task table (银川: 序号 82 times, 49 in the source)', async () => {
  const out = await html('| 序号 | 任务清单 |\n| --- | --- |\n| 1 | 持续推进“一照多址”改革。 |\n');
  expect(out).toMatch(/<thead data-pagefind-ignore(="")?>/);
  expect(out).not.toMatch(/<tbody data-pagefind-ignore/);
});
