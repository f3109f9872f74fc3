// A 复制推广 notice (陕西 782号: 关于复制推广学习借鉴省内外优化营商环境典型经验做法的通知)
// hands out other places' practices to learn from: a list whose 来源 column
// names each row's place (the table layouts read it), and attachments that
// tell one place's experience (附件2 西安高新区推行“四维创新”全链条服务…, whose
// 一、服务创新… are what 西安高新区 did). Such an attachment's measures are that
// place's practice, not commitments of the notice's issuer.
import type { BodyNode, MeasureDraft } from '../model.ts';

/** A notice that hands out others' practices, by its title. */
const HANDS_OUT_PRACTICES = /复制推广|学习借鉴|典型经验|经验做法/;
const ATTACHMENT = /^附件\s*\d*$/;
/** An attachment title that opens with a place doing something: 西安高新区推行…, 某县探索…. */
const EXPERIENCE_OF = /^([\u4e00-\u9fa5]{2,10}?(?:高新区|新区|开发区|经开区|自治州|市|县|区))(?:推行|探索|创新|打造|实施|构建|聚焦|坚持|深化|建立)/u;

/** The drafts, with practiceFrom set on those an experience attachment of a practice-handing notice holds. */
export function markCopiedPractices(drafts: MeasureDraft[], body: BodyNode[], title: string): MeasureDraft[] {
  if (!HANDS_OUT_PRACTICES.test(title)) return drafts;
  // Each attachment's first line and the place its title names (null: none, or not an experience).
  const attachments: { line: number; place: string | null }[] = [];
  body.forEach((node, i) => {
    if (node.type !== 'paragraph' || !ATTACHMENT.test(node.text.trim())) return;
    const next = body[i + 1];
    const place = next?.type === 'paragraph' ? (EXPERIENCE_OF.exec(next.text.trim())?.[1] ?? null) : null;
    attachments.push({ line: node.span.line, place });
  });
  if (!attachments.some((a) => a.place)) return drafts;
  return drafts.map((draft) => {
    const place = attachments.findLast((a) => a.line < draft.span.line)?.place;
    return place && !draft.fields.practiceFrom ? { ...draft, fields: { ...draft.fields, practiceFrom: place } } : draft;
  });
}
