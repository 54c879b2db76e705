/**
 * The window measures of `window-measures.ts` for every lead of a prepared record, from the
 * filtered leads the other stages share instead of three filters per lead of its own:
 * - invalid and constant samples and rail plateaus, from the samples themselves (exact);
 * - peak-to-peak after baseline removal (0.67–40 Hz): the shared 0.5–40 Hz leads plus the
 *   difference of the 0.5 Hz and 0.67 Hz baselines (both below 2 Hz, where the 40 Hz low-pass
 *   passes everything), which is the same band to within a microvolt;
 * - the noise test (RMS above 40 Hz against 15 % of the QRS-band peak-to-peak) first by a bound:
 *   the fourth-order 40 Hz high-pass used there passes at most 1.21 times what the complement
 *   of the second-order 40 Hz low-pass passes (both Butterworth; |H_hp4|² ≤ 1.21 |H_hp2|²), and
 *   that complement is the shared high-passed lead minus the shared banded one; the QRS band is
 *   estimated from the detector's 5–20 Hz band. A lead whose windows all clear the test by a
 *   margin is not noisy; any other lead is measured exactly by `measureWindows`.
 */
import {
  slowParts,
  slowPartsAgain,
  subtractSlow,
  type SlowPart,
} from '../filters/slow-baseline.js';
import {
  BASELINE_CORNER_HZ,
  banded,
  highPassed,
  qrsFeaturesOf,
  slow05,
} from '../prepared/lead-products.js';
import type { PreparedSignal } from '../prepared/prepared-signal.js';
import { measureWindows, type WindowMeasures } from './window-measures.js';

/** Corner of the quality check's baseline removal, Hz (as `window-measures.ts`). */
const BROAD_LOW_HZ = 0.67;
/** |H_hp4(f)|² / |H_hp2(f)|² ≤ 1.21 for Butterworth filters of one corner; with a margin. */
const HIGH_PASS_BOUND = 1.3;
/** The detector's QRS band peak-to-peak is at most 1.6 times the exact one (development data: 1.59 at most, 1.13 at the 99.9th percentile); the bound uses 1 / 0.6. */
const QRS_BAND_MARGIN = 0.6;

/** What the check needs to decide a window's issues. */
export interface NoiseLimits {
  /** Invalid share above which a window is lead-off. */
  invalidFraction: number;
  /** Peak-to-peak below which a window is flat, µV. */
  flatPeakToPeakUv: number;
  /** High-frequency RMS over QRS-band peak-to-peak above which a window is noisy. */
  highFrequencyRatio: number;
}

/**
 * Window measures of every lead.
 * @param prepared - the record
 * @param windowMs - nominal window length, ms (≥ 500)
 * @param limits - thresholds of the lead-off, flat and noise tests
 * @returns per lead the windows' measures (exact where a window might be noisy)
 * @example preparedWindowMeasures(prepared, 5000, LEAD_QUALITY_THRESHOLDS)[0]?.length; // 2
 */
export function preparedWindowMeasures(
  prepared: PreparedSignal,
  windowMs: number,
  limits: NoiseLimits,
): WindowMeasures[][] {
  const { sampleRateHz: rate, length: n } = prepared;
  const broad = banded(prepared);
  const high = highPassed(prepared);
  const base05 = slow05(prepared);
  // From the 0.5 Hz part's block means (same padding), so the two can be subtracted there.
  const again = slowPartsAgain(base05, rate, BROAD_LOW_HZ);
  const base067 = again.every((p) => p !== null)
    ? again
    : slowParts(
        prepared.leads.map((l) => l.held),
        rate,
        BROAD_LOW_HZ,
        (3 * rate) / BASELINE_CORNER_HZ,
      );
  const shifted = new Float32Array(n);
  const qrs = qrsFeaturesOf(prepared);
  const nominal = Math.max(1, Math.round((windowMs / 1000) * rate));
  const count = Math.max(1, Math.round(n / nominal));
  return prepared.leads.map((lead, l) => {
    const x = lead.samplesUv;
    const b = broad[l] ?? x;
    const h = high[l] ?? x;
    // shifted = banded + slow05 − slow067: the 0.67–40 Hz band.
    fillShifted(b, base05[l], base067[l], shifted);
    const band = qrs.bandpassedUv[l] ?? new Float32Array(0);
    const { lo, hi } = validRange(x);
    const windows: WindowMeasures[] = [];
    let doubtful = false;
    for (let k = 0; k < count && n > 0; k++) {
      const start = Math.floor((k * n) / count);
      const end = Math.floor(((k + 1) * n) / count);
      const w = plainMeasures(x, start, end, lo, hi, rate);
      const scan = scanWindow(shifted, h, b, start, end);
      w.peakToPeakUv = scan.peakToPeakUv;
      const squares = scan.squares;
      const bound = HIGH_PASS_BOUND * Math.sqrt(squares / (end - start));
      const qrsBand = peakToPeak(band, Math.floor(start / qrs.factor), Math.ceil(end / qrs.factor));
      w.qrsBandPeakToPeakUv = qrsBand;
      w.highFrequencyRmsUv = bound;
      const decided =
        w.invalidFraction > limits.invalidFraction ||
        w.constant ||
        w.peakToPeakUv < limits.flatPeakToPeakUv ||
        bound <= limits.highFrequencyRatio * QRS_BAND_MARGIN * qrsBand;
      doubtful ||= !decided;
      windows.push(w);
    }
    return doubtful ? measureWindows(x, rate, windowMs).windows : windows;
  });
}

