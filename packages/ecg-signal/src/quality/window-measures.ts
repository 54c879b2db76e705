/**
 * Per-window measurements of one lead for the quality checks: invalid and constant samples, rail
 * plateaus, amplitude in the QRS band and after baseline removal, high-frequency noise. The checks
 * follow the rules used for the PhysioNet/CinC Challenge 2011 on ECG acceptability (flat line,
 * saturation, missing signal, noise relative to QRS amplitude): Clifford et al., "Signal quality
 * indices and data fusion for determining clinical acceptability of electrocardiograms", Physiol.
 * Meas. 33(9):1419–1433 (2012).
 */
import { butterworth } from '../filters/biquad.js';
import { filterZeroPhase } from '../filters/apply-biquads.js';

/** Measurements of one window of one lead. */
export interface WindowMeasures {
  /** First sample of the window. */
  startSample: number;
  /** Samples in the window. */
  samples: number;
  /** Share of invalid (NaN) samples, 0–1. */
  invalidFraction: number;
  /** Every valid sample has the same value (a disconnected input reporting a fixed code). */
  constant: boolean;
  /** Longest run of samples held at the lead's minimum or maximum value, ms. */
  railPlateauMs: number;
  /** Peak-to-peak amplitude after baseline removal (0.67–40 Hz), µV. */
  peakToPeakUv: number;
  /** Peak-to-peak amplitude in the QRS band (5–20 Hz), µV. */
  qrsBandPeakToPeakUv: number;
  /** RMS above 40 Hz (muscle noise, mains residue), µV; 0 when the rate is too low to tell. */
  highFrequencyRmsUv: number;
}

/** Result of {@link measureWindows}. */
export interface LeadMeasures {
  /** One entry per window, in time order. */
  windows: WindowMeasures[];
  /** The lead after baseline removal and band-limiting (0.67–40 Hz), µV, invalid samples held. */
  bandedUv: Float64Array;
}

/**
 * Measure a lead window by window.
 * @param samplesUv one lead, µV; NaN marks invalid samples.
 * @param sampleRateHz sample rate, Hz, 100–1000.
 * @param windowMs nominal window length, ms (≥ 500); the record is cut into round(length /
 *   window) equal windows (at least one), so no tail is left unchecked.
 * @returns the windows' measures and the band-limited lead.
 * @example measureWindows(lead.samplesUv, 500, 5000).windows.length // 2 for a 10 s record
 */
export function measureWindows(
  samplesUv: Float32Array,
  sampleRateHz: number,
  windowMs: number,
): LeadMeasures {
  const n = samplesUv.length;
  const held = new Float64Array(n);
  let last = samplesUv.find((v) => Number.isFinite(v)) ?? 0;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const v = samplesUv[i] ?? NaN;
    if (Number.isFinite(v)) {
      last = v;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    held[i] = last;
  }
  const broad = bandPass(held, sampleRateHz, 0.67, 40);
  const qrsBand = bandPass(held, sampleRateHz, 5, 20);
  const highBand =
    40 < 0.45 * sampleRateHz
      ? filterZeroPhase(held, butterworth('highpass', 40, sampleRateHz, 4), (3 * sampleRateHz) / 40)
      : null;
  const nominal = Math.max(1, Math.round((windowMs / 1000) * sampleRateHz));
  const count = Math.max(1, Math.round(n / nominal));
  const out: WindowMeasures[] = [];
  for (let k = 0; k < count && n > 0; k++) {
    const start = Math.floor((k * n) / count);
    const end = Math.floor(((k + 1) * n) / count);
    let invalid = 0;
    let first = NaN;
    let constant = true;
    let sumSquares = 0;
    let run = 0;
    let longestRun = 0;
    for (let i = start; i < end; i++) {
      const v = samplesUv[i] ?? NaN;
      if (!Number.isFinite(v)) {
        invalid++;
        run = 0;
        continue;
      }
      first = Number.isNaN(first) ? v : first;
      constant &&= v === first;
      const atRail = lo < hi && (v === lo || v === hi);
      // (i > 0: reading before the array would make V8 compile a slow, allocating load.)
      run = atRail && i > 0 && samplesUv[i - 1] === v ? run + 1 : atRail ? 1 : 0;
      longestRun = Math.max(longestRun, run);
      sumSquares += (highBand?.[i] ?? 0) ** 2;
    }
    out.push({
      startSample: start,
      samples: end - start,
      invalidFraction: invalid / (end - start),
      constant: invalid < end - start && constant,
      railPlateauMs: longestRun > 1 ? (1000 * longestRun) / sampleRateHz : 0,
      peakToPeakUv: peakToPeak(broad, start, end),
      qrsBandPeakToPeakUv: peakToPeak(qrsBand, start, end),
      highFrequencyRmsUv: Math.sqrt(sumSquares / (end - start)),
    });
  }
  return { windows: out, bandedUv: broad };
}

function bandPass(
  x: Float64Array,
  sampleRateHz: number,
  lowHz: number,
  highHz: number,
): Float64Array {
  const sections = [
    ...butterworth('highpass', lowHz, sampleRateHz, 2),
    ...butterworth('lowpass', Math.min(highHz, 0.45 * sampleRateHz), sampleRateHz, 2),
  ];
  return filterZeroPhase(x, sections, (3 * sampleRateHz) / lowHz);
}

function peakToPeak(x: Float64Array, from: number, to: number): number {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = from; i < to; i++) {
    const v = x[i] ?? 0;
    lo = v < lo ? v : lo;
    hi = v > hi ? v : hi;
  }
  return hi > lo ? hi - lo : 0;
}
