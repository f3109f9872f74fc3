// Why a measure has its themes, as the document page words it.
import { expect, test } from 'vitest';
import { LEARNT, LEARNT_NEAR_TIE, NO_CUES, themeReasons, UNSURE_NOTE } from '../../src/domain/theme-basis.ts';

const names: Record<string, string> = { 'property-registration': '登记财产', credit: '获得信贷', organization: '组织保障与督查考核' };
const nameOf = (id: string) => names[id]!;

test('the primary theme first, with its cues grouped by where they stood, then the secondary one', () => {
  const reasons = themeReasons(
    {
      themes: ['property-registration', 'credit'],
      themeBasis: [
        {
          theme: 'property-registration',
          role: 'primary',
          cues: [
            { text: '不动产登记', where: 'title' },
            { text: '抵押登记', where: 'heading' },
            { text: '首次登记', where: 'text' },
            { text: '转移登记', where: 'text' },
          ],
        },
        { theme: 'credit', role: 'secondary', cues: [{ text: '抵押', where: 'outer-heading' }] },
      ],
    },
    nameOf,
  );
  expect(reasons).toEqual([
    {
      theme: 'property-registration',
      name: '登记财产',
      role: 'primary',
      evidence: '标题“不动产登记”、所在标题“抵押登记”、正文“首次登记”“转移登记”',
      unsure: false,
    },
    { theme: 'credit', name: '获得信贷', role: 'secondary', evidence: '上级标题“抵押”', unsure: false },
  ]);
});

test('a row without a title of its own names its first clause 首句, not a title the page does not show (a review: 407 such rows)', () => {
  const basis = { theme: 'property-registration', role: 'primary' as const, cues: [{ text: '不动产登记', where: 'title' as const }] };
  expect(themeReasons({ title: null, themes: ['property-registration'], themeBasis: [basis] }, nameOf)[0]!.evidence).toBe('首句“不动产登记”');
  expect(themeReasons({ title: '深化不动产登记改革', themes: ['property-registration'], themeBasis: [basis] }, nameOf)[0]!.evidence).toBe('标题“不动产登记”');
});

test('a theme no cue word decided says so, and a cue from the document title is named as such', () => {
  const reasons = themeReasons(
    {
      themes: ['organization', 'credit'],
      themeBasis: [
        { theme: 'organization', role: 'primary', cues: [] },
        { theme: 'credit', role: 'secondary', cues: [{ text: '融资', where: 'document' }] },
      ],
    },
    nameOf,
  );
  expect(reasons.map((r) => r.evidence)).toEqual([NO_CUES, '文件标题“融资”']);
});

test('where the learnt model overruled the cue words, the page says the words are the model’s', () => {
  const reasons = themeReasons(
    {
      themes: ['credit'],
      themeBasis: [
        {
          theme: 'credit',
          role: 'primary',
          by: 'learnt',
          cues: [
            { text: '首贷续贷', where: 'title' },
            { text: '银行', where: 'text' },
          ],
        },
      ],
    },
    nameOf,
  );
  expect(reasons[0]!.evidence).toBe(`${LEARNT}，标题“首贷续贷”、正文“银行”`);
});

test('a learnt decision with nothing to quote says it is the model’s, not the rule for goals and safeguards (白银 第四条公示)', () => {
  const [reason] = themeReasons(
    { themes: ['enterprise-policies'], themeBasis: [{ theme: 'enterprise-policies', role: 'primary', by: 'learnt', cues: [] }] },
    nameOf,
  );
  expect(reason!.evidence.startsWith(LEARNT)).toBe(true);
  expect(reason!.evidence).not.toBe(NO_CUES);
});

test('a learnt secondary theme says the model weighed it nearly as high as the primary', () => {
  const [, secondary] = themeReasons(
    {
      themes: ['credit', 'ip'],
      themeBasis: [
        { theme: 'credit', role: 'primary', by: 'cues', cues: [{ text: '贷款', where: 'title' }] },
        { theme: 'ip', role: 'secondary', by: 'learnt', cues: [{ text: '专利', where: 'title' }] },
      ],
    },
    (id) => id,
  );
  expect(secondary!.role).toBe('secondary');
  expect(secondary!.evidence).toBe(`${LEARNT_NEAR_TIE}，标题“专利”`);
});

test('a primary theme the model is unsure of says so; a sure one, and a secondary one, do not (铜川 生猪产能 filed under 包容普惠创新 on 发展/实施/相关; a review)', () => {
  const measure = {
    themes: ['credit', 'organization'],
    themeBasis: [
      { theme: 'credit', role: 'primary' as const, by: 'learnt' as const, cues: [{ text: '发展', where: 'title' as const }], unsure: true as const },
      { theme: 'organization', role: 'secondary' as const, by: 'learnt' as const, cues: [{ text: '实施', where: 'text' as const }] },
    ],
  };
  expect(themeReasons(measure, nameOf).map((r) => r.unsure)).toEqual([true, false]);
  expect(themeReasons({ ...measure, themeBasis: measure.themeBasis.map(({ unsure: _, ...b }) => b) }, nameOf)[0]!.unsure).toBe(false);
  expect(UNSURE_NOTE).toMatch(/^把握不大/);
});

test('a document page says when a measure’s primary theme is an unsure call', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const path = await import('node:path');
  const { dist } = await import('./dist.ts');
  const dir = path.resolve(import.meta.dirname, '../../content/measures');
  const unsure = readdirSync(dir)
    .flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { id: string; documentId: string; themeBasis: { unsure?: true }[] }[])
    .find((m) => m.themeBasis.some((b) => b.unsure))!;
  const html = readFileSync(path.join(dist, 'documents', unsure.documentId, 'index.html'), 'utf8');
  const at = html.indexOf(`id="${unsure.id}"`);
  expect(html.slice(at, html.indexOf('</article>', at))).toContain('把握不大');
});

test('a theme page’s lists say which measures were filed there on a weak call, and only those', async () => {
  const { readdirSync, readFileSync, existsSync } = await import('node:fs');
  const path = await import('node:path');
  const { dist } = await import('./dist.ts');
  const dir = path.resolve(import.meta.dirname, '../../content/measures');
  const measures = readdirSync(dir).flatMap(
    (f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { id: string; themes: string[]; themeBasis: { role: string; unsure?: true }[] }[],
  );
  const unsure = new Set(measures.filter((m) => m.themeBasis.some((b) => b.role === 'primary' && b.unsure)).map((m) => m.id));
  let marked = 0;
  for (const theme of new Set(measures.map((m) => m.themes[0]).filter(Boolean))) {
    const file = path.join(dist, 'compare', theme!, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    // Each note follows its measure's link in the same line of a list.
    for (const m of html.matchAll(/#([a-z0-9-]+)"[^>]*>[^<]*<\/a>\s*<span class="line-meta"[^>]*>(?:(?!<\/span>\s*(?:<\/li>|$)).)*?主要主题把握不大/gs)) {
      expect(unsure.has(m[1]!), m[1]).toBe(true);
      marked++;
    }
  }
  expect(marked).toBeGreaterThan(0);
});
