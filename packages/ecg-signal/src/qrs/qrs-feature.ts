/**
 * Per-lead QRS feature: the local RMS slope of the QRS band. The chain follows Pan & Tompkins,
 * "A real-time QRS detection algorithm", IEEE Trans. Biomed. Eng. 32(3):230–236 (1985): band-pass,
 * derivative, squaring, moving-window integration (the last three in `slope-rms.ts`).
 * Departures: leads recorded at 300 Hz or more are first decimated to 150–300 Hz (triangular
 * anti-aliasing weights; Pan & Tompkins themselves worked at 200 Hz, and the 5–20 Hz band needs
 * far less), the band-pass is a zero-phase Butterworth 5–20 Hz designed from that rate
 * (Pan–Tompkins: integer-coefficient filters, 5–11 Hz with a delay), the derivative is the
 * five-point central difference (its gain stays within 2 % of the true derivative's up to 20 Hz
 * at 150 Hz, where the two-point one loses 11 %); a morphological baseline (Sun, Chan & Krishnan
 * 2002, see `filters/morphology.ts`) is subtracted first so that level steps do not ring through
 * the band-pass as QRS-like transients; the integrator is centred (no delay), 100 ms long instead
 * of 150 ms, and its square root is taken so the feature scales linearly with amplitude, which
 * lets leads be normalised and averaged. The detector refines each beat's position at the full
 * rate afterwards (`fiducial.ts`).
 */
import { butterworth } from '../filters/biquad.js';
import { morphologyWork, subtractMorphologicalBaseline } from '../filters/morphology.js';
import { filterZeroPhaseInto, type LaneBuffers } from '../filters/zero-phase-lanes.js';
import { movingRmsSlope } from './slope-rms.js';
import { scratchFloat32, scratchFloat64 } from '../memory/scratch.js';

/** Pass band of the QRS feature, Hz. */
export const QRS_BAND_HZ = { low: 5, high: 20 } as const;

/** The detector works at no less than this rate, Hz. */
export const MIN_DETECTION_RATE_HZ = 150;

/** The leads' QRS features at the detection rate. */
export interface QrsFeatures {
  /** Rate of the arrays here, Hz: the record's rate / `factor`. */
  rateHz: number;
  /** Decimation factor from the record's rate (integer ≥ 1). */
  factor: number;
  /** Per lead: centred moving RMS of the band-passed slope, µV/s; peaks on QRS complexes. */
  slopeRmsUvPerS: Float32Array[];
  /** Per lead: baseline-free, band-passed lead, µV (5–20 Hz); fiducials and beat similarity. */
  bandpassedUv: Float32Array[];
}

/**
 * The decimation factor of the detector: the largest integer leaving ≥ 150 Hz.
 * @param sampleRateHz - the record's rate, Hz
 * @returns 1 below 300 Hz; 3 at 500 Hz (166.7 Hz), 2 at 360 Hz (180 Hz)
 * @example detectionFactor(500); // 3
 */
export function detectionFactor(sampleRateHz: number): number {
  return Math.max(1, Math.floor(sampleRateHz / MIN_DETECTION_RATE_HZ));
}

/**
 * Compute the QRS features of all leads.
 * @param heldUv - the leads, µV, equal lengths, invalid samples already held (no NaN)
 * @param sampleRateHz - their rate, Hz, 100–2000
 * @param integrationMs - moving-RMS window, ms, 50–200 (default 100)
 * @param work - filter work arrays to reuse (see `filterZeroPhaseInto`)
 * @returns the features and band-passed leads at the detection rate
 * @example const { slopeRmsUvPerS, rateHz } = qrsFeatures([lead], 360);
 */
