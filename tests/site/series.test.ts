// Per-year targets inside a measure are drawn as lines, on the document page
// and on the theme's comparison page (the built site; see target-series.test.ts for the extraction).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { dist } from './dist.ts';

const pointLabels = (html: string, figureId: string) => {
  const start = html.indexOf(`id="${figureId}"`);
  expect(start, figureId).toBeGreaterThan(-1);
  // The chart's own <svg> (the first to close): the download links under it name the chart too.
  const figure = html.slice(start, html.indexOf('</svg>', start));
  return [...figure.matchAll(/aria-label="([^"]*年目标：[^"]*)"/g)].map((m) => m[1]);
};

test('延安’s 2023–2025 market-entity series is a line on its document page and on 民营经济', () => {
  const doc = readdirSync(path.join(dist, 'documents')).find((d) => d.startsWith('shaanxi-yanan-'))!;
  const docHtml = readFileSync(path.join(dist, 'documents', doc, 'index.html'), 'utf8');
  const measureId = [...docHtml.matchAll(/id="([^"]+)-series-0"/g)].map((m) => m[1])[0];
  expect(measureId).toBeDefined();
  // 2022’s 23.2 万户 states where things stood when the plan was written: a baseline, not a target.
  const expected = ['延安市 2023年目标：23.8 万户', '延安市 2024年目标：24.4 万户', '延安市 2025年目标：25 万户'];
  expect(pointLabels(docHtml, `${measureId}-series-0`)).toEqual(expected);
  const compare = readFileSync(path.join(dist, 'compare', 'private-economy', 'index.html'), 'utf8');
  expect(pointLabels(compare, 'chart-series-0')).toEqual(expected);
});
