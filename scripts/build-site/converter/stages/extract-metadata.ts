// Who issued a document, where, when. Read from its title, signature
// and page metadata; the manifest fills only what no text states, with its
// reason; nothing else is guessed.
import { docNumberProvince, findCity, findProvince, placeNamedIn } from '../../../../src/domain/places.ts';
import type { Level, MetaOrigin } from '../../../../src/schemas/document.ts';
import { warning, type Diagnostic } from '../diagnostics.ts';
import type { DocumentDraft } from '../model.ts';
import { tidySpaces } from '../text/spacing.ts';

export interface DocumentMeta {
  title: string;
  titleNote: string | null;
  /** The title as the source wrote it: the document's id is hashed from it, so a restored place moves no page. */
  sourceTitle: string;
  issuers: string[];
  docNumber: string | null;
  date: string | null;
  dateOrigin: MetaOrigin;
  dateNote: string | null;
  year: number | null;
  province: string;
  city: string | null;
  placeNote: string | null;
  docNumberNote: string | null;
  level: Level;
}

/** Words issuing bodies end in. */
const BODY_END = /(人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|政法委|党委|委|厅|局|办|院|会|领导小组|小组)$/;
/** Title words after the issuer: 关于… / 印发… */
const AFTER_ISSUER = /(关于|印发)/;

export function extractMetadata(draft: DocumentDraft): { value: DocumentMeta; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const file = draft.source.file;
  const manifest = draft.source.manifest;
  const written = tidySpaces(draft.head.title) || '（无标题）';
  if (!draft.head.title) diagnostics.push(warning(file, draft.span.line, 'meta/no-title', 'document has no readable title'));

  let issuers = issuersFrom(written, draft.head.issuerText);
  const { title, titleNote } = placedTitle(written, issuers);
  if (!issuers.length && manifest?.supplied.issuers) issuers = manifest.supplied.issuers.value;

  let date = draft.head.date;
  let dateOrigin = draft.head.dateOrigin;
  let dateNote = draft.head.dateNote;
  if (!date && manifest?.supplied.date) {
    date = manifest.supplied.date.value;
    dateOrigin = 'manifest';
    dateNote = manifest.supplied.date.reason;
  }
  const titleYear = /(\d{4})\s*年/.exec(title);
  const year = date ? Number(date.slice(0, 4)) : titleYear ? Number(titleYear[1]) : (manifest?.supplied.year?.value ?? null);

  // Place: the manifest's word, else the issuer's or title's place name, else the compilation section.
  let province = manifest?.province ? (findProvince(manifest.province)?.name ?? manifest.province) : null;
  let city = manifest?.city ?? null;
  let placeNote: string | null = null;
  if (!province) {
    const named = placeNamedIn(issuers.join('') || title) ?? placeNamedIn(title);
    const section = draft.head.compilationProvince;
    if (named) {
      province = named.province.name;
      city = named.city?.name ?? null;
      if (section && section !== province) {
        placeNote = `汇编将本文列于“${section}”部分，发文机关在${province}，按${province}收录`;
        diagnostics.push(
          warning(
            file,
            draft.span.line,
            'meta/province-mismatch',
            `the compilation files this document under ${section}, but its issuer is in ${province}; listed under ${province}`,
            title,
          ),
        );
      }
    } else if (section) province = section;
  }
  if (city) city = findCity(city)?.city.name ?? city;
  if (!province) {
    diagnostics.push(warning(file, draft.span.line, 'meta/no-place', 'no province named in title, issuer or manifest', title));
    province = '未知';
  }
  // 湘政务函 on 甘肃省交通运输厅's notice: printed as the source has it, and said to be another province's.
  const docNumber = draft.head.docNumber;
  const numbered = !city && docNumber ? docNumberProvince(docNumber) : undefined;
  let docNumberNote: string | null = null;
  if (docNumber && numbered && numbered !== province) {
    docNumberNote = `文号以“${docNumber.charAt(0)}”（${numbered}的简称）起首，与发文机关所在的${province}不符，照录原文`;
    diagnostics.push(
      warning(
        file,
        draft.span.line,
        'meta/doc-number-place',
        `the 文号 ${docNumber} opens with ${numbered}'s abbreviation, but the issuer is in ${province}`,
        title,
      ),
    );
  }
  return {
    value: {
      title,
      titleNote,
      sourceTitle: written,
      issuers,
      docNumber: draft.head.docNumber,
      date,
      dateOrigin: date ? dateOrigin : 'not-stated',
      dateNote,
      year,
      province,
      city,
      placeNote,
      docNumberNote,
      level: city ? 'city' : 'province',
    },
    diagnostics,
  };
}

/** The issuer a title names before 关于/印发, as written; '' where it names none. */
const issuerHead = (title: string): string => {
  const cut = AFTER_ISSUER.exec(title);
  return cut ? title.slice(0, cut.index) : '';
};

/** An issuer written without its place: 市人民政府办公室. */
const PLACELESS = /^(市|县|区|省|州)/;

/**
 * A title that drops its issuer's place (市人民政府办公室关于印发中卫市…: a web page's title) takes it back from
 * the signature's issuer, and says so: in lists and search results a title opening on 市人民政府办公室 names no
 * city (a review of the place pages).
 */
export function placedTitle(title: string, issuers: string[]): { title: string; titleNote: string | null } {
  const head = issuerHead(title);
  const issuer = issuers.length === 1 ? issuers[0]! : null;
  if (!head || !PLACELESS.test(head) || !BODY_END.test(head) || !issuer || issuer === head || !issuer.endsWith(head)) return { title, titleNote: null };
  const place = issuer.slice(0, -head.length).replace(/[省市县区州]$/, '');
  return { title: `${issuer}${title.slice(head.length)}`, titleNote: `来源标题省去了“${place}”，据落款补出` };
}

/** Issuers named before 关于/印发 in the title, else the signature; joint issuers split. */
export function issuersFrom(title: string, signature: string | null): string[] {
  const head = issuerHead(title);
  // A title that drops the place (市人民政府办公室关于…) names the issuer less well than its signature.
  if (head && BODY_END.test(head) && !(PLACELESS.test(head) && signature)) return splitJointIssuers(head);
  if (signature) return splitJointIssuers(tidySpaces(signature));
  return [];
}

/** 中共陕西省委陕西省人民政府 → 中共陕西省委, 陕西省人民政府. */
export function splitJointIssuers(text: string): string[] {
  const parts = text
    .replace(/(委|政府|办公厅|办公室|厅|局)(?=(中共|[\u4e00-\u9fa5]{2,6}(省|市|自治区|州)))/g, '$1\u0000')
    .split('\u0000')
    .map((p) => p.trim())
    .filter(Boolean);
  return parts;
}
