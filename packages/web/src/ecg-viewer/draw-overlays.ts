/**
 * Marks over the traces: detected beats (on the rhythm strip, the first 12×1 row and the zoomed
 * lead) and the caliper with its reading.
 */
import {
  caliperPointToPaper,
  caliperReading,
  formatCaliperReading,
  type Caliper,
  type CaliperScale,
} from './calipers.js';
import type { DrawContext } from './draw-paper.js';
import type { Panel } from './layout.js';
import { sampleToMm } from './paper.js';

/** A beat to mark: its QRS fiducial and, when typed, its AAMI class (N, S, V, F, Q). */
export interface ViewerBeat {
  /** Sample index from the record's first sample. */
  sample: number;
  type?: string;
}

const BEAT_COLORS: Record<string, string> = { V: '#c62828', S: '#e65100', F: '#6a1b9a' };
const CALIPER_COLOR = '#0d47a1';

/** Panels that carry beat marks: one per layout, so twelve rows are not cluttered. */
function beatPanels(d: DrawContext): Panel[] {
  const { panels } = d.sheet;
  if (d.sheet.layout === '3x4') {
    return panels.filter((p) => p.key.startsWith('rhythm:'));
  }
  return panels.slice(0, 1);
}

/**
 * Small triangles above the beats, with the class letter for all but normal beats.
 * @param d drawing context
 * @param beats detected beats, ascending
 * @param sampleRateHz the record's rate
 * @param speedMmPerS paper speed
 */
export function drawBeats(
  d: DrawContext,
  beats: readonly ViewerBeat[],
  sampleRateHz: number,
  speedMmPerS: number,
): void {
  const { ctx, pxPerMm, viewport: v } = d;
  ctx.font = `bold 11px ${d.fontFamily}`;
  ctx.textBaseline = 'middle';
  // About 2 mm wide, but never smaller than a fingertip's worth of pixels can see or larger
  // than the label font.
  const half = Math.min(3.5, Math.max(2.5, pxPerMm));
  for (const panel of beatPanels(d)) {
    const tip = (panel.topMm + 2.5) * pxPerMm - v.yPx + 2 * half;
    for (const beat of beats) {
      if (beat.sample < panel.startSample || beat.sample >= panel.endSample) {
        continue;
      }
      const xMm =
        panel.xMm + sampleToMm(beat.sample - panel.startSample, sampleRateHz, speedMmPerS);
      const x = xMm * pxPerMm - v.xPx;
      if (x < -10 || x > v.widthPx + 10) {
        continue;
      }
      const type = beat.type ?? 'N';
      ctx.fillStyle = BEAT_COLORS[type] ?? '#455a64';
      ctx.beginPath();
      ctx.moveTo(x - half, tip - 1.5 * half);
      ctx.lineTo(x + half, tip - 1.5 * half);
      ctx.lineTo(x, tip);
      ctx.closePath();
      ctx.fill();
      if (type !== 'N') {
        // Beside the mark, not above it: the first row's marks sit at the canvas top.
        ctx.fillText(type, x + half + 1, tip - 0.75 * half);
      }
    }
  }
}

/**
 * The caliper: a vertical line at each end spanning the panel, a level mark at each end and the
 * reading in a box at the top of the panel.
 * @param d drawing context
 * @param caliper the caliper
 * @param panel its panel
 * @param scale speed, gain and rate
 */
export function drawCaliper(
  d: DrawContext,
  caliper: Caliper,
  panel: Panel,
  scale: CaliperScale,
): void {
  const { ctx, pxPerMm, viewport: v } = d;
  const toPx = (p: { xMm: number; yMm: number }): [number, number] => [
    p.xMm * pxPerMm - v.xPx,
    p.yMm * pxPerMm - v.yPx,
  ];
  const [x1, y1] = toPx(caliperPointToPaper(panel, caliper.from, scale));
  const [x2, y2] = toPx(caliperPointToPaper(panel, caliper.to, scale));
  const top = panel.topMm * pxPerMm - v.yPx;
  const bottom = (panel.topMm + panel.heightMm) * pxPerMm - v.yPx;
  ctx.save();
  ctx.strokeStyle = CALIPER_COLOR;
  ctx.fillStyle = CALIPER_COLOR;
  ctx.lineWidth = 1.5;
  ctx.setLineDash([5, 3]);
  ctx.beginPath();
  ctx.moveTo(x1, top);
  ctx.lineTo(x1, bottom);
  ctx.moveTo(x2, top);
  ctx.lineTo(x2, bottom);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.moveTo(x1 - 8, y1);
  ctx.lineTo(x1 + 8, y1);
  ctx.moveTo(x2 - 8, y2);
  ctx.lineTo(x2 + 8, y2);
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.stroke();
  const text = formatCaliperReading(caliperReading(caliper, scale.sampleRateHz));
  ctx.font = `bold 12px ${d.fontFamily}`;
  ctx.textBaseline = 'top';
  const width = ctx.measureText(text).width;
  const boxX = Math.min(Math.max(x1, x2) + 6, v.widthPx - width - 10);
  // Below the lead label (top + 1 mm, 16 px high) so that the label stays readable.
  const boxY = Math.max(top + pxPerMm + 20, 2);
  ctx.fillStyle = 'rgba(255, 255, 255, 0.92)';
  ctx.fillRect(boxX - 4, boxY - 2, width + 8, 18);
  ctx.strokeRect(boxX - 4, boxY - 2, width + 8, 18);
  ctx.fillStyle = CALIPER_COLOR;
  ctx.fillText(text, boxX, boxY + 1);
  ctx.restore();
}
