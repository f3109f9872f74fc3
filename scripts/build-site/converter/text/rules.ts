// Rules a document states once for all its tasks:
//   各项任务的第一责任单位为牵头单位 — the first responsible unit leads;
//   以下均需各市州政府、兰州新区管委会负责落实，不再一一列出 — units for every task below;
//   （括号中为牵头负责部门、人员、电话，各市局、其他相关部门、直属单位按职责分工负责。下同）
import type { DocumentRules } from '../model.ts';
import type { TextBlock } from './markers.ts';

const FIRST_UNIT_LEADS = /(第一责任单位|排名第一的单位|排在第一位的单位|排在首位的单位|列第一位的单位)为牵头单位/;
const STANDING_BELOW = /以下(?:各项|措施|任务)?均需(.+?)(?:负责)?落实/;
const STANDING_SAME = /括号中为牵头[^，,]*[，,](.+?)按职责分工负责[。.]?下同/;

export function readRules(blocks: TextBlock[]): DocumentRules {
  const rules: DocumentRules = { firstUnitLeads: false, standingUnits: [] };
  for (const block of blocks) {
    if (FIRST_UNIT_LEADS.test(block.text)) rules.firstUnitLeads = true;
    for (const re of [STANDING_BELOW, STANDING_SAME]) {
      const match = re.exec(block.text);
      if (match) rules.standingUnits.push({ fromLine: block.span.line, units: match[1], text: match[0] });
    }
  }
  return rules;
}
