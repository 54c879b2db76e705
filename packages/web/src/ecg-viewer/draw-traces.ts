/**
 * The traces and their lead labels. Each panel is one path over only its visible samples,
 * decimated to min/max pairs per device-pixel column (`decimate.ts`), so 12 leads × 10 s × 500 Hz
 * or a 30-minute Holter lead draw in a few milliseconds.
 */
import type { EcgSignal } from '@gesang/ecg-signal';
import { decimateMinMax } from './decimate.js';
import { PAPER_COLORS, type DrawContext } from './draw-paper.js';
import type { Panel } from './layout.js';
import { mmToSample, sampleToMm, uvToMm } from './paper.js';

/** Record-level inputs of the trace drawing. */
export interface TraceInput {
  signal: EcgSignal;
  speedMmPerS: number;
  /** Constant removed from each panel for display, µV, by {@link Panel.key}. */
  offsetsUv: ReadonlyMap<string, number>;
  lineWidthPx: number;
}

/**
 * The visible sample range of a panel: the panel's window cut to the viewport, one sample wider on
 * each side so the line runs to the edge.
 * @param d drawing context
 * @param panel the panel
 * @param input record and speed
 * @returns [first, end) samples, empty when the panel is off screen
 */
function visibleSamples(d: DrawContext, panel: Panel, input: TraceInput): [number, number] {
  const { pxPerMm, viewport: v } = d;
  const top = panel.topMm * pxPerMm;
  const bottom = (panel.topMm + panel.heightMm) * pxPerMm;
  // Traces may overshoot their row (a tall R wave), as on paper: keep a row's margin above/below.
  const slack = panel.heightMm * pxPerMm;
  if (bottom + slack < v.yPx || top - slack > v.yPx + v.heightPx) {
    return [0, 0];
  }
  const fs = input.signal.sampleRateHz;
  const fromMm = v.xPx / pxPerMm - panel.xMm;
  const toMm = (v.xPx + v.widthPx) / pxPerMm - panel.xMm;
  const first = panel.startSample + Math.floor(mmToSample(fromMm, fs, input.speedMmPerS)) - 1;
  const end = panel.startSample + Math.ceil(mmToSample(toMm, fs, input.speedMmPerS)) + 2;
  return [Math.max(panel.startSample, first), Math.min(panel.endSample, end)];
}

/**
 * Draws every visible panel's trace.
 * @param d drawing context
 * @param input record, speed, display offsets and line width
 */
export function drawTraces(d: DrawContext, input: TraceInput): void {
  const { ctx, pxPerMm, devicePixelRatio: dpr, viewport: v } = d;
  const fs = input.signal.sampleRateHz;
  const samplesPerDevicePx = fs / (input.speedMmPerS * pxPerMm * dpr);
  ctx.strokeStyle = PAPER_COLORS.ink;
  ctx.lineWidth = input.lineWidthPx;
  ctx.lineJoin = 'round';
  for (const panel of d.sheet.panels) {
    const lead = input.signal.leads[panel.leadIndex];
    if (lead === undefined) {
      continue;
    }
    const [first, end] = visibleSamples(d, panel, input);
    if (end <= first) {
      continue;
    }
    const points = decimateMinMax(lead.samplesUv, first, end, samplesPerDevicePx);
    const offset = input.offsetsUv.get(panel.key) ?? 0;
    const x0 = panel.xMm * pxPerMm - v.xPx;
    const yBase = panel.baselineMm * pxPerMm - v.yPx;
    ctx.beginPath();
    let penDown = false;
    for (let i = 0; i < points.length; i++) {
      const value = points.valuesUv[i] as number;
      if (Number.isNaN(value)) {
        penDown = false;
        continue;
      }
      const sample = points.samples[i] as number;
      const x = x0 + sampleToMm(sample - panel.startSample, fs, input.speedMmPerS) * pxPerMm;
      const y = yBase - uvToMm(value - offset, d.gainMmPerMv) * pxPerMm;
      if (penDown) {
        ctx.lineTo(x, y);
      } else {
        ctx.moveTo(x, y);
        penDown = true;
      }
    }
    ctx.stroke();
  }
}

/**
 * Lead names at the top left of each panel, on a paper-coloured backing so the grid does not cut
 * through them; a lead the record lacks is labelled with `missingText` after its name.
 * @param d drawing context
 * @param missingText e.g. "—" or a translated "not recorded"
 * @param derived names of leads computed from I and II, labelled with `*` as in the legend
 */
export function drawLabels(d: DrawContext, missingText: string, derived: readonly string[]): void {
  const { ctx, pxPerMm, viewport: v } = d;
  ctx.font = `bold 13px ${d.fontFamily}`;
  ctx.textBaseline = 'top';
  for (const panel of d.sheet.panels) {
    const text =
      panel.leadIndex < 0
        ? `${panel.leadName} ${missingText}`
        : `${panel.leadName}${derived.includes(panel.leadName) ? '*' : ''}`;
    const x = (panel.xMm + 1.5) * pxPerMm - v.xPx;
    const y = (panel.topMm + 1) * pxPerMm - v.yPx;
    if (x > v.widthPx || y > v.heightPx || y < -20) {
      continue;
    }
    const width = ctx.measureText(text).width;
    ctx.fillStyle = 'rgba(255, 250, 250, 0.85)';
    ctx.fillRect(x - 2, y - 1, width + 4, 16);
    ctx.fillStyle = PAPER_COLORS.label;
    ctx.fillText(text, x, y);
  }
}