export function qrsFeatures(
  heldUv: readonly Float32Array[],
  sampleRateHz: number,
  integrationMs = 100,
  work?: { lanes?: LaneBuffers },
): QrsFeatures {
  const factor = detectionFactor(sampleRateHz);
  const rateHz = sampleRateHz / factor;
  const reducedLength = Math.ceil((heldUv[0]?.length ?? 0) / factor);
  const morphWork = morphologyWork(reducedLength, scratchFloat32);
  const rounded = scratchFloat32(reducedLength);
  // One buffer for all leads' arrays of each kind (views), not one allocation per lead.
  const count = heldUv.length;
  const reducedBlock = scratchFloat64(count * reducedLength);
  const detrended = heldUv.map((x, l) => {
    const reduced = reducedBlock.subarray(l * reducedLength, (l + 1) * reducedLength);
    decimateInto(x, factor, reduced, rounded);
    subtractMorphologicalBaseline(rounded, rateHz, reduced, {}, true, morphWork);
    return reduced;
  });
  const sections = [
    ...butterworth('highpass', QRS_BAND_HZ.low, rateHz, 2),
    ...butterworth('lowpass', Math.min(QRS_BAND_HZ.high, 0.45 * rateHz), rateHz, 2),
  ];
  // In place: each detrended lead becomes its band-passed version (work arrays lent for the
  // call when the caller has none long enough: `memory/scratch.ts`).
  const lanes = filterZeroPhaseInto(
    detrended,
    sections,
    (3 * rateHz) / QRS_BAND_HZ.low,
    detrended,
    work?.lanes,
    scratchFloat64,
  );
  if (work) {
    work.lanes = lanes;
  }
  const outputBlock = scratchFloat32(2 * count * reducedLength);
  const view = (k: number): Float32Array =>
    outputBlock.subarray(k * reducedLength, (k + 1) * reducedLength);
  const bandpassedUv = detrended.map((_, l) => view(l));
  return {
    rateHz,
    factor,
    slopeRmsUvPerS: detrended.map((band, l) =>
      movingRmsSlope(band, rateHz, integrationMs, bandpassedUv[l] as Float32Array, view(count + l)),
    ),
    bandpassedUv,
  };
}

/**
 * Every `factor`-th sample of a triangular-weighted average over ±(factor − 1) samples (two
 * cascaded moving averages: zeros at multiples of the new rate, so little aliases into the QRS
 * band). Output k is centred on input sample k · factor.
 * @param x - samples
 * @param factor - integer ≥ 1
 * @returns ⌈n / factor⌉ samples
 * @example decimateTriangular(Float32Array.of(0, 4, 8, 4), 2); // [4 / 3, 6]
 */
export function decimateTriangular(x: Float32Array, factor: number): Float64Array {
  const out = new Float64Array(Math.ceil(x.length / factor));
  decimateInto(x, factor, out, new Float32Array(out.length));
  return out;
}

/** {@link decimateTriangular} into `out`, and its values rounded to float32 into `rounded`. */
function decimateInto(
  x: Float32Array,
  factor: number,
  out: Float64Array,
  rounded: Float32Array,
): void {
  const n = x.length;
  if (factor <= 1) {
    out.set(x);
    rounded.set(x);
    return;
  }
  const reach = factor - 1;
  const norm = 1 / (factor * factor);
  // Outputs whose window lies inside the lead: k = 1 … inner − 1.
  const inner = n >= factor ? Math.floor((n - factor) / factor) + 1 : 0;
  if (factor === 3 && inner > 1) {
    // The common factor written out (the same additions in the same order as the loop below);
    // the window's last two samples are the next window's first two.
    let x0 = x[1] as number;
    let x1 = x[2] as number;
    for (let k = 1, c = 3; k < inner; k++, c += 3) {
      const x3 = x[c + 1] as number;
      const x4 = x[c + 2] as number;
      const v = (x0 + 2 * x1 + 3 * (x[c] as number) + 2 * x3 + x4) * norm;
      out[k] = v;
      rounded[k] = v;
      x0 = x3;
      x1 = x4;
    }
  }
  for (let k = 1; k < inner && factor !== 3; k++) {
    const c = k * factor;
    let v: number;
    if (factor === 2) {
      v = ((x[c - 1] as number) + 2 * (x[c] as number) + (x[c + 1] as number)) * norm;
    } else {
      let sum = 0;
      for (let j = -reach; j <= reach; j++) {
        sum += (factor - (j < 0 ? -j : j)) * (x[c + j] as number);
      }
      v = sum * norm;
    }
    out[k] = v;
    rounded[k] = v;
  }
  // The ends: the weights inside the lead, normalised.
  for (let k = 0; k < out.length; k = k === 0 && inner > 1 ? inner : k + 1) {
    const c = k * factor;
    let sum = 0;
    let weights = 0;
    for (let j = Math.max(-reach, -c); j <= Math.min(reach, n - 1 - c); j++) {
      const w = factor - Math.abs(j);
      sum += w * (x[c + j] ?? 0);
      weights += w;
    }
    const v = weights > 0 ? sum / weights : 0;
    out[k] = v;
    rounded[k] = v;
  }
}
