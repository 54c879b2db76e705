/**
 * One frame of the viewer: paper, calibration, traces, labels, beats, caliper, legend, for the
 * part of the sheet the canvas shows. Called on every scroll, resize and settings change.
 */
import type { EcgSignal } from '@gesang/ecg-signal';
import type { Caliper } from './calipers.js';
import { displayOffsetUv } from './display-offset.js';
import { drawBeats, drawCaliper, type ViewerBeat } from './draw-overlays.js';
import {
  drawCalibrationAndMarks,
  drawGrid,
  drawLegend,
  type DrawContext,
  type Viewport,
} from './draw-paper.js';
import { drawLabels, drawTraces } from './draw-traces.js';
import type { PaperGeometry } from './layout.js';

/** Everything one frame needs. */
export interface FrameInput {
  sheet: PaperGeometry;
  signal: EcgSignal;
  /** CSS px per paper mm on screen, magnification included. */
  pxPerMm: number;
  devicePixelRatio: number;
  viewport: Viewport;
  speedMmPerS: number;
  gainMmPerMv: number;
  offsetsUv: ReadonlyMap<string, number>;
  beats: readonly ViewerBeat[];
  caliper: Caliper | null;
  legend: string;
  /** Text after the name of a lead the record lacks. */
  missingText: string;
  /** Leads computed from I and II (labelled with `*`). */
  derived: readonly string[];
  /** CSS font stack for all text on the paper. */
  fontFamily: string;
}

/**
 * The constant removed from each panel for display: per window in 3×4 (each cell is its own short
 * strip, as a cart prints it), per whole lead in the scrolling layouts (so scrolling never makes
 * a trace jump).
 * @param sheet the layout
 * @param signal the record as displayed (filtered or not)
 * @returns µV by panel key
 */
export function panelOffsetsUv(sheet: PaperGeometry, signal: EcgSignal): Map<string, number> {
  const offsets = new Map<string, number>();
  for (const panel of sheet.panels) {
    const lead = signal.leads[panel.leadIndex];
    if (lead !== undefined) {
      offsets.set(
        panel.key,
        sheet.layout === '3x4'
          ? displayOffsetUv(lead.samplesUv, panel.startSample, panel.endSample)
          : displayOffsetUv(lead.samplesUv),
      );
    }
  }
  return offsets;
}

/**
 * Draws one frame. The context must already be scaled so that 1 unit = 1 CSS px.
 * @param ctx the canvas context
 * @param frame sheet, record, scale, viewport and overlays
 */
export function renderFrame(ctx: CanvasRenderingContext2D, frame: FrameInput): void {
  const d: DrawContext = {
    ctx,
    sheet: frame.sheet,
    pxPerMm: frame.pxPerMm,
    devicePixelRatio: frame.devicePixelRatio,
    viewport: frame.viewport,
    gainMmPerMv: frame.gainMmPerMv,
    fontFamily: frame.fontFamily,
  };
  // About 0.3 mm, a cart's pen, but never thinner than a device pixel or bolder than 2 px.
  const lineWidthPx = Math.min(2, Math.max(1 / frame.devicePixelRatio, 0.3 * frame.pxPerMm));
  drawGrid(d);
  drawCalibrationAndMarks(d, lineWidthPx);
  drawTraces(d, {
    signal: frame.signal,
    speedMmPerS: frame.speedMmPerS,
    offsetsUv: frame.offsetsUv,
    lineWidthPx,
  });
  drawLabels(d, frame.missingText, frame.derived);
  if (frame.beats.length > 0) {
    drawBeats(d, frame.beats, frame.signal.sampleRateHz, frame.speedMmPerS);
  }
  const caliper = frame.caliper;
  const panel = caliper && frame.sheet.panels.find((p) => p.key === caliper.panelKey);
  if (caliper && panel) {
    drawCaliper(d, caliper, panel, {
      speedMmPerS: frame.speedMmPerS,
      gainMmPerMv: frame.gainMmPerMv,
      sampleRateHz: frame.signal.sampleRateHz,
    });
  }
  drawLegend(d, frame.legend);
}
