// Old unit addresses: a body's id changes when the naming rules merge,
// re-place or rename it, and each id an earlier build published
// (content/moved-units.json) must still lead a reader to the body that holds
// its tasks now.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { unitRedirects, type MeasureNames } from '../../src/domain/moved-units.ts';
import { movedUnitsSchema } from '../../src/schemas/moved-unit.ts';
import type { Body } from '../../src/schemas/body.ts';
import { dist } from './dist.ts';

describe('unitRedirects', () => {
  const measure = (line: number, bodies: [string, string][]): MeasureNames => ({
    source: { file: 'sources/a.txt', line },
    bodies: bodies.map(([id, asWritten]) => ({ id, asWritten })),
  });
  const measures = [
    measure(9, [
      ['nx-yc-jin-rong-ju', '市政府金融办'],
      ['nx-yc-shui-wu-ju', '市税务局'],
    ]),
    measure(12, [['gansu-lan-zhou-xin-qu', '兰州新区管委会']]),
  ];
  const live = new Set(['nx-yc-jin-rong-ju', 'nx-yc-shui-wu-ju', 'gansu-lan-zhou-xin-qu']);

  test('an old page leads to the body its name on that measure resolves to today', () => {
    const moved = [
      { from: 'nx-yc-jin-rong-ban', name: '银川市政府金融办', refs: [{ source: 'sources/a.txt:9', asWritten: '市政府金融办' }] },
      { from: 'gansu-lanzhou-lan-zhou-xin-qu', name: '兰州市兰州新区管委会', refs: [{ source: 'sources/a.txt:12', asWritten: '兰州新区管委会' }] },
    ];
    expect(unitRedirects(moved, measures, live)).toEqual([
      { from: 'nx-yc-jin-rong-ban', name: '银川市政府金融办', to: 'nx-yc-jin-rong-ju' },
      { from: 'gansu-lanzhou-lan-zhou-xin-qu', name: '兰州市兰州新区管委会', to: 'gansu-lan-zhou-xin-qu' },
    ]);
  });

  test('the first of its places that still names a body decides; none leads to the index', () => {
    const refs = [
      { source: 'sources/a.txt:3', asWritten: '市政府金融办' },
      { source: 'sources/a.txt:9', asWritten: '市金融办' },
      { source: 'sources/a.txt:9', asWritten: '市政府金融办' },
    ];
    expect(unitRedirects([{ from: 'x', name: 'X', refs }], measures, live)[0]!.to).toBe('nx-yc-jin-rong-ju');
    expect(unitRedirects([{ from: 'x', name: 'X', refs: refs.slice(0, 2) }], measures, live)[0]!.to).toBeNull();
  });

  test('a name that held two bodies, since split, leads to the first body read from it', () => {
    const split = [
      measure(20, [
        ['nx-yc-zi-ran-zi-yuan-ju', '市自然资源局'],
        ['nx-xing-qing-qu', '兴庆区人民政府'],
      ]),
    ];
    const moved = [
      { from: 'nx-yc-fused', name: '银川市自然资源局兴庆区人民政府', refs: [{ source: 'sources/a.txt:20', asWritten: '市自然资源局兴庆区人民政府' }] },
    ];
    expect(unitRedirects(moved, split, new Set(['nx-yc-zi-ran-zi-yuan-ju', 'nx-xing-qing-qu']))[0]!.to).toBe('nx-yc-zi-ran-zi-yuan-ju');
  });

  test('an old id that is a body’s id again is that body’s page, not a redirect', () => {
    expect(
      unitRedirects([{ from: 'nx-yc-shui-wu-ju', name: '银川市税务局', refs: [{ source: 'sources/a.txt:9', asWritten: '市税务局' }] }], measures, live),
    ).toEqual([]);
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

  test('every old address sends the reader on to a body’s page, never to the index, and is not in the sitemap', () => {
    const sitemap = readdirSync(dist)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(path.join(dist, f), 'utf8'))
      .join('');
    const lost: string[] = [];
    for (const m of moved) {
      const html = readFileSync(path.join(dist, 'units', m.from, 'index.html'), 'utf8');
      const to = /<meta http-equiv="refresh" content="0; url=\/units\/([a-z0-9-]+)\/">/.exec(html)?.[1];
      if (!to || !live.has(to)) lost.push(m.from);
      else {
        expect(existsSync(path.join(dist, 'units', to, 'index.html'))).toBe(true);
        expect(html).toContain(`<link rel="canonical" href="`);
        expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/units/${to}/"`));
        expect(html).toContain('<meta name="robots" content="noindex">');
      }
      expect(sitemap).not.toContain(`/units/${m.from}/<`);
    }
    expect(lost).toEqual([]);
  });
});
