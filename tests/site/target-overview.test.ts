// The overview of comparable targets (/compare/targets/), read against the theme pages it summarises:
// every quantity a theme page charts is listed, each link lands on its chart, and the most ambitious
// places it names are the ones the chart names (a review found no page listing the target charts).
import { expect, test } from 'vitest';
import { themes } from '../helpers/corpus.ts';
import { pageHtml as html } from './dist.ts';

const plain = (s: string) => s.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
const overview = html('compare/targets');
const rows = [...overview.matchAll(/<tr data-quantity="[^"]*"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);

test('every quantity two places target is a row, and every theme’s CSV is linked', () => {
  const charted = themes.themes.flatMap((t) =>
    [...html(`compare/${t.id}`).matchAll(/<figure[^>]*id="chart-target-([^"]+)"/g)].map((m) => `/compare/${t.id}/#chart-target-${m[1]}`),
  );
  const linked = rows.map((r) => /href="([^"]+)"/.exec(r)![1]!.replace(/&amp;/g, '&'));
  expect(charted.length).toBeGreaterThan(10);
  for (const href of charted) expect(linked).toContain(href);
  for (const t of themes.themes) expect(overview).toContain(`href="/compare/targets/${t.id}.csv"`);
});

test('each row’s link lands on its theme page, and its most ambitious places are the chart’s', () => {
  for (const row of rows) {
    const [, theme, anchor] = /href="\/compare\/([^/]+)\/#([^"]+)"/.exec(row)!;
    const page = html(`compare/${theme}`);
    expect(page, `${theme}#${anchor}`).toContain(`id="${anchor}"`);
    if (!anchor!.startsWith('chart-target-')) continue;
    // What follows ； names the same quantity in other units, left out of the ranking (below).
    const best = plain(/<td data-label="最积极"[^>]*>([\s\S]*?)<\/td>/.exec(row)![1]!).split('；')[0]!;
    const figure = page.slice(page.indexOf(`id="${anchor}"`));
    const summary = plain(/class="chart__summary"[^>]*>([\s\S]*?)<\/p>/.exec(figure)![1]!);
    // Where every place ties the chart says 均为 N, and the overview 各地持平; else each place it names is the chart's 最积极.
    const tie = /^\d+ 个地区的.*目标均为/.test(summary);
    expect(best.startsWith('各地持平'), `${theme}#${anchor}: ${summary}`).toBe(tie);
    if (tie) continue;
    const named = /最积极的是(.*?)[；，]最宽松/.exec(summary)![1]!;
    for (const place of best.split('、')) expect(named, `${theme}#${anchor}: ${summary}`).toContain(place);
  }
});

test('the overview ranks as the charts do: lower is better takes the least, ties name every place, amounts are not ranked', () => {
  const startup = rows.map(plain).find((r) => r.startsWith('企业开办时间（个工作日，'))!;
  expect(startup).toMatch(/越低越/);
  expect(startup).toMatch(/1–3 个工作日/);
  // 1 个工作日 is promised by several places: all are named.
  expect(startup.split('、').length).toBeGreaterThan(2);
  const unranked = rows.map(plain).filter((r) => /不排序/.test(r));
  expect(unranked.length).toBeGreaterThan(0);
  for (const r of unranked) expect(r).not.toMatch(/越(低|高)越/);
});

test('a stricter target in another unit is said beside the ranking, in the chart’s summary and the overview (a review: 甘孜’s 企业开办 4 小时 against 最积极 1 个工作日)', () => {
  const row = rows.find((r) => plain(r).startsWith('企业开办时间（个工作日'))!;
  expect(plain(row)).toMatch(/另有甘孜藏族自治州（四川）以“小时”计，未换算比较/);
  const anchor = /href="\/compare\/starting-business\/#([^"]+)"/.exec(row)![1]!;
  const page = html('compare/starting-business');
  const summary = plain(/class="chart__summary"[^>]*>([\s\S]*?)<\/p>/.exec(page.slice(page.indexOf(`id="${anchor}"`)))![1]!);
  expect(summary).toMatch(/另有甘孜藏族自治州（四川）以“小时”计的同一指标目标，单位不同不作换算，未列入比较。/);
});

test('places whose target is one sentence word for word are said to be, in the overview and the chart (a review: 咸阳’s 信息孤岛 target is 陕西’s sentence)', () => {
  const row = rows.find((r) => plain(r).startsWith('部门信息孤岛打通率'))!;
  expect(plain(row)).toMatch(/各地持平（[^）]*）；(陕西省级、咸阳市|咸阳市、陕西省级)分句相同/);
  const anchor = /href="\/compare\/digital-government\/#([^"]+)"/.exec(row)![1]!;
  const page = html('compare/digital-government');
  const summary = plain(/class="chart__summary"[^>]*>([\s\S]*?)<\/p>/.exec(page.slice(page.indexOf(`id="${anchor}"`)))![1]!);
  expect(summary).toMatch(/写定目标的分句相同（陕西省级：“部门信息孤岛打通率超过80%”；引号、标点不计），多为照录同一份上级文件/);
  // Common words are no copy: 企业开办时间's places write 压缩至1个工作日以内 alike and are not said to.
  expect(plain(rows.find((r) => plain(r).startsWith('企业开办时间'))!)).not.toContain('分句相同');
});
