// Radicals where ideographs were meant. CJK fonts draw a radical and the
// ideograph of the same shape with one glyph, and PDF writers (Chromium's
// among them) map that glyph back to the radical's code point: 人民 comes
// out of the text layer as ⼈⺠, which no search for 人民 finds. Kangxi
// radicals have a compatibility decomposition to their ideograph (NFKC);
// radicals of the supplement block mostly do not, and take their ideograph
// from Unicode's EquivalentUnifiedIdeograph.txt (whole-character forms only).

/** U+2E80–U+2EFF entries of EquivalentUnifiedIdeograph.txt that stand for a whole character. */
const SUPPLEMENT: Record<string, string> = {
  '\u2E9F': '母',
  '\u2EA0': '民',
  '\u2EB0': '纟',
  '\u2EC4': '西',
  '\u2EC5': '见',
  '\u2EC6': '角',
  '\u2EC8': '讠',
  '\u2EC9': '贝',
  '\u2ECB': '车',
  '\u2ED0': '钅',
  '\u2ED3': '长',
  '\u2ED4': '门',
  '\u2ED8': '青',
  '\u2ED9': '韦',
  '\u2EDA': '页',
  '\u2EDB': '风',
  '\u2EDC': '飞',
  '\u2EDD': '食',
  '\u2EE0': '饣',
  '\u2EE2': '马',
  '\u2EE3': '骨',
  '\u2EE4': '鬼',
  '\u2EE5': '鱼',
  '\u2EE6': '鸟',
  '\u2EE7': '卤',
  '\u2EE8': '麦',
  '\u2EE9': '黄',
  '\u2EEA': '黾',
  '\u2EEC': '齐',
  '\u2EEE': '齿',
  '\u2EF0': '龙',
  '\u2EF3': '龟',
};

/**
 * Kangxi radicals whose decomposition is a traditional variant that a
 * simplified-Chinese font draws with the simplified character's glyph: the
 * glyph a Chinese (SC) font shares between ⼾ and 户 is 户, not 戶.
 */
const SIMPLIFIED_FONT_FORMS: Record<string, string> = { '\u2F3E': '户', '\u2FAD': '青' };

const KANGXI = /[\u2F00-\u2FDF]/g;
const SUPPLEMENT_RANGE = /[\u2E80-\u2EFF]/g;

export function ideographsForRadicals(text: string): string {
  return text.replace(KANGXI, (c) => SIMPLIFIED_FONT_FORMS[c] ?? c.normalize('NFKC')).replace(SUPPLEMENT_RANGE, (c) => SUPPLEMENT[c] ?? c);
}
