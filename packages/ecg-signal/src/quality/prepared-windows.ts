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
import { slowParts, slowPartsAgain } from '../filters/slow-baseline.js';
import type { SlowPart } from '../filters/slow-interpolation.js';
import { rangeMinusSlowBounded } from '../filters/slow-range.js';
import {
  BASELINE_CORNER_HZ,
  banded,
  highPassed,
  qrsFeaturesOf,
  slow05,
} from '../prepared/lead-products.js';
import type { PreparedSignal } from '../prepared/prepared-signal.js';
import { plainWindowMeasures } from './plain-measures.js';
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
  const again = slowPartsAgain(base05, rate, BROAD_LOW_HZ, prepared.work);
  const base067 = again.every((p) => p !== null)
    ? again
    : slowParts(
        prepared.leads.map((l) => l.held),
        rate,
        BROAD_LOW_HZ,
        (3 * rate) / BASELINE_CORNER_HZ,
      );
  const qrs = qrsFeaturesOf(prepared);
  const nominal = Math.max(1, Math.round((windowMs / 1000) * rate));
  const count = n > 0 ? Math.max(1, Math.round(n / nominal)) : 0;
  const bounds = new Int32Array(count + 1);
  for (let k = 0; k <= count; k++) {
    bounds[k] = Math.floor((k * n) / count);
  }
  const scan = new Float64Array(2);
  const reuse = {};
  return prepared.leads.map((lead, l) => {
    const x = lead.samplesUv;
    const b = broad[l] ?? x;
    const h = high[l] ?? x;
    // banded + slow05 − slow067: the 0.67–40 Hz band.
    const shift = shiftOf(base05[l], base067[l], reuse);
    const band = qrs.bandpassedUv[l] ?? new Float32Array(0);
    const windows = plainWindowMeasures(x, bounds, rate);
    let doubtful = false;
    for (let k = 0; k < count; k++) {
      const w = windows[k] as WindowMeasures;
      const start = bounds[k] as number;
      const end = bounds[k + 1] as number;
      if (shift) {
        rangeMinusSlowBounded(b, shift, start, end, scan);
      } else {
        extremesOf(b, start, end, scan);
      }
      w.peakToPeakUv =
        (scan[1] as number) > (scan[0] as number) ? (scan[1] as number) - (scan[0] as number) : 0;
      const bound =
        HIGH_PASS_BOUND * Math.sqrt(squaredDifference(h, b, start, end) / (end - start));
      const qrsBand = peakToPeak(band, Math.floor(start / qrs.factor), Math.ceil(end / qrs.factor));
      w.qrsBandPeakToPeakUv = qrsBand;
      w.highFrequencyRmsUv = bound;
      const decided =
        w.invalidFraction > limits.invalidFraction ||
        w.constant ||
        w.peakToPeakUv < limits.flatPeakToPeakUv ||
        bound <= limits.highFrequencyRatio * QRS_BAND_MARGIN * qrsBand;
      doubtful ||= !decided;
    }
    return doubtful ? measureWindows(x, rate, windowMs).windows : windows;
  });
}

/** slow067 − slow05, which subtracted from the banded lead gives the 0.67–40 Hz band. */
function shiftOf(
  p05: SlowPart | undefined,
  p067: SlowPart | null | undefined,
  reuse: { low?: Float64Array },
): SlowPart | null {
  if (!p05 || !p067) {
    return null;
  }
  // (Typed-array `from` with a mapping function is slow: a plain loop, on local arrays; the
  // difference is only read while its lead is measured, so one array serves every lead.)
  const a = p067.low;
  const b = p05.low;
  const low = reuse.low?.length === a.length ? reuse.low : (reuse.low = new Float64Array(a.length));
  for (let i = 0; i < low.length; i++) {
    low[i] = (a[i] as number) - (b[i] ?? 0);
  }
  return { low, factor: p067.factor, padBlocks: p067.padBlocks };
}

/** Smallest (0) and largest (1) of x[start, end) into `out`. */
function extremesOf(x: Float32Array, start: number, end: number, out: Float64Array): void {
  let lo = x[start] as number;
  let hi = lo;
  for (let i = start; i < end; i++) {
    const v = x[i] as number;
    lo = v < lo ? v : lo;
    hi = v > hi ? v : hi;
  }
  out[0] = lo;
  out[1] = hi;
}

/** Σ (h − b)² over [start, end), in order, two samples a step. */
function squaredDifference(h: Float32Array, b: Float32Array, start: number, end: number): number {
  let squares = 0;
  let i = start;
  for (; i + 1 < end; i += 2) {
    const g = (h[i] as number) - (b[i] as number);
    squares += g * g;
    const e = (h[i + 1] as number) - (b[i + 1] as number);
    squares += e * e;
  }
  if (i < end) {
    const g = (h[i] as number) - (b[i] as number);
    squares += g * g;
  }
  return squares;
}

function peakToPeak(x: Float32Array, from: number, to: number): number {
  const end = Math.min(x.length, to);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = Math.max(0, from); i < end; i++) {
    const v = x[i] as number;
    lo = v < lo ? v : lo;
    hi = v > hi ? v : hi;
  }
  return hi > lo ? hi - lo : 0;
}
