// Old unit addresses: a body's id changes when the naming rules merge,
// re-place or rename it, and each id an earlier build published
// (content/moved-units.json) must still lead a reader to the body that holds
// its tasks now.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { hostRedirects, unitRedirects, type MeasureNames } from '../../src/domain/moved-units.ts';
import { formatRedirects, parseRedirects } from '../../scripts/site/redirects.ts';
import { serveDist } from '../../scripts/site/serve.ts';
import { movedUnitsSchema } from '../../src/schemas/moved-unit.ts';
import type { Body } from '../../src/schemas/body.ts';
import { dist } from './dist.ts';

describe('unitRedirects', () => {
  const measure = (line: number, bodies: [string, string][]): MeasureNames => ({
    id: `m${line}`,
    source: { file: 'sources/a.txt', line },
    bodies: bodies.map(([id, asWritten]) => ({ id, asWritten })),
  });
  const measures = [
    measure(9, [
      ['nx-yc-jin-rong-ju', '市政府金融办'],
      ['nx-yc-shui-wu-ju', '市税务局'],
    ]),
    measure(12, [['gansu-lan-zhou-xin-qu', '兰州新区管委会']]),
    measure(20, [
      ['nx-yc-zi-ran-zi-yuan-ju', '市自然资源局'],
      // The task list's 自然资源局兴庆区、金凤区、西夏区人民政府: the district written out with the city's level.
      ['nx-xing-qing-qu', '市兴庆区人民政府'],
    ]),
    measure(30, [['sx-ip-ban-gong-shi', '办公室']]),
    measure(31, [['sx-ip-ban-gong-shi', '办公室']]),
    measure(40, [['sx-amr-ban-gong-shi', '办公室']]),
    // 石嘴山's column 场监管局 (its first characters lost), now named as its heading wrote it.
    measure(50, [
      ['nx-szs-shi-chang-jian-du', '市市场监管局'],
      ['nx-szs-ying-ji-ju', '应急局'],
    ]),
  ];
  const live = new Set([
    'nx-yc-jin-rong-ju',
    'nx-yc-shui-wu-ju',
    'gansu-lan-zhou-xin-qu',
    'nx-yc-zi-ran-zi-yuan-ju',
    'nx-xing-qing-qu',
    'sx-ip-ban-gong-shi',
    'sx-amr-ban-gong-shi',
    'nx-szs-shi-chang-jian-du',
    'nx-szs-ying-ji-ju',
  ]);
  const ref = (line: number, asWritten: string) => ({ source: `sources/a.txt:${line}`, asWritten });

  test('an old page leads to the body its name on that line resolves to today', () => {
    const moved = [
      { from: 'nx-yc-jin-rong-ban', name: '银川市政府金融办', refs: [ref(9, '市政府金融办')] },
      { from: 'gansu-lanzhou-lan-zhou-xin-qu', name: '兰州市兰州新区管委会', refs: [ref(12, '兰州新区管委会')] },
    ];
    expect(unitRedirects(moved, measures, live).map((r) => r.to)).toEqual([
      [{ id: 'nx-yc-jin-rong-ju', tasks: 1 }],
      [{ id: 'gansu-lan-zhou-xin-qu', tasks: 1 }],
    ]);
  });

  test('an old page that held two bodies’ tasks leads to both, most tasks first (陕西省办公室: two departments’ 办公室; a site review)', () => {
    const moved = [{ from: 'sx-ban-gong-shi', name: '陕西省办公室', refs: [ref(30, '办公室'), ref(31, '办公室'), ref(40, '办公室')] }];
    expect(unitRedirects(moved, measures, live)[0]!.to).toEqual([
      { id: 'sx-ip-ban-gong-shi', tasks: 2 },
      { id: 'sx-amr-ban-gong-shi', tasks: 1 },
    ]);
  });

  test('a name that held two bodies, since split, leads to each body read from it', () => {
    const moved = [{ from: 'nx-yc-fused', name: '银川市自然资源局兴庆区人民政府', refs: [ref(20, '市自然资源局兴庆区人民政府')] }];
    expect(unitRedirects(moved, measures, live)[0]!.to.map((t) => t.id)).toEqual(['nx-xing-qing-qu', 'nx-yc-zi-ran-zi-yuan-ju']);
  });

  test('a fragment now named whole leads to the body whose name holds it (石嘴山 场监管局 → 市市场监管局; a review)', () => {
    const moved = [{ from: 'nx-szs-chang-jian-guan-ju', name: '石嘴山市场监管局', refs: [ref(50, '场监管局')] }];
    expect(unitRedirects(moved, measures, live)[0]!.to).toEqual([{ id: 'nx-szs-shi-chang-jian-du', tasks: 1 }]);
  });

  test('the old page’s tasks are kept as measures, so a split page’s CSV still lists the rows it listed (an open-data review)', () => {
    const moved = [{ from: 'sx-ban-gong-shi', name: '陕西省办公室', refs: [ref(30, '办公室'), ref(31, '办公室'), ref(40, '办公室'), ref(3, '办公室')] }];
    expect(unitRedirects(moved, measures, live)[0]!.measureIds).toEqual(['m30', 'm31', 'm40']);
  });

  test('a name no line resolves today leads nowhere but the index; an old id that is a body’s id again is that body’s page', () => {
    expect(unitRedirects([{ from: 'x', name: 'X', refs: [ref(3, '市金融办')] }], measures, live)[0]!.to).toEqual([]);
    expect(unitRedirects([{ from: 'nx-yc-shui-wu-ju', name: '银川市税务局', refs: [ref(9, '市税务局')] }], measures, live)).toEqual([]);
  });
});

