// A city's page, read as built: its counts say what they leave out, in the words of what the source holds.
import { expect, test } from 'vitest';
import { pageHtml, pageText as text } from './dist.ts';

test('铜川’s tasks that list their 具体举措 are said to be detailed by them, and the undated count says how many it leaves out (a review read 88 and 66 unexplained)', () => {
  const page = text('provinces/shaanxi/tongchuan');
  const restated = /其中 (\d+) 项方案条目又由本市的任务清单、附件台账或本条所列具体举措逐条细化/.exec(page);
  expect(restated).not.toBeNull();
  expect(page).toMatch(new RegExp(`均未标明确完成时限（为“长期”“持续”或未注明），因此没有可画的时间轴；另有 ${restated![1]} 项由其具体举措`));
});

test('a province’s ranking of bodies counts a division as its department, says what it leaves out, and a 自治州 is 州级 (reader-task reviews)', () => {
  const shaanxi = text('provinces/shaanxi');
  const ranking = shaanxi.slice(shaanxi.indexOf('牵头或单独负责措施最多的单位'), shaanxi.indexOf('全部单位见'));
  const list = ranking.slice(ranking.indexOf('主要主题计数。'));
  expect(list).toMatch(/^主要主题计数。 ?陕西省市场监督管理局 ?（含[^）]*登记指导处/);
  // Each body says what the measures it is in charge of are about (a reader task asked 克拉玛依's bodies' top themes).
  expect(list).toMatch(/陕西省知识产权局[^：]*：牵头 \d+ 项；主要主题 ?知识产权创造保护和运用 ?\d+ 项/);
  expect(list).not.toContain('登记指导处：');
  expect(list).toMatch(/另有 \d+ 项措施未写明牵头或责任单位，不计入上表[。：]/);
  expect(text('provinces/sichuan/garze')).toContain('四川省 · 州级文件');
  // Where most measures name no body (新疆's regional plans: 83 of 85), the ranking says it speaks of a few items (a review).
  expect(text('provinces/xinjiang')).toMatch(/共 \d+ 项措施中多数未逐条分工，上表只反映少数写明单位的条目/);
  expect(text('provinces/ningxia/yinchuan')).not.toContain('多数未逐条分工');
});

test('a plan item’s card links the ledger entries breaking it down, and an entry its item (石嘴山 2020; a review)', () => {
  const page = text('documents/ningxia-shizuishan-2020-6236ba');
  expect(page).toMatch(/逐条细化为 ?1\)–\d+\)（\d+ 项）/);
  expect(page).toMatch(/细化自 ?1 ?不断提升企业开办效率/);
  // A task list's rows link the plan items they restate, by 文号 and number (银川 任务清单 → 17号; a review found none).
  const rows = text('documents/ningxia-yinchuan-2023-71c31c');
  expect(rows).toMatch(/1 ?已过期限 ?细化自 ?银政办发〔2023〕17号 1\./);
  expect(rows.split('细化自').length - 1).toBeGreaterThan(200);
});

test('a theme page’s column says the years of its place’s documents, and when one states none (石嘴山’s ledger beside its 2020 plan; a review)', () => {
  const page = text('compare/property-registration');
  expect(page).toMatch(/石嘴山市 \d+ 项 · 2020年、未注明年份文件/);
  expect(page).toMatch(/银川市 \d+ 项 · 2023年文件/);
});

test('a department’s page names its divisions, whose tasks the place rankings count as its own (甘肃省交通运输厅: 牵头 0 on its page, 22 in the ranking; a review)', () => {
  const gansu = text('provinces/gansu');
  expect(gansu).toMatch(/甘肃省交通运输厅 ?（含/);
  const ministry = pageHtml('provinces/gansu').match(/<a href="(\/units\/[^"]+\/)">甘肃省交通运输厅<\/a>/)?.[1];
  expect(ministry).toBeDefined();
  const page = text(ministry!.slice(1, -1));
  expect(page).toMatch(/所属处室[^：]*法规处/);
  expect(page).toContain('单位排名把处室的任务计入本部门');
});

test('a city whose documents name no body item by item says so, and who issued them (西安: its housing bureau’s measures; an investor’s review found no one to call)', () => {
  const xian = text('provinces/shaanxi/xian');
  expect(xian).toMatch(/所收文件的 \d+ 项措施都未逐条写明牵头或责任单位；文件由西安市住房和城乡建设局印发。/);
});
