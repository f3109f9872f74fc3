// Finds the clauses in a task's text that say who does it and by when:
//   （市工信局牵头，市委统战部配合，各县（市、区）落实）
//   〔省政府办公厅、省市场监管局牵头，省级行业主管部门、各市（区）按职责分工负责〕
//   （责任单位：市财政局、商务局）   (完成时限:2020年底前)
//   牵头单位：市政府政务公开办 责任单位：各县（市、区）人民政府
//   （运用促进处，蔺朝阳，63916862）   — department, contact person, phone

export interface Clause {
  /** Text inside the brackets, or the labelled run. */
  content: string;
  /** Offset of the clause (brackets included) in the text. */
  start: number;
  end: number;
}

const OPEN = '（(〔[［';
const CLOSE = '）)〕]］';
/** Words that make a bracketed clause an assignment of units or a deadline. */
const ASSIGNS = /(牵头|负责|配合|落实|参与|协助|协同|责任单位|责任部门|配合单位|完成时限|时限[:：])/;
/** Bracketed asides that mention 牵头 but assign nothing. */
const ASIDE = /括号中为|以下简称|以下统称/;
/** A contact clause: department, person, phone. */
export const CONTACT = /^([^，,]{2,20}?)[，,]\s*[\u4e00-\u9fa5]{2,4}[，,]\s*\d{6,}$/;
/** A table cell that says “none” (/, 无, —): it never takes the row above's value. */
export const NO_UNIT = /^\s*(\/|／|无|—|-|－)\s*$/;

/** Labels of unit and deadline fields written out. */
export const FIELD_LABEL = /(牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|完成时限)[:：]/g;

/** Top-level bracketed clauses that assign units or a deadline. */
export function findClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const kind = bracket(text.charCodeAt(i));
    if (kind === 1) {
      if (depth === 0) start = i;
      depth++;
    } else if (kind === -1 && depth > 0) {
      depth--;
      if (depth === 0) {
        const content = text.slice(start + 1, i).trim();
        if (content.length <= 240 && !ASIDE.test(content) && (ASSIGNS.test(content) || CONTACT.test(content))) {
          clauses.push({ content, start, end: i + 1 });
        }
      }
    }
  }
  // Labelled fields outside any bracket: 牵头单位：… 责任单位：… run to the end.
  if (LABEL_HINT.test(text)) {
    const openAtEnd = depth;
    for (const match of text.matchAll(new RegExp(FIELD_LABEL.source, 'g'))) {
      // Outside brackets, or inside one the text never closes: (牵头部门：…各市(州)局(委）
      const at = depthAt(text, match.index);
      if (at !== 0 && at > openAtEnd) continue;
      if (clauses.some((c) => c.start <= match.index && match.index < c.end)) break;
      clauses.push({ content: text.slice(match.index).trim(), start: match.index, end: text.length });
      break;
    }
  }
  return clauses.sort((a, b) => a.start - b.start);
}

/** 1 for an opening bracket, -1 for a closing one, 0 otherwise (by char code: this runs on every character). */
function bracket(code: number): number {
  switch (code) {
    case 0xff08:
    case 0x28:
    case 0x3014:
    case 0x5b:
    case 0xff3b:
      return 1; // （ ( 〔 [ ［
    case 0xff09:
    case 0x29:
    case 0x3015:
    case 0x5d:
    case 0xff3d:
      return -1; // ） ) 〕 ] ］
    default:
      return 0;
  }
}

/** Bracket depth at an offset (unclosed brackets before it). */
function depthAt(text: string, offset: number): number {
  let depth = 0;
  for (let i = 0; i < offset; i++) {
    const kind = bracket(text.charCodeAt(i));
    if (kind === 1) depth++;
    else if (kind === -1 && depth > 0) depth--;
  }
  return depth;
}

/** Cheap test before the label scan. */
const LABEL_HINT = /(单位|部门|时限)[:：]/;

/** Splits on a separator only outside nested brackets: 各县（市、区） stays whole. */
export function splitTopLevel(text: string, separators: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (OPEN.includes(ch) || ch === '〈') depth++;
    else if ((CLOSE.includes(ch) || ch === '〉') && depth > 0) depth--;
    if (depth === 0 && separators.test(ch)) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}
