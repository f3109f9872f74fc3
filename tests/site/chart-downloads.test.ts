// Every chart of the built site can be downloaded as SVG and PNG: the links
// under each figure lead to files beside the page, named by the chart's id and
// saved under its title; the SVG is well-formed and carries the title and the
// source line with the page's address; the PNG is a PNG.
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { CHART_SOURCE } from '../../src/charts/export.ts';
import { writeChartDownloads } from '../../scripts/build-site/charts/downloads.ts';
import { canonicalOf, pageCharts } from '../../scripts/build-site/charts/extract.ts';
import { dist, siteFiles, sitePages } from './dist.ts';

test('each chart links to its SVG and PNG, which exist beside the page and say where they come from', () => {
  const files = siteFiles();
  const problems: string[] = [];
  let charts = 0;
  for (const page of sitePages()) {
    const html = readFileSync(path.join(dist, page.file), 'utf8');
    for (const chart of pageCharts(html, '')) {
      charts += 1;
      for (const format of ['svg', 'png']) {
        const href = `${page.url}${chart.id}.${format}`;
        const link = page.references.find((r) => r.tag === 'a' && r.value === href);
        if (!link) problems.push(`${page.url}: no link to ${href}`);
        if (!files.has(href.slice(1))) problems.push(`${href} was not written`);
      }
      if (!html.includes(`download="${chart.title.replace(/[\\/:*?"<>|\s]+/g, '_')}.png"`))
        problems.push(`${page.url}#${chart.id}: PNG not saved under its title`);
      const svg = readFileSync(path.join(dist, `${page.url}${chart.id}.svg`), 'utf8');
      if (XMLValidator.validate(svg) !== true) problems.push(`${page.url}${chart.id}.svg is not well-formed XML`);
      if (!svg.includes(CHART_SOURCE) || !svg.includes(canonicalOf(html)!)) problems.push(`${page.url}${chart.id}.svg lacks its source line`);
      // A summary that says what is listed under the chart (列于图下) is followed by the list in the file too.
      for (const item of (chart.notes ?? []).flatMap((n) => n.items))
        if (!svg.includes(`· ${item.slice(0, 12)}`)) problems.push(`${page.url}${chart.id}.svg lacks its note ${item}`);
      if (chart.summary.includes('列于图下') && !chart.notes?.length) problems.push(`${page.url}#${chart.id}: says 列于图下 but lists nothing`);
      if (
        !readFileSync(path.join(dist, `${page.url}${chart.id}.png`))
          .subarray(0, 8)
          .equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))
      ) {
        problems.push(`${page.url}${chart.id}.png is not a PNG`);
      }
    }
  }
  expect(problems).toEqual([]);
  expect(charts).toBeGreaterThan(0);
});

test('drawn again on one thread, in other batches, the files are byte for byte those of the build', async () => {
  // A few pages with charts, copied into a folder of their own (inside the checkout, as the build test does).
  const tmp = path.join(dist, '../tmp/chart-threads');
  rmSync(tmp, { recursive: true, force: true });
  const pages = sitePages()
    .filter((p) => readFileSync(path.join(dist, p.file), 'utf8').includes('<figure class="chart '))
    .slice(0, 4);
  for (const page of pages) {
    mkdirSync(path.dirname(path.join(tmp, page.file)), { recursive: true });
    cpSync(path.join(dist, page.file), path.join(tmp, page.file));
  }
  const summary = await writeChartDownloads(tmp, 1);
  expect(summary.threads).toBe(1);
  expect(summary.pages).toBe(pages.length);
  for (const page of pages) {
    for (const chart of pageCharts(readFileSync(path.join(dist, page.file), 'utf8'), '')) {
      for (const ext of ['svg', 'png']) {
        const file = `${path.dirname(page.file)}/${chart.id}.${ext}`;
        expect(readFileSync(path.join(tmp, file)).equals(readFileSync(path.join(dist, file))), file).toBe(true);
      }
    }
  }
  rmSync(tmp, { recursive: true, force: true });
});
