// Who implements whom in a transmission, which decides how its pages speak:
// a city's plan implementing its province's (上级 / 下级), a city's task list
// detailing its own plan (方案 / 细化文件), or a provincial department's plan
// taking on its share of the province's (省级方案 / 部门方案). A department
// takes on only the items in its remit, so an item its plan lacks is 未承接
// (not taken on), never 未采纳 (not adopted).
import type { PolicyDocument } from '../schemas/document.ts';
import type { TransmissionKind } from '../schemas/analysis.ts';
import { TRANSMISSION_KIND_LABEL } from '../schemas/labels.ts';

export type TransmissionTier = 'lower' | 'task-list' | 'department';

type Side = Pick<PolicyDocument, 'province' | 'city' | 'issuers'>;

export function transmissionTier(up: Side, down: Side): TransmissionTier {
  if (up.province !== down.province || up.city !== down.city) return 'lower';
  return down.city === null ? 'department' : 'task-list';
}

export interface TierWords {
  upLabel: string;
  downLabel: string;
  /** Who implements: the place, or for a department its issuer. */
  who: string;
  /** 如何落实上级方案 and its kin, after `who`. */
  how: string;
  kind: Record<TransmissionKind, string>;
  /** What an upstream item without a counterpart does and does not mean, where it needs saying. */
  unmatchedNote?: string;
}

/** A department's 未承接 is an upper bound: its plan may have rewritten, split or taken in part of an item. */
export const DEPARTMENT_UNMATCHED =
  '部门方案只承接本部门职责内的任务，未见对应的多属其他部门职责；部门方案改写、拆分或只写入一部分的条目，可能未能对应，以原文为准';

export function tierWords(tier: TransmissionTier, down: Side): TierWords {
  const place = down.city ?? down.province;
  if (tier === 'department')
    return {
      upLabel: '省级方案',
      downLabel: '部门方案',
      who: down.issuers.join('、') || place,
      how: '如何承接省级方案',
      kind: { ...TRANSMISSION_KIND_LABEL, dropped: '未承接' },
      unmatchedNote: DEPARTMENT_UNMATCHED,
    };
  if (tier === 'task-list') return { upLabel: '方案', downLabel: '细化文件', who: place, how: '如何细化落实本地方案', kind: TRANSMISSION_KIND_LABEL };
  return { upLabel: '上级', downLabel: '下级', who: place, how: '如何落实上级方案', kind: TRANSMISSION_KIND_LABEL };
}
