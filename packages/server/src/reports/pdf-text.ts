/**
 * Text on the report in Chinese, Latin and Tibetan. Each run of Tibetan (U+0F00–U+0FFF) is set in
 * the Tibetan font and everything else in the CJK font (which also covers Latin), on a common
 * baseline (wrapping: `pdf-wrap.ts`).
 */
import { fontError, type FontRole, type ReportFonts } from './report-fonts.js';
import type { Config } from '../config/config.js';

/** How a piece of text is set. */
export interface TextStyle {
  /** Font size, pt. */
  size: number;
  bold?: boolean;
  /** Fill colour, CSS hex (default near-black). */
  color?: string;
}

/** A run of one script. */
export interface ScriptRun {
  text: string;
  tibetan: boolean;
}

const isTibetan = (ch: string): boolean => ch >= '\u0f00' && ch <= '\u0fff';

/**
 * Tibetan Machine Uni draws its letters small for their em (room is kept for tall stacks), so at
 * the same point size Tibetan looks about a third smaller than Chinese: Tibetan runs are set this
 * much larger.
 */
export const TIBETAN_SCALE = 1.3;

/**
 * Typographic quotes between Latin letters as ASCII: the CJK font's curly quotes are full-width
 * (`People’s` would print as `People’ s`).
 */
function latinQuotes(text: string): string {
  return text.replace(/(?<=[A-Za-z])[\u2019\u2018](?=[A-Za-z])/g, "'");
}
const isNeutral = (ch: string): boolean => /\s/.test(ch);

/**
 * Splits text into runs of Tibetan and non-Tibetan; spaces stay with the run they follow.
 * @example scriptRuns('县 ཚོད') // [{ text: '县 ', tibetan: false }, { text: 'ཚོད', tibetan: true }]
 */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  for (const ch of text) {
    const last = runs[runs.length - 1];
    const tibetan = isTibetan(ch);
    if (last !== undefined && (last.tibetan === tibetan || isNeutral(ch))) {
      last.text += ch;
    } else {
      runs.push({ text: ch, tibetan });
    }
  }
  return runs;
}

/**
 * Registers the three report fonts into `doc` under their role names and checks each can be used
 * (a wrong face name in a collection fails here, not halfway through a page).
 * @throws GesangError 503 naming the unusable font.
 */
export function registerFonts(
  doc: PDFKit.PDFDocument,
  fonts: ReportFonts,
  sources: Config['reportFonts'],
): void {
  for (const role of ['cjk', 'cjkBold', 'tibetan'] as FontRole[]) {
    const font = fonts[role];
    try {
      doc.registerFont(role, font.bytes, font.face);
      doc.font(role);
    } catch (error) {
      throw fontError(role, sources[role], error);
    }
  }
}

function runSize(run: ScriptRun, style: TextStyle): number {
  return run.tibetan ? style.size * TIBETAN_SCALE : style.size;
}

function runFont(run: ScriptRun, style: TextStyle): FontRole {
  if (run.tibetan) {
    return 'tibetan';
  }
  return style.bold === true ? 'cjkBold' : 'cjk';
}

/** Width of `text` in `style`, pt. */
export function textWidth(doc: PDFKit.PDFDocument, text: string, style: TextStyle): number {
  let width = 0;
  for (const run of scriptRuns(latinQuotes(text))) {
    width += doc.font(runFont(run, style)).fontSize(runSize(run, style)).widthOfString(run.text);
  }
  return width;
}

/**
 * Draws one line (no wrapping) with its baseline at `baselineY`.
 * @returns the line's width, pt.
 */
export function drawLine(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  baselineY: number,
  style: TextStyle,
): number {
  let cursor = x;
  doc.fillColor(style.color ?? '#111111');
  for (const run of scriptRuns(latinQuotes(text))) {
    doc.font(runFont(run, style)).fontSize(runSize(run, style));
    doc.text(run.text, cursor, baselineY, { lineBreak: false, baseline: 'alphabetic' });
    cursor += doc.widthOfString(run.text);
  }
  return cursor - x;
}

/** Line pitch of text in `style`, pt: taller when the line holds Tibetan stacks. */
export function linePitch(text: string, style: TextStyle): number {
  return style.size * (/[\u0f00-\u0fff]/.test(text) ? 1.9 : 1.35);
}
