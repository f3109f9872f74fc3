// The CJK font the chart PNGs are drawn with: Noto Sans CJK from Debian's
// fonts-noto-cjk (scripts/setup.sh installs it), or the files named by
// POLICY_CJK_FONT and POLICY_CJK_FONT_BOLD. The build stops when there is
// none, and when a chart holds a character the font lacks: a PNG of empty
// boxes (tofu) is worse than no build.
import { existsSync } from 'node:fs';
import * as fontkit from 'fontkit';

const DEBIAN = '/usr/share/fonts/opentype/noto';
/** The Simplified Chinese face inside Noto's collections (.ttc hold SC, TC, JP, KR and HK). */
const FACES = { regular: 'NotoSansCJKsc-Regular', bold: 'NotoSansCJKsc-Bold' } as const;

export interface ChartFonts {
  regular: fontkit.Font;
  bold: fontkit.Font;
  /** Where they came from, for the build's log line. */
  files: string[];
}

export class MissingFontError extends Error {}

function open(file: string, face: string): fontkit.Font {
  const opened = fontkit.openSync(file);
  if (!('fonts' in opened)) return opened;
  const font = opened.getFont(face) ?? opened.fonts[0];
  if (!font) throw new MissingFontError(`${file} is a font collection with no font in it`);
  return font;
}

export function loadChartFonts(env: NodeJS.ProcessEnv = process.env): ChartFonts {
  const regular = env.POLICY_CJK_FONT ?? `${DEBIAN}/NotoSansCJK-Regular.ttc`;
  const bold = env.POLICY_CJK_FONT_BOLD ?? (env.POLICY_CJK_FONT ? regular : `${DEBIAN}/NotoSansCJK-Bold.ttc`);
  if (!existsSync(regular)) {
    throw new MissingFontError(
      `no CJK font for the chart PNGs: ${regular} does not exist. Install Debian's fonts-noto-cjk ` +
        '(apt-get install fonts-noto-cjk; scripts/setup.sh does) or set POLICY_CJK_FONT to a .ttc/.otf that covers Simplified Chinese. ' +
        'The build stops rather than draw Chinese text as empty boxes.',
    );
  }
  const files = existsSync(bold) ? [regular, bold] : [regular];
  return { regular: open(regular, FACES.regular), bold: open(files.at(-1)!, FACES.bold), files };
}
