/**
 * A line of "label value" pairs (patient line, footer): labels small and grey, values larger and
 * bold, shrunk together when the line would be wider than its room, never cut.
 */
import { drawLine, textWidth, type TextStyle } from './pdf-text.js';

/** One label and its value (a null value prints as an em dash), optionally in a colour. */
export type LabelledValue = [label: string, value: string | null, colour?: string];

/** Sizes of a pair line, pt. */
export interface PairSizes {
  label: number;
  value: number;
  /** Gap between pairs, pt. */
  gap: number;
}

function styles(sizes: PairSizes, scale: number): { label: TextStyle; value: TextStyle } {
  return {
    label: { size: sizes.label * scale, color: '#555555' },
    value: { size: sizes.value * scale, bold: true, color: '#111111' },
  };
}

function lineWidth(
  doc: PDFKit.PDFDocument,
  pairs: LabelledValue[],
  sizes: PairSizes,
  scale: number,
): number {
  const s = styles(sizes, scale);
  return pairs.reduce(
    (width, [label, value], i) =>
      width +
      textWidth(doc, `${label} `, s.label) +
      textWidth(doc, value ?? '—', s.value) +
      (i === 0 ? 0 : sizes.gap * scale),
    0,
  );
}

/**
 * Draws the pairs from `x` on `baselineY`, scaled down (to at most half size) to fit `maxWidth`.
 * @returns the width drawn, pt.
 */
export function drawPairs(
  doc: PDFKit.PDFDocument,
  pairs: LabelledValue[],
  x: number,
  baselineY: number,
  maxWidth: number,
  sizes: PairSizes,
): number {
  const natural = lineWidth(doc, pairs, sizes, 1);
  const scale = natural <= maxWidth ? 1 : Math.max(0.5, maxWidth / natural);
  const s = styles(sizes, scale);
  let cursor = x;
  pairs.forEach(([label, value, colour], i) => {
    if (i > 0) {
      cursor += sizes.gap * scale;
    }
    cursor += drawLine(doc, `${label} `, cursor, baselineY, s.label);
    const valueStyle = colour === undefined ? s.value : { ...s.value, color: colour };
    cursor += drawLine(doc, value ?? '—', cursor, baselineY, valueStyle);
  });
  return cursor - x;
}

/**
 * Largest size ≤ `size` at which `text` fits `maxWidth` (not below 60 % of `size`).
 * @example fitSize(doc, hospitalName, 14, 250, true) // 14, or less for a long name
 */
export function fitSize(
  doc: PDFKit.PDFDocument,
  text: string,
  size: number,
  maxWidth: number,
  bold = false,
): number {
  const width = textWidth(doc, text, { size, bold });
  return width <= maxWidth ? size : Math.max(size * 0.6, (size * maxWidth) / width);
}
