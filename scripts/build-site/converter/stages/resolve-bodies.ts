// Which body each name of a measure is: the document's place and issuers
// resolve 市市场监管局 in a 银川 plan to 银川市市场监督管理局 (src/domain/bodies.ts
// holds the rule, content/bodies.json the names that are one body).
import type { BodyResolver } from '../../../../src/domain/bodies.ts';
import { type MeasureBody, strongerRole } from '../../../../src/schemas/body.ts';
import type { DocumentMeta } from './extract-metadata.ts';
import type { BodyName } from './read-bodies.ts';

export function resolveBodies(names: BodyName[], meta: Pick<DocumentMeta, 'province' | 'city' | 'issuers'>, resolve: BodyResolver): MeasureBody[] {
  const seen = new Map<string, MeasureBody>();
  const bodies: MeasureBody[] = [];
  for (const n of names) {
    const body = resolve(n.name, { province: meta.province, city: meta.city, issuers: meta.issuers });
    const named: MeasureBody = {
      id: body.id,
      name: body.name,
      asWritten: n.name,
      role: n.role,
      origin: n.origin,
      ...(n.respectively ? { respectively: true as const } : {}),
      ...(n.inOrder ? { inOrder: true as const } : {}),
      ...(n.etc !== undefined ? { etc: n.etc } : {}),
    };
    // Two spellings of one body in one measure (市场监管局 and 市场监督管理局) name it once, as first written
    // (the spelling moved unit addresses and a body's page trace); as in read-bodies, a body that both
    // leads and shares leads, as its lead was named: 石嘴山's heading 市市场监管局牵头, not its column's
    // 场监管局, its first characters lost (a review found 牵头 场监管局 shown); one responsible and supporting is responsible.
    const known = seen.get(body.id);
    if (!known) {
      seen.set(body.id, named);
      bodies.push(named);
    } else if (strongerRole(named.role, known.role)) Object.assign(known, named);
  }
  return bodies;
}
