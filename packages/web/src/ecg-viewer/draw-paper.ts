/**
 * The paper itself: background, 1 mm and 5 mm grid, calibration pulses, the 3×4 column marks and
 * the legend. Everything is drawn only where the viewport is, in one path per line kind.
 */
import type { PaperGeometry } from './layout.js';
import { crispLinePx, uvToMm } from './paper.js';

/** The classic colours: red grid on white paper, black trace. */
export const PAPER_COLORS = {
  paper: '#fffafa',
  minor: '#f6c9c9',
  major: '#e48f8f',
  ink: '#111111',
  label: '#000000',
  legend: '#7a2e2e',
} as const;

/** What part of the sheet the canvas shows, in CSS pixels of the whole (scaled) sheet. */
export interface Viewport {
  xPx: number;
  yPx: number;
  widthPx: number;
  heightPx: number;
}

/** Sheet, scale and viewport: the context of every drawing function. */
export interface DrawContext {
  ctx: CanvasRenderingContext2D;
  sheet: PaperGeometry;
  /** CSS px per paper mm on screen, magnification included. */
  pxPerMm: number;
  devicePixelRatio: number;
  viewport: Viewport;
  gainMmPerMv: number;
  /** The page's font stack, so Chinese and Tibetan legends render with the page's fonts. */
  fontFamily: string;
}

/** Below this many CSS px per mm the 1 mm lines would merge into a pink wash: 5 mm only. */
const MIN_MINOR_SPACING_PX = 2.5;

/**
 * Paper background and grid over the visible part of the sheet.
 * @param d drawing context
 */
export function drawGrid(d: DrawContext): void {
  const { ctx, sheet, pxPerMm, devicePixelRatio: dpr, viewport: v } = d;
  ctx.fillStyle = PAPER_COLORS.paper;
  ctx.fillRect(0, 0, v.widthPx, v.heightPx);
  const right = Math.min(sheet.widthMm, (v.xPx + v.widthPx) / pxPerMm);
  const bottom = Math.min(sheet.heightMm, (v.yPx + v.heightPx) / pxPerMm);
  const left = Math.max(0, Math.floor(v.xPx / pxPerMm));
  const top = Math.max(0, Math.floor(v.yPx / pxPerMm));
  const x0 = -v.xPx;
  const y0 = -v.yPx;
  const endX = right * pxPerMm - v.xPx;
  const endY = bottom * pxPerMm - v.yPx;
  const showMinor = pxPerMm >= MIN_MINOR_SPACING_PX;
  for (const major of showMinor ? [false, true] : [true]) {
    ctx.beginPath();
    for (let mm = left; mm <= right; mm++) {
      if ((mm % 5 === 0) === major) {
        const x = crispLinePx(x0 + mm * pxPerMm, dpr);
        ctx.moveTo(x, Math.max(0, y0));
        ctx.lineTo(x, endY);
      }
    }
    for (let mm = top; mm <= bottom; mm++) {
      if ((mm % 5 === 0) === major) {
        const y = crispLinePx(y0 + mm * pxPerMm, dpr);
        ctx.moveTo(Math.max(0, x0), y);
        ctx.lineTo(endX, y);
      }
    }
    ctx.strokeStyle = major ? PAPER_COLORS.major : PAPER_COLORS.minor;
    ctx.lineWidth = 1 / dpr;
    ctx.stroke();
  }
}

/**
 * A 1 mV × 200 ms calibration pulse at the start of every row, and in 3×4 a short mark where a
 * column's time window begins.
 * @param d drawing context
 * @param lineWidthPx trace line width, CSS px
 */
export function drawCalibrationAndMarks(d: DrawContext, lineWidthPx: number): void {
  const { ctx, sheet, pxPerMm, viewport: v } = d;
  const x = (mm: number): number => mm * pxPerMm - v.xPx;
  const y = (mm: number): number => mm * pxPerMm - v.yPx;
  const pulseMm = uvToMm(1000, d.gainMmPerMv);
  ctx.beginPath();
  for (const row of sheet.rows) {
    const left = sheet.calPulseXMm;
    const right = left + sheet.calPulseWidthMm;
    ctx.moveTo(x(left - 1.5), y(row.baselineMm));
    ctx.lineTo(x(left), y(row.baselineMm));
    ctx.lineTo(x(left), y(row.baselineMm - pulseMm));
    ctx.lineTo(x(right), y(row.baselineMm - pulseMm));
    ctx.lineTo(x(right), y(row.baselineMm));
    ctx.lineTo(x(right + 1.5), y(row.baselineMm));
  }
  for (const panel of sheet.panels) {
    if (panel.separatorBefore) {
      ctx.moveTo(x(panel.xMm), y(panel.baselineMm - 4));
      ctx.lineTo(x(panel.xMm), y(panel.baselineMm + 4));
    }
  }
  ctx.strokeStyle = PAPER_COLORS.ink;
  ctx.lineWidth = lineWidthPx;
  ctx.lineJoin = 'miter';
  ctx.stroke();
}

/**
 * The legend under the last row (speed, gain, filter, rate), as printed on a cart's page.
 * @param d drawing context
 * @param text the legend
 */
export function drawLegend(d: DrawContext, text: string): void {
  const { ctx, sheet, pxPerMm, viewport: v } = d;
  // Shrink (down to 8 px) rather than cut off when the paper is narrow (a phone, fit width).
  const availablePx = (sheet.widthMm - 2 * sheet.calPulseXMm) * pxPerMm;
  ctx.font = `12px ${d.fontFamily}`;
  const fontPx = Math.max(8, Math.min(12, (12 * availablePx) / ctx.measureText(text).width));
  ctx.font = `${fontPx.toFixed(1)}px ${d.fontFamily}`;
  ctx.fillStyle = PAPER_COLORS.legend;
  ctx.textBaseline = 'middle';
  ctx.fillText(
    text,
    sheet.calPulseXMm * pxPerMm - v.xPx,
    (sheet.footerTopMm + 5) * pxPerMm - v.yPx,
  );
}
