// A document the sources hold only by its title and 文号 (a compilation's
// pages that extraction left empty, 兰州 2023) must say its text could not be
// extracted, not promise a full text that is not there.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { dist } from './dist.ts';

const content = path.resolve(import.meta.dirname, '../../content/documents');
// Read from the pages' own text, not from the converter's flag: the body holds nothing but the 文号.
const documents = readdirSync(content).map((f) => {
  const [, front, body] = readFileSync(path.join(content, f), 'utf8').split(/^---$/m);
  const docNumber = /^docNumber: "(.*)"$/m.exec(front!)?.[1] ?? '';
  return { id: f.replace(/\.mdx$/, ''), textless: body!.replace(/\s+/g, '').replace(docNumber, '') === '' };
});

test('a document held only by title and 文号 says its text could not be extracted; one with text promises its full text', () => {
  const textless = documents.filter((d) => d.textless);
  expect(textless.map((d) => d.id)).toContain('gansu-lanzhou-2023-1a6f37');
  for (const d of documents) {
    const html = readFileSync(path.join(dist, 'documents', d.id, 'index.html'), 'utf8');
    expect(html.includes('正文未能提取'), d.id).toBe(d.textless);
    if (d.textless) expect(html, d.id).not.toContain('全文照录如下');
  }
});

test('lists of documents say so too, not “0 项措施” (a site review: the home page led to 兰州 with nothing on it)', () => {
  const city = readFileSync(path.join(dist, 'provinces/gansu/lanzhou/index.html'), 'utf8');
  const item = /<li><a class="doc-title" href="\/documents\/gansu-lanzhou-2023-1a6f37\/">[\s\S]*?<\/li>/.exec(city)?.[0] ?? '';
  expect(item).toContain('正文未能提取');
  expect(item).not.toContain('0 项措施');
  // So does its province's list of cities (a review read 兰州市 1 份文件 · 0 项措施 there).
  const province = readFileSync(path.join(dist, 'provinces/gansu/index.html'), 'utf8').replace(/<[^>]+>/g, '');
  expect(province).toContain('兰州市1 份文件 · 仅存标题和文号，正文未能提取');
});

test('pages of a compilation left without text at a document’s end are named on its page, and counted in no measure (a review: 嘉峪关 16号’s annex, pages 1675–1678)', () => {
  const html = readFileSync(path.join(dist, 'documents/gansu-jiayuguan-2023-5818a8/index.html'), 'utf8');
  expect(html).toContain('所据资料第 1675–1678 页没有可提取的文字');
  // A document whose text runs to its last page says nothing of the kind.
  const whole = readFileSync(path.join(dist, 'documents/shaanxi-tongchuan-2023-962610/index.html'), 'utf8');
  expect(whole).not.toContain('没有可提取的文字');
  // Its city's list says so too, as 庆阳's says its annex is left out (a review found 嘉峪关 unflagged there).
  expect(readFileSync(path.join(dist, 'provinces/gansu/jiayuguan/index.html'), 'utf8').replace(/<[^>]+>/g, '')).toContain('文末 4 页无文字，内容未收入');
});

test('an annex the sources leave out (附件：…（略）) is named on the document’s page and in lists of documents (a review: 甘孜’s 重点任务台账)', () => {
  const page = readFileSync(path.join(dist, 'documents/sichuan-garze-2023-4ee8b9/index.html'), 'utf8');
  expect(page).toContain('所据资料略去了本文件的附件《甘孜州深化“放管服”改革优化营商环境2023年重点任务台账》');
  const city = readFileSync(path.join(dist, 'provinces/sichuan/garze/index.html'), 'utf8');
  expect(city).toContain('附件未收入所据资料');
  expect(readFileSync(path.join(dist, 'documents/shaanxi-tongchuan-2023-962610/index.html'), 'utf8')).not.toContain('略去了本文件的附件');
});

test('a document held by its title alone names the pages without text after its title’s (兰州 37号: title on 1686, 1687–1696 blank; a review)', () => {
  const html = readFileSync(path.join(dist, 'documents/gansu-lanzhou-2023-1a6f37/index.html'), 'utf8');
  expect(html).toMatch(/来源第 1687–\d+ 页没有可提取的文字/);
  expect(html).not.toContain('所据资料第 1687');
});

test('the theme matrix marks the places whose annexes the sources lack, so 未涉及 there reads as the text’s alone (庆阳, 嘉峪关; a review)', () => {
  const matrix = readFileSync(path.join(dist, 'compare/index.html'), 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
  expect(matrix).toMatch(/庆阳市 \d{4} 附件未收录/);
  expect(matrix).toMatch(/嘉峪关市 \d{4} 附件未收录/);
  expect(matrix).toContain('地区名下注“附件未收录”的');
  // An annex of contacts holds no measures (西安's 涉及部门联系方式); a place with all its text is not marked.
  expect(matrix).not.toMatch(/西安市 \d{4} 附件未收录/);
  expect(matrix).not.toMatch(/银川市 \d{4}(、\d{4})? 附件未收录/);
});

test('an annex the text cites where the sources hold no 附件 line is said to be missing (002:2387 延安 详见附件2; a review)', () => {
  const page = readFileSync(path.join(dist, 'documents/shaanxi-yanan-2023-962057/index.html'), 'utf8');
  expect(page).toContain('正文提及的附件2不在所据资料中');
});

test('the theme matrix names the places held by one document, and the department that issued it where one did (西安: its housing bureau’s construction-market measures; a journalist’s review)', () => {
  const matrix = readFileSync(path.join(dist, 'compare/index.html'), 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
  const note = /只收录一份文件的地区（(.+?)）：“未涉及”只说明这份文件没有写到，不代表该地没有相关政策(.*?)(?= 地区名下| 主题 )/.exec(matrix);
  expect(note, 'single-document note').not.toBeNull();
  expect(note![1]!.split('、')).toEqual(expect.arrayContaining(['西安市', '延安市', '平凉市']));
  expect(note![1]).not.toContain('银川市');
  expect(note![2]).toContain('西安市的是西安市住房和城乡建设局的文件');
});