describe('hostRedirects', () => {
  test('an old id whose tasks one body holds redirects its page and its CSV; one whose tasks two bodies hold, or none, gets no rule', () => {
    const rules = hostRedirects([
      { from: 'old-a', name: 'A', to: [{ id: 'new-a', tasks: 3 }], measureIds: ['m1'] },
      {
        from: 'old-b',
        name: 'B',
        to: [
          { id: 'b1', tasks: 2 },
          { id: 'b2', tasks: 1 },
        ],
        measureIds: ['m2', 'm3'],
      },
      { from: 'old-c', name: 'C', to: [], measureIds: [] },
    ]);
    expect(rules).toEqual([
      { from: '/units/old-a/', to: '/units/new-a/', status: 301 },
      { from: '/units/old-a.csv', to: '/units/new-a.csv', status: 301 },
    ]);
  });

  test('the _redirects file reads back as written, and a malformed line is named by file and line', () => {
    const rules = [{ from: '/units/old-a/', to: '/units/new-a/', status: 301 }];
    expect(parseRedirects(formatRedirects(rules, 'two\nlines'))).toEqual(rules);
    expect(() => parseRedirects('# ok\n/units/a/ /units/b/ 301\n/units/c/\n', 'dist/_redirects')).toThrow('dist/_redirects:3:');
    expect(() => parseRedirects('/units/a/ /units/b/ 200\n')).toThrow('_redirects:1:');
  });
});

describe('on the built site', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const moved = movedUnitsSchema.parse(JSON.parse(readFileSync(path.join(root, 'content/moved-units.json'), 'utf8')));
  const bodies = JSON.parse(readFileSync(path.join(root, 'content/analysis/bodies.json'), 'utf8')) as Body[];
  const live = new Set(bodies.map((b) => b.id));

  test('no old id is a body’s id today (the sitemap leaves every old id out)', () => {
    expect(moved.filter((m) => live.has(m.from)).map((m) => m.from)).toEqual([]);
  });

  test('every old address sends the reader on to a body’s page, or lists the bodies its tasks went to; none is lost to the index', () => {
    const sitemap = readdirSync(dist)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(path.join(dist, f), 'utf8'))
      .join('');
    const lost: string[] = [];
    let listing = 0;
    for (const m of moved) {
      const html = readFileSync(path.join(dist, 'units', m.from, 'index.html'), 'utf8');
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(sitemap).not.toContain(`/units/${m.from}/<`);
      const to = /<meta http-equiv="refresh" content="0; url=\/units\/([a-z0-9-]+)\/">/.exec(html)?.[1];
      if (to) {
        expect(live.has(to) && existsSync(path.join(dist, 'units', to, 'index.html')), to).toBe(true);
        expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/units/${to}/"`));
        continue;
      }
      const main = html.slice(html.indexOf('<main'));
      const listed = [...main.matchAll(/href="\/units\/([a-z0-9-]+)\/"/g)].map((x) => x[1]!);
      if (listed.length >= 2 && listed.every((id) => live.has(id))) listing++;
      else lost.push(m.from);
      // Its CSV stays at its address, with a row for each task the page lists (an open-data review).
      const rows = parse(readFileSync(path.join(dist, 'units', `${m.from}.csv`), 'utf8'), { columns: true, bom: true }) as { role: string; id: string }[];
      const tasks = Number(/（(\d+) 项任务，字段同各单位的 CSV）/.exec(main)?.[1]);
      expect(rows.length, m.from).toBe(tasks);
      expect(tasks).toBeGreaterThan(0);
      expect(rows.every((r) => ['lead', 'responsible', 'support'].includes(r.role) && r.id)).toBe(true);
    }
    expect(lost).toEqual([]);
    // 陕西省办公室 had put two departments' 办公室 together: its page lists both (a site review).
    expect(listing).toBeGreaterThan(0);
  });

  test('the host answers each old address whose tasks one body holds with a 301, page and CSV, to where its page’s meta refresh leads', async () => {
    const rules = parseRedirects(readFileSync(path.join(dist, '_redirects'), 'utf8'));
    let single = 0;
    for (const m of moved) {
      const html = readFileSync(path.join(dist, 'units', m.from, 'index.html'), 'utf8');
      const to = /<meta http-equiv="refresh" content="0; url=\/units\/([a-z0-9-]+)\/">/.exec(html)?.[1];
      const own = rules.filter((r) => r.from.startsWith(`/units/${m.from}/`) || r.from === `/units/${m.from}.csv`);
      expect(own, m.from).toEqual(
        to
          ? [
              { from: `/units/${m.from}/`, to: `/units/${to}/`, status: 301 },
              { from: `/units/${m.from}.csv`, to: `/units/${to}.csv`, status: 301 },
            ]
          : [],
      );
      if (to) single++;
    }
    expect(rules).toHaveLength(2 * single);
    // Followed as a notebook would: the old CSV ends at the new body's file.
    const { server, origin } = await serveDist(dist);
    try {
      const rule = rules.find((r) => r.from.endsWith('.csv'))!;
      const first = await fetch(`${origin}${rule.from}`, { redirect: 'manual' });
      expect([first.status, first.headers.get('location')]).toEqual([301, rule.to]);
      const followed = await fetch(`${origin}${rule.from}`);
      expect(followed.status).toBe(200);
      expect(followed.headers.get('content-type')).toContain('text/csv');
      expect(Buffer.from(await followed.arrayBuffer()).equals(readFileSync(path.join(dist, rule.to)))).toBe(true);
    } finally {
      server.close();
    }
  });
});
