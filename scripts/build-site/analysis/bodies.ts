// Every body the measures name, once: its place, canonical name, function and
// kind (re-resolved from its first name, with the document's context, by the
// same rule the converter used), and every way the sources write it, each with
// the file and line where it was first read.
import { bodyResolver } from '../../../src/domain/bodies.ts';
import type { Body, BodyTaxonomy } from '../../../src/schemas/body.ts';
import type { ConvertedDocument } from '../converter/pipeline.ts';

export function bodyRegistry(documents: ConvertedDocument[], taxonomy: BodyTaxonomy): Body[] {
  const resolve = bodyResolver(taxonomy);
  const bodies = new Map<string, Body>();
  for (const { document, measures } of documents) {
    const context = { province: document.province, city: document.city, issuers: document.issuers };
    for (const m of measures) {
      for (const ref of m.bodies) {
        let body = bodies.get(ref.id);
        if (!body) {
          const r = resolve(ref.asWritten, context);
          body = {
            id: ref.id,
            name: r.name,
            canonical: r.canonical,
            province: r.province,
            city: r.city,
            function: r.function,
            functionName: r.functionName,
            kind: r.kind,
            writtenAs: [],
          };
          bodies.set(ref.id, body);
        }
        if (!body.writtenAs.some((w) => w.text === ref.asWritten)) body.writtenAs.push({ text: ref.asWritten, file: m.source.file, line: m.source.line });
      }
    }
  }
  return [...bodies.values()].sort((a, b) => a.id.localeCompare(b.id));
}
