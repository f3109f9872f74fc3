// Every body the measures name, once: its place, canonical name, function and
// kind (re-resolved from its first name, with the document's context, by the
// same rule the converter used), and every way the sources write it, each with
// the file and line where it was first read. Read in two steps so a changed
// document costs only its own reading: what each document names (bodyRefs),
// then the registry over every document's names, in corpus order.
import { bodyResolver, type BodyContext, type ResolvedBody } from '../../../src/domain/bodies.ts';
import type { Body, BodyTaxonomy } from '../../../src/schemas/body.ts';
import type { Measure } from '../../../src/schemas/measure.ts';

/** The bodies one document names, in its measures' order: id, name as written, line of the source file. */
export interface DocumentBodies {
  file: string;
  context: BodyContext;
  refs: [id: string, asWritten: string, line: number][];
}

export function bodyRefs(
  document: { province: string; city: string | null; issuers: string[]; source: { file: string } },
  measures: Measure[],
): DocumentBodies {
  return {
    file: document.source.file,
    context: { province: document.province, city: document.city, issuers: document.issuers },
    refs: measures.flatMap((m) => m.bodies.map((ref): DocumentBodies['refs'][number] => [ref.id, ref.asWritten, m.source.line])),
  };
}

/**
 * Resolutions kept between runs: a body's first name and context, and what
 * they resolved to. Resolving is the costly part (tens of thousands of bodies
 * at national scale); it is a pure function of the name and context.
 */
export type ResolvedBodies = Map<string, [first: string, body: ResolvedBody]>;

export function bodyRegistry(documents: DocumentBodies[], taxonomy: BodyTaxonomy, known: ResolvedBodies = new Map()): Body[] {
  const resolver = bodyResolver(taxonomy);
  const resolve = (id: string, asWritten: string, context: BodyContext) => {
    const first = `${asWritten}\u0000${context.province}\u0000${context.city ?? ''}\u0000${context.issuers.join('\u0001')}`;
    const memo = known.get(id);
    if (memo && memo[0] === first) return memo[1];
    const r = resolver(asWritten, context);
    known.set(id, [first, r]);
    return r;
  };
  const bodies = new Map<string, Body>();
  for (const { file, context, refs } of documents) {
    for (const [id, asWritten, line] of refs) {
      let body = bodies.get(id);
      if (!body) {
        const r = resolve(id, asWritten, context);
        body = {
          id,
          name: r.name,
          canonical: r.canonical,
          province: r.province,
          city: r.city,
          function: r.function,
          functionName: r.functionName,
          kind: r.kind,
          ...(r.department ? { department: r.department } : {}),
          writtenAs: [],
        };
        bodies.set(id, body);
      }
      if (!body.writtenAs.some((w) => w.text === asWritten)) body.writtenAs.push({ text: asWritten, file, line });
    }
  }
  for (const id of known.keys()) if (!bodies.has(id)) known.delete(id);
  return [...bodies.values()].sort((a, b) => a.id.localeCompare(b.id));
}
