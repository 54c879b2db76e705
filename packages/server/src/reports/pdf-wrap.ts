/**
 * Wrapping for the report's text: our own greedy line breaker, so that a line mixing scripts is
 * measured with the fonts it is drawn with. Breaks after spaces, after the Tibetan tsheg (U+0F0B)
 * and shad (U+0F0D, U+0F0E), and between CJK characters; a newline always breaks.
 */
import { drawLine, linePitch, textWidth, type TextStyle } from './pdf-text.js';

const breakAfter = (ch: string): boolean =>
  /\s/.test(ch) || ch === '\u0f0b' || ch === '\u0f0d' || ch === '\u0f0e' || isCjk(ch);
const isCjk = (ch: string): boolean =>
  (ch >= '\u2e80' && ch <= '\u9fff') || (ch >= '\uff00' && ch <= '\uffef');

function tokens(paragraph: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of paragraph) {
    if (isCjk(ch) && current !== '' && !/\s$/.test(current)) {
      out.push(current);
      current = '';
    }
    current += ch;
    if (breakAfter(ch)) {
      out.push(current);
      current = '';
    }
  }
  if (current !== '') {
    out.push(current);
  }
  return out;
}

/**
 * Breaks `text` into lines no wider than `width` in `style` (a token wider than a line is cut
 * between characters). Widths add token by token (each token measured once), so a line costs
 * one measurement per token, not one per candidate line.
 * @example wrapText(doc, '窦性心律，正常心电图', 40, { size: 10 }).length // 3
 */
export function wrapText(
  doc: PDFKit.PDFDocument,
  text: string,
  width: number,
  style: TextStyle,
): string[] {
  const widths = new Map<string, number>();
  const measure = (piece: string): number => {
    let w = widths.get(piece);
    if (w === undefined) {
      w = textWidth(doc, piece, style);
      widths.set(piece, w);
    }
    return w;
  };
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = '';
    let lineWidth = 0;
    const pieces = tokens(paragraph).flatMap((token) =>
      measure(token.trimEnd()) <= width ? [token] : [...token],
    );
    for (const piece of pieces) {
      if (line !== '' && lineWidth + measure(piece.trimEnd()) > width) {
        lines.push(line.trimEnd());
        line = piece.trimStart();
        lineWidth = measure(line);
      } else {
        line += piece;
        lineWidth += measure(piece);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/**
 * Draws `text` wrapped to `width` starting with its first line's top at `topY`.
 * @returns the y below the last line, pt.
 */
export function drawWrapped(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  topY: number,
  width: number,
  style: TextStyle,
): number {
  let y = topY;
  for (const line of wrapText(doc, text, width, style)) {
    const pitch = linePitch(line, style);
    drawLine(doc, line, x, y + style.size * 1.02, style);
    y += pitch;
  }
  return y;
}

/** Height `drawWrapped` would take, pt. */
export function wrappedHeight(
  doc: PDFKit.PDFDocument,
  text: string,
  width: number,
  style: TextStyle,
): number {
  return wrapText(doc, text, width, style).reduce((h, line) => h + linePitch(line, style), 0);
}