/** `shifted` = banded + slow05 − slow067 (the 0.67–40 Hz band), or the banded lead itself. */
function fillShifted(
  b: Float32Array,
  p05: SlowPart | undefined,
  p067: SlowPart | null | undefined,
  shifted: Float32Array,
): void {
  if (!p05 || !p067) {
    shifted.set(b);
    return;
  }
  // (Typed-array `from` with a mapping function is slow: a plain loop.)
  const low = new Float64Array(p067.low.length);
  for (let i = 0; i < low.length; i++) {
    low[i] = (p067.low[i] ?? 0) - (p05.low[i] ?? 0);
  }
  subtractSlow(b, { ...p067, low }, shifted);
}

/** Peak-to-peak of `shifted` and Σ (h − b)² over [start, end). */
function scanWindow(
  shifted: Float32Array,
  h: Float32Array,
  b: Float32Array,
  start: number,
  end: number,
): { peakToPeakUv: number; squares: number } {
  let low = Number.POSITIVE_INFINITY;
  let top = Number.NEGATIVE_INFINITY;
  let squares = 0;
  for (let i = start; i < end; i++) {
    const v = shifted[i] ?? 0;
    low = v < low ? v : low;
    top = v > top ? v : top;
    const g = (h[i] ?? 0) - (b[i] ?? 0);
    squares += g * g;
  }
  return { peakToPeakUv: top > low ? top - low : 0, squares };
}

/** Smallest and largest valid sample (Infinity, −Infinity when none). */
function validRange(x: Float32Array): { lo: number; hi: number } {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] ?? Number.NaN;
    if (v - v === 0) {
      lo = v < lo ? v : lo;
      hi = v > hi ? v : hi;
    }
  }
  return { lo, hi };
}

/** Invalid share, constancy and rail plateau of one window, exactly as `measureWindows`. */
function plainMeasures(
  x: Float32Array,
  start: number,
  end: number,
  lo: number,
  hi: number,
  rate: number,
): WindowMeasures {
  let invalid = 0;
  let first = Number.NaN;
  let constant = true;
  let run = 0;
  let longestRun = 0;
  for (let i = start; i < end; i++) {
    const v = x[i] ?? Number.NaN;
    if (!(v - v === 0)) {
      invalid++;
      run = 0;
      continue;
    }
    if (Number.isNaN(first)) {
      first = v;
    }
    constant &&= v === first;
    const atRail = lo < hi && (v === lo || v === hi);
    // (i > 0: reading before the array would make V8 compile a slow, allocating load.)
    run = atRail && i > 0 && x[i - 1] === v ? run + 1 : atRail ? 1 : 0;
    longestRun = run > longestRun ? run : longestRun;
  }
  return {
    startSample: start,
    samples: end - start,
    invalidFraction: invalid / (end - start),
    constant: invalid < end - start && constant,
    railPlateauMs: longestRun > 1 ? (1000 * longestRun) / rate : 0,
    peakToPeakUv: 0,
    qrsBandPeakToPeakUv: 0,
    highFrequencyRmsUv: 0,
  };
}

function peakToPeak(x: Float32Array, from: number, to: number): number {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = Math.max(0, from); i < Math.min(x.length, to); i++) {
    const v = x[i] ?? 0;
    lo = v < lo ? v : lo;
    hi = v > hi ? v : hi;
  }
  return hi > lo ? hi - lo : 0;
}
