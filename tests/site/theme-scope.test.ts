// Each theme page says what its theme covers (a review found the scope only on /data/): its definition,
// what it takes in, and where what it leaves out goes, each linked; the codebook row it points to exists.
import { expect, test } from 'vitest';
import { themes } from '../helpers/corpus.ts';
import { pageHtml, pageText } from './dist.ts';

test('a theme page opens with its scope, its exclusions linked to the themes they go to', () => {
  const codebook = pageHtml('data');
  for (const t of themes.themes) {
    const html = pageHtml(`compare/${t.id}`);
    const scope = /<details class="theme-scope[^"]*"[^>]*>([\s\S]*?)<\/details>/.exec(html)?.[1] ?? '';
    const text = scope.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text, t.id).toContain(t.definition);
    for (const x of t.includes) expect(text, t.id).toContain(x);
    for (const x of t.excludes) if (x.goesTo) expect(scope, `${t.id} → ${x.goesTo}`).toContain(`href="/compare/${x.goesTo}/"`);
    expect(scope).toContain(`href="/data/#theme-${t.id}"`);
    expect(codebook).toContain(`id="theme-${t.id}"`);
  }
  // 知识产权 is not 登记财产: the page that once listed patents says so where a reader starts.
  const ip = themes.themes.find((t) => t.id === 'ip')!.name;
  expect(pageText('compare/property-registration')).toContain(`不包含知识产权（专利、商标）（归入${ip}）`);
});
