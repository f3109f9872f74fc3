// Web page chrome around a policy text: breadcrumbs, metadata tables, share
// and download widgets. Left out of documents (and recorded as left out).
import type { Line, Omission } from '../model.ts';

export const CHROME = [/^当前位置[:：]/, /^索引号\s/, /^公开方式\s/, /^附件下载[:：]?$/, /^扫一扫在手机/, /^【?\s*字体[:：]/, /^(打印本页|关闭窗口|分享到)/];

/** Page metadata block: 索引号 … 文号 石政规发﹝2020﹞5号 生成日期 2020年07月10日. */
export const PAGE_META = /^索引号\s/;

export function stripChrome(lines: Line[]): { lines: Line[]; omitted: Omission[] } {
  const omitted: Omission[] = [];
  const kept = lines.filter((line) => {
    const chrome = CHROME.some((re) => re.test(line.text.trim()));
    if (chrome) omitted.push({ line: line.n, text: line.text, reason: 'page-chrome' });
    return !chrome;
  });
  return { lines: kept, omitted };
}
