/**
 * How many screen pixels a paper millimetre gets: true size (the CSS millimetre, corrected by the
 * screen calibration, magnified in the zoom), or "fit width" (10 s of paper, 5 s in the zoom,
 * across the available width, as on a phone).
 */
import type { PaperGeometry } from './layout.js';
import { cssPxPerMm, sampleToMm } from './paper.js';

/** Seconds of trace "fit width" puts across the screen, by layout. */
const FIT_SECONDS = { '3x4': 10, '12x1': 10, single: 5 } as const;

/**
 * CSS px per mm at true size.
 * @param sheet the layout (its magnification applies)
 * @param calibration the screen calibration factor (1 = nominal)
 * @example paperPxPerMm(sheet3x4, 1) // 3.7795…
 */
export function paperPxPerMm(sheet: PaperGeometry, calibration: number): number {
  return cssPxPerMm(calibration) * sheet.magnification;
}

/**
 * CSS px per mm that fit the calibration margin and 10 s of trace (5 s zoomed) into a width.
 * @param sheet the layout
 * @param speedMmPerS paper speed
 * @param widthPx available width, CSS px, > 0
 * @example fitPxPerMm(sheet3x4, 25, 1060) // 4 (265 mm of paper on 1060 px)
 */
export function fitPxPerMm(sheet: PaperGeometry, speedMmPerS: number, widthPx: number): number {
  const traceXMm = sheet.panels[0]?.xMm ?? 0;
  const rightMarginMm = 5;
  const fitMm = traceXMm + FIT_SECONDS[sheet.layout] * speedMmPerS + rightMarginMm;
  return widthPx / Math.min(sheet.widthMm, fitMm);
}

/**
 * Horizontal position on the scaled sheet of a sample of the first panel (the scrolling layouts
 * have one time axis for all rows).
 * @param sheet the layout
 * @param sample sample index
 * @param sampleRateHz the record's rate
 * @param speedMmPerS paper speed
 * @param pxPerMm CSS px per mm on screen
 * @returns CSS px from the sheet's left edge
 */
export function sampleXPx(
  sheet: PaperGeometry,
  sample: number,
  sampleRateHz: number,
  speedMmPerS: number,
  pxPerMm: number,
): number {
  const panel = sheet.panels[0];
  if (panel === undefined) {
    return 0;
  }
  return (panel.xMm + sampleToMm(sample - panel.startSample, sampleRateHz, speedMmPerS)) * pxPerMm;
}
