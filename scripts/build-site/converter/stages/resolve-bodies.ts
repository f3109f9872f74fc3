// Which body each name of a measure is: the document's place and issuers
// resolve 市市场监管局 in a 银川 plan to 银川市市场监督管理局 (src/domain/bodies.ts
// holds the rule, content/bodies.json the names that are one body).
import type { BodyResolver } from '../../../../src/domain/bodies.ts';
import type { MeasureBody } from '../../../../src/schemas/body.ts';
import type { DocumentMeta } from './extract-metadata.ts';
import type { BodyName } from './read-bodies.ts';

export function resolveBodies(names: BodyName[], meta: Pick<DocumentMeta, 'province' | 'city' | 'issuers'>, resolve: BodyResolver): MeasureBody[] {
  const seen = new Set<string>();
  const bodies: MeasureBody[] = [];
  for (const n of names) {
    const body = resolve(n.name, { province: meta.province, city: meta.city, issuers: meta.issuers });
    // Two spellings of one body in one measure (市场监管局 and 市场监督管理局) name it once, in its first role.
    if (seen.has(body.id)) continue;
    seen.add(body.id);
    bodies.push({
      id: body.id,
      name: body.name,
      asWritten: n.name,
      role: n.role,
      origin: n.origin,
      ...(n.respectively ? { respectively: true as const } : {}),
      ...(n.inOrder ? { inOrder: true as const } : {}),
    });
  }
  return bodies;
}
