// Why a measure has its themes, in words a reader can check against its text:
// each theme with the cue words that decided it and where each stood
// (标题“不动产登记”、正文“首次登记”“转移登记”), as a codebook's notes quote their evidence.
import type { ThemeBasis } from '../schemas/measure.ts';
import { THEME_CUE_LABEL } from '../schemas/labels.ts';

/** What decided a theme that no cue word named: the plan's goals and safeguards are organization by rule. */
export const NO_CUES = '无线索词，据其位于文件的目标或保障措施部分';

/** Where the model learnt from read measures overruled the cue words: its words are evidence of a different kind, and the page says so. */
export const LEARNT = '据人工标注训练的模型';

/** A secondary theme the model weighed nearly as high as the primary: the measure's words carry both. */
export const LEARNT_NEAR_TIE = '据人工标注训练的模型，与主要主题得分相近';

/** A secondary theme the measure commits to with a quantified target on one of its metrics. */
export const BY_TARGET = '据本主题的量化目标';

/** A secondary theme a codebook ruling adds: the measure names it jointly with its primary (水电气 → 获得电力). */
export const BY_RULING = '据编码规则（与主要主题并提，如“水电气”联合报装、开办与注销并提）';
/** A primary theme a ruling gives from the measure's own title (theme-title-rulings.ts). */
export const BY_TITLE_RULING = '据主题分类说明的裁定，按标题并提的事项判定（如开办与注销并提的归开办企业）';

/**
 * A primary theme the model put only narrowly ahead of another: such filings were the reader's about half
 * the time (theme-model.ts UNSURE), so the page says it is a weak call rather than let it read as settled.
 */
export const UNSURE_NOTE = '把握不大：模型给这一主题的得分只略高于其他主题，此类判定约一半与人工阅读一致';

/** Whether a measure's primary theme is such a weak call. */
export const primaryUnsure = (measure: { themeBasis: Pick<ThemeBasis, 'role' | 'unsure'>[] }): boolean =>
  measure.themeBasis.some((b) => b.role === 'primary' && b.unsure === true);

export interface ThemeReason {
  theme: string;
  name: string;
  role: ThemeBasis['role'];
  /** 标题“不动产登记”、所在标题“抵押登记”: cues grouped by where they stood, in the order given. */
  evidence: string;
  /** The primary theme is a weak call (UNSURE_NOTE). */
  unsure: boolean;
}

export function themeReasons(
  measure: { title?: string | null; themes: string[]; themeBasis: (Omit<ThemeBasis, 'by'> & { by?: ThemeBasis['by'] })[] },
  themeName: (id: string) => string,
): ThemeReason[] {
  // An untitled row's title zone is its first clause: called 标题 there, it named a title the page does not show (a review).
  const cueText = (cues: ThemeBasis['cues']) => cuesByWhere(cues, measure.title === null ? UNTITLED_FIRST_CLAUSE : THEME_CUE_LABEL.title);
  const evidenceOf = (basis: { by?: ThemeBasis['by']; role: ThemeBasis['role']; cues: ThemeBasis['cues'] } | undefined): string => {
    if (basis?.by === 'target') return `${BY_TARGET}${basis.cues.map((c) => `“${c.text}”`).join('')}`;
    if (basis?.by === 'ruling') return `${basis.role === 'primary' ? BY_TITLE_RULING : BY_RULING}：${cueText(basis.cues)}`;
    // A learnt decision on a measure too short to quote (第四条公示) is still the model's, not a rule's.
    if (basis?.by === 'learnt') {
      const model = basis.role === 'secondary' ? LEARNT_NEAR_TIE : LEARNT;
      return basis.cues.length ? `${model}，${cueText(basis.cues)}` : `${model}（措施文字过短，举不出依据词）`;
    }
    return !basis || basis.cues.length === 0 ? NO_CUES : cueText(basis.cues);
  };
  return measure.themes.map((theme, i) => {
    const basis = measure.themeBasis.find((b) => b.theme === theme);
    return {
      theme,
      name: themeName(theme),
      role: basis?.role ?? (i === 0 ? 'primary' : 'secondary'),
      evidence: evidenceOf(basis),
      unsure: basis?.unsure === true,
    };
  });
}

/** Where the title zone's cues stood on a measure without a title of its own (a task table's row). */
export const UNTITLED_FIRST_CLAUSE = '首句';

function cuesByWhere(cues: ThemeBasis['cues'], titleLabel: string): string {
  const byWhere = new Map<ThemeBasis['cues'][number]['where'], string[]>();
  for (const cue of cues) byWhere.set(cue.where, [...(byWhere.get(cue.where) ?? []), cue.text]);
  const label = (where: ThemeBasis['cues'][number]['where']) => (where === 'title' ? titleLabel : THEME_CUE_LABEL[where]);
  return [...byWhere].map(([where, texts]) => `${label(where)}${texts.map((t) => `“${t}”`).join('')}`).join('、');
}
