// The stage that names each body of a measure once, on a case cut from the
// 石嘴山 2020 ledger (001:1434): the column's 场监管局 lost its first
// characters in extraction, and the section heading says 市市场监管局牵头.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { resolveBodies } from '../../scripts/build-site/converter/stages/resolve-bodies.ts';
import { bodyResolver } from '../../src/domain/bodies.ts';
import { bodyTaxonomySchema } from '../../src/schemas/body.ts';

const resolve = bodyResolver(bodyTaxonomySchema.parse(JSON.parse(readFileSync(new URL('../../content/bodies.json', import.meta.url), 'utf8'))));
const place = { province: '宁夏回族自治区', city: '石嘴山市', issuers: ['石嘴山市人民政府办公室'] };

test('a body named twice, sharing in a column and leading in a heading, is named once, as the lead, as its lead was written (石嘴山 m13-2-4: not the column’s 场监管局; a review)', () => {
  const bodies = resolveBodies(
    [
      { name: '场监管局', asWritten: '场监管局', role: 'responsible', origin: 'column' },
      { name: '市应急局', asWritten: '应急局', role: 'responsible', origin: 'column' },
      { name: '市市场监管局', asWritten: '市市场监管局', role: 'lead', origin: 'heading' },
    ],
    place,
    resolve,
  );
  expect(bodies.map((b) => [b.name, b.role, b.asWritten, b.origin])).toEqual([
    ['石嘴山市市场监督管理局', 'lead', '市市场监管局', 'heading'],
    ['石嘴山市应急管理局', 'responsible', '市应急局', 'column'],
  ]);
});

test('two spellings in one role keep the first', () => {
  const bodies = resolveBodies(
    [
      { name: '市市场监管局', asWritten: '市市场监管局', role: 'responsible', origin: 'column' },
      { name: '市市场监督管理局', asWritten: '市市场监督管理局', role: 'responsible', origin: 'item' },
    ],
    place,
    resolve,
  );
  expect(bodies.map((b) => [b.asWritten, b.origin])).toEqual([['市市场监管局', 'column']]);
});
