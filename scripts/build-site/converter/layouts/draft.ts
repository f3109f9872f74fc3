// What every layout reader hands on: the document's parsed body with its
// head, rules and omissions. Readers state what they found; the rest of the
// head is "not stated", never guessed.
import type { Diagnostic } from '../diagnostics.ts';
import type { BodyNode, DocumentDraft, DocumentHead, DocumentRules, DocumentSlice, Omission, StageResult } from '../model.ts';
import type { NoticeParts } from '../text/notice.ts';

export interface DraftParts {
  body: BodyNode[];
  rules?: DocumentRules;
  omitted: Omission[];
  head: Partial<DocumentHead> & Pick<DocumentHead, 'title'>;
}

const NO_RULES: DocumentRules = { firstUnitLeads: false, standingUnits: [] };

export function documentDraft(slice: DocumentSlice, parts: DraftParts, diagnostics: Diagnostic[]): StageResult<DocumentDraft> {
  const date = parts.head.date ?? null;
  return {
    value: {
      source: slice.source,
      lines: slice.lines,
      span: slice.span,
      body: parts.body,
      rules: parts.rules ?? NO_RULES,
      omitted: parts.omitted,
      head: {
        issuerText: null,
        docNumber: null,
        dateNote: null,
        compilationProvince: null,
        compilation: null,
        ...parts.head,
        date,
        dateOrigin: date ? (parts.head.dateOrigin ?? 'not-stated') : 'not-stated',
      },
    },
    diagnostics,
  };
}

/** Issuer and date as a notice's signature gives them. */
export function signedBy(notice: Pick<NoticeParts, 'signatureNames' | 'signatureDate'>): Pick<DocumentHead, 'issuerText' | 'date' | 'dateOrigin'> {
  return {
    issuerText: notice.signatureNames.join('') || null,
    date: notice.signatureDate,
    dateOrigin: notice.signatureDate ? 'signature' : 'not-stated',
  };
}
