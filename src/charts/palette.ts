// Colours of the charts.
//
// Site colours are copied from src/styles/global.css as literals because SVG
// presentation attributes cannot read CSS variables, and a chart must keep its
// colours when saved or printed on its own. Categorical colours are the
// Okabe–Ito set (distinguishable under the common colour-vision deficiencies),
// without its yellow, which is illegible on paper; series also differ by marker
// shape and carry direct labels, so no chart relies on hue alone.

export const INK = '#1d2125';
export const INK_SOFT = '#4a5159';
export const INK_FAINT = '#5f6770';
export const PANEL = '#f4f2ec';
export const RULE = '#dcd8cd';
export const ACCENT = '#8a1c1c';
export const WHITE = '#ffffff';

/** Light tint of the accent, always drawn with an ACCENT outline: the fill alone is too pale to stand out from white. */
export const ACCENT_TINT = '#f0d5ce';
/** Mid grey for marks that are present but not highlighted (past, not the best): 3.4:1 on the paper colour. */
export const NEUTRAL = '#858a90';

/** Okabe–Ito without yellow: blue, vermillion, bluish green, reddish purple, orange, sky blue, black. */
export const CATEGORICAL = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'] as const;

export function categorical(i: number): string {
  return CATEGORICAL[i % CATEGORICAL.length]!;
}
