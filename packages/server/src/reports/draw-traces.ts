/**
 * The 12-lead ECG in the conventional 3×4 + rhythm layout at 25 mm/s and 10 mm/mV: four columns
 * of 2.5 s (I/II/III 0–2.5 s, aVR/aVL/aVF 2.5–5 s, V1–V3 5–7.5 s, V4–V6 7.5–10 s), lead II for
 * the whole 10 s below, a 1 mV × 0.2 s calibration pulse at the start of each row, lead labels.
 */
import type { StandardLeadName } from '@gesang/ecg-signal';
import { mm, type RectMm } from './ecg-paper.js';
import { drawLine } from './pdf-text.js';
import type { PrintableLeads } from './printable-leads.js';

/** Paper speed, mm/s. */
export const SPEED_MM_PER_S = 25;
/** Gain, mm/mV. */
export const GAIN_MM_PER_MV = 10;
/** Seconds per column of the 3×4 part. */
const columnS = 2.5;
/** Where traces start, mm from the grid's left edge (after the calibration pulse). */
export const TRACE_OFFSET_MM = 10;

const layout: StandardLeadName[][] = [
  ['I', 'aVR', 'V1', 'V4'],
  ['II', 'aVL', 'V2', 'V5'],
  ['III', 'aVF', 'V3', 'V6'],
];

/** Baseline of row `row` (0–3), mm from the top of the page. */
function baselineMm(grid: RectMm, row: number): number {
  const pitchMm = grid.heightMm / 4;
  // Below the middle: QRS complexes mostly point up.
  return grid.yMm + pitchMm * row + pitchMm * 0.6;
}

/**
 * Adds one trace segment to the current path: samples `from`–`to` (exclusive) drawn from `xMm`.
 * A NaN sample lifts the pen.
 */
function traceSegment(
  doc: PDFKit.PDFDocument,
  samplesUv: Float32Array,
  sampleRateHz: number,
  from: number,
  to: number,
  xMm: number,
  baseMm: number,
): void {
  let penDown = false;
  const end = Math.min(to, samplesUv.length);
  for (let i = Math.max(0, from); i < end; i++) {
    const v = samplesUv[i] ?? NaN;
    if (!Number.isFinite(v)) {
      penDown = false;
      continue;
    }
    const x = mm(xMm + ((i - from) / sampleRateHz) * SPEED_MM_PER_S);
    const y = mm(baseMm - (v / 1000) * GAIN_MM_PER_MV);
    if (penDown) {
      doc.lineTo(x, y);
    } else {
      doc.moveTo(x, y);
      penDown = true;
    }
  }
}

/** The calibration pulse: 1 mV high, 0.2 s wide, ending at the trace start. */
function calibrationPulse(doc: PDFKit.PDFDocument, grid: RectMm, baseMm: number): void {
  const x0 = grid.xMm + 1;
  const rise = grid.xMm + 2.5;
  const fall = rise + 0.2 * SPEED_MM_PER_S;
  const top = baseMm - GAIN_MM_PER_MV;
  doc
    .moveTo(mm(x0), mm(baseMm))
    .lineTo(mm(rise), mm(baseMm))
    .lineTo(mm(rise), mm(top))
    .lineTo(mm(fall), mm(top))
    .lineTo(mm(fall), mm(baseMm))
    .lineTo(mm(grid.xMm + TRACE_OFFSET_MM - 0.5), mm(baseMm));
}

/** The `strips` layout: each lead for the whole 10 s on its own row, labelled with its name. */
function drawStrips(doc: PDFKit.PDFDocument, signal: PrintableLeads, grid: RectMm): void {
  const startMm = grid.xMm + TRACE_OFFSET_MM;
  const pitchMm = grid.heightMm / 4;
  signal.strips.forEach((strip, row) => {
    const baseMm = baselineMm(grid, row);
    calibrationPulse(doc, grid, baseMm);
    traceSegment(
      doc,
      strip.samplesUv,
      signal.sampleRateHz,
      0,
      Math.round(10 * signal.sampleRateHz) + 1,
      startMm,
      baseMm,
    );
  });
  doc.lineWidth(0.7).lineJoin('round').lineCap('round').strokeColor('#000000').stroke();
  signal.strips.forEach((strip, row) => {
    drawLine(doc, strip.name, mm(startMm + 1), mm(grid.yMm + pitchMm * row + 4.5), {
      size: 9,
      bold: true,
      color: '#000000',
    });
  });
}

/**
 * Draws the traces, calibration pulses and labels over the grid (clipped to it).
 * @param doc the PDF, with the report fonts registered.
 * @param signal from `printableLeads`.
 * @param grid the ECG paper's rectangle; at least 265 mm wide (10 mm + 10 s at 25 mm/s + margin).
 */
export function drawTraces(doc: PDFKit.PDFDocument, signal: PrintableLeads, grid: RectMm): void {
  const fs = signal.sampleRateHz;
  const startMm = grid.xMm + TRACE_OFFSET_MM;
  const columnSamples = Math.round(columnS * fs);
  doc.save();
  doc.rect(mm(grid.xMm), mm(grid.yMm), mm(grid.widthMm), mm(grid.heightMm)).clip();
  if (signal.layout === 'strips') {
    drawStrips(doc, signal, grid);
    doc.restore();
    return;
  }
  for (let row = 0; row < 4; row++) {
    calibrationPulse(doc, grid, baselineMm(grid, row));
  }
  layout.forEach((leads, row) => {
    const baseMm = baselineMm(grid, row);
    leads.forEach((name, column) => {
      const samples = signal.leads[name];
      if (samples !== undefined) {
        const from = column * columnSamples;
        traceSegment(
          doc,
          samples,
          fs,
          from,
          from + columnSamples + 1,
          startMm + column * columnS * SPEED_MM_PER_S,
          baseMm,
        );
      }
      if (column > 0) {
        // The column boundary, as carts mark it: a short vertical bar across the baseline.
        const x = mm(startMm + column * columnS * SPEED_MM_PER_S);
        doc.moveTo(x, mm(baseMm - 2.5)).lineTo(x, mm(baseMm + 2.5));
      }
    });
  });
  if (signal.rhythm !== null) {
    traceSegment(
      doc,
      signal.rhythm.samplesUv,
      fs,
      0,
      Math.round(10 * fs) + 1,
      startMm,
      baselineMm(grid, 3),
    );
  }
  doc.lineWidth(0.7).lineJoin('round').lineCap('round').strokeColor('#000000').stroke();

  const labelStyle = { size: 9, bold: true, color: '#000000' };
  const pitchMm = grid.heightMm / 4;
  layout.forEach((leads, row) => {
    leads.forEach((name, column) => {
      const x = mm(startMm + column * columnS * SPEED_MM_PER_S + 1);
      const label = signal.leads[name] === undefined ? `${name} —` : name;
      drawLine(doc, label, x, mm(grid.yMm + pitchMm * row + 4.5), labelStyle);
    });
  });
  if (signal.rhythm !== null) {
    drawLine(
      doc,
      signal.rhythm.name,
      mm(startMm + 1),
      mm(grid.yMm + pitchMm * 3 + 4.5),
      labelStyle,
    );
  }
  doc.restore();
}
