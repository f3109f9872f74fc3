// Runs the whole converter over one fixture file, as if it were a source
// with a manifest entry of the fixture's layout, and returns what a reviewer
// needs to read: document metadata, measures with their fields, diagnostics.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { manifestSchema } from '../../scripts/build-site/converter/manifest.ts';
import { convert, type Conversion } from '../../scripts/build-site/converter/pipeline.ts';
import { bodies } from '../../scripts/eval/corpus.ts';
import { BODY_ROLE_LABEL } from '../../src/schemas/labels.ts';

export function convertFixture(dir: string, layout: string): Conversion {
  const bytes = readFileSync(path.join(dir, 'input.txt'));
  const extra = existsSync(path.join(dir, 'fixture.json')) ? JSON.parse(readFileSync(path.join(dir, 'fixture.json'), 'utf8')) : {};
  const manifest = manifestSchema.parse({
    compilation: 'fixture',
    files: [{ file: 'input.txt', originalName: 'input.txt', layout, description: 'fixture', ...extra }],
  });
  return convert([{ file: 'input.txt', name: 'input.txt', bytes: new Uint8Array(bytes) }], manifest, { bodies });
}

export function summarize(conversion: Conversion) {
  return {
    documents: conversion.documents.map(({ document: d }) => ({
      title: d.title,
      issuers: d.issuers,
      docNumber: d.docNumber,
      date: d.date,
      dateOrigin: d.dateOrigin,
      ...(d.dateNote ? { dateNote: d.dateNote } : {}),
      province: d.province,
      city: d.city,
      level: d.level,
      lines: [d.source.startLine, d.source.endLine],
      pages: [d.source.firstPage, d.source.lastPage],
    })),
    measures: conversion.documents.flatMap(({ measures }) =>
      measures.map((m) => ({
        line: m.source.line,
        label: m.label,
        path: m.path,
        title: m.title,
        text: m.text,
        bodies: m.bodies.map((b) => `${BODY_ROLE_LABEL[b.role]} ${b.asWritten}${b.asWritten === b.name ? '' : ` → ${b.name}`} (${b.origin})`),
        ...(m.openLists.lead || m.openLists.responsible ? { openLists: m.openLists } : {}),
        ...(m.unreadableBodies.length ? { unreadableBodies: m.unreadableBodies } : {}),
        deadline:
          m.deadline &&
          `${m.deadline.raw} → ${m.deadline.date ?? '∅'} (${m.deadline.kind}, ${m.deadline.origin}${m.deadline.yearInferred ? ', year inferred' : ''})`,
        ...(m.practiceFrom ? { practiceFrom: m.practiceFrom } : {}),
        targets: m.targets.map(
          (t) => `${t.text} = ${t.comparator}${t.value}${t.unit}${t.from ? ` from ${t.from.value}${t.from.unit}` : ''}${t.year ? ` @${t.year}` : ''}`,
        ),
      })),
    ),
    diagnostics: conversion.diagnostics.map((d) => `${d.line ?? '-'} ${d.ruleId}`),
  };
}
