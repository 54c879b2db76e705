/**
 * Beat decisions on the combined QRS feature with the detection rules of Hamilton & Tompkins,
 * "Quantitative investigation of QRS detection rules using the MIT/BIH arrhythmia database",
 * IEEE Trans. Biomed. Eng. 33(12):1157–1165 (1986): peak levels are the medians of the last eight
 * QRS and noise peaks; a peak above noise + f·(QRS − noise) is a QRS; nothing within the 200 ms
 * refractory period; a peak within 360 ms of a QRS whose height is under half of that QRS's is a
 * T wave; when no QRS came for 1.5 average RR intervals, the largest peak since the last QRS above
 * a lower threshold is taken (search-back, Pan & Tompkins 1985), the average being that of the
 * recent regular intervals (`rr-history.ts`) so that false detections in noise cannot shorten it.
 * Departures: the feature is normalised per lead (typical QRS ≈ 1, see `combine-leads.ts`), which
 * keeps noise peaks comparable from lead to lead, so the threshold fraction f is 0.45 instead of
 * 0.3125 and the search-back threshold 0.3 of it instead of 0.5; levels start at QRS 1, noise 0.1
 * instead of being learnt over the first 8 s; a larger peak inside the refractory period replaces
 * the QRS just accepted instead of being ignored (the first slope of a wide or notched complex is
 * not the complex), and a final search-back covers the record's end.
 */

import { sortAscending } from '../stats/small-sort.js';
import { RrHistory } from './rr-history.js';

/** Tunable rules of {@link adaptiveThresholdPeaks}; defaults follow the module comment. */
export interface AdaptiveThresholdOptions {
  /** No second QRS within this time, ms (default 200). */
  refractoryMs?: number;
  /** Window after a QRS where smaller peaks are T waves, ms (default 360). */
  tWaveWindowMs?: number;
}

const THRESHOLD_FRACTION = 0.45;
const SEARCH_BACK_FRACTION = 0.3;
const SEARCH_BACK_RR = 1.5;
const T_WAVE_RATIO = 0.5;
const HISTORY = 8;

/**
 * Local maxima of `feature` that are the largest within ±`halfWindow` samples.
 * @param feature detection function.
 * @param halfWindow samples on each side, ≥ 1.
 * @returns peak positions, ascending.
 * @example localPeaks(Float32Array.of(0, 1, 0, 2, 0), 1) // [1, 3]
 */
export function localPeaks(feature: Float32Array, halfWindow: number): number[] {
  const peaks: number[] = [];
  const n = feature.length;
  for (let i = 1; i < n - 1; i++) {
    const v = feature[i] ?? 0;
    if (!(v > (feature[i - 1] ?? 0) && v >= (feature[i + 1] ?? 0))) {
      continue;
    }
    let largest = true;
    for (let j = Math.max(0, i - halfWindow); j <= Math.min(n - 1, i + halfWindow); j++) {
      if ((feature[j] ?? 0) > v) {
        largest = false;
        break;
      }
    }
    if (largest) {
      peaks.push(i);
    }
  }
  return peaks;
}

/**
 * Detect QRS complexes on a normalised combined feature.
 * @param feature combined feature, dimensionless, ≈ 1 on a typical QRS.
 * @param sampleRateHz sample rate, Hz.
 * @param options refractory period and T-wave window.
 * @returns QRS positions (feature peaks), samples, ascending.
 * @example adaptiveThresholdPeaks(combined, 360)
 */
export function adaptiveThresholdPeaks(
  feature: Float32Array,
  sampleRateHz: number,
  options: AdaptiveThresholdOptions = {},
): number[] {
  const refractory = Math.round(((options.refractoryMs ?? 200) / 1000) * sampleRateHz);
  const tWindow = Math.round(((options.tWaveWindowMs ?? 360) / 1000) * sampleRateHz);
  const peaks = localPeaks(feature, Math.round(0.1 * sampleRateHz));
  const at = (i: number): number => feature[i] ?? 0;
  const qrsLevels: number[] = Array<number>(HISTORY).fill(1);
  const noiseLevels: number[] = Array<number>(HISTORY).fill(0.1);
  const rrs = new RrHistory(sampleRateHz);
  const qrs: number[] = [];
  const threshold = (): number => {
    const noise = middle(noiseLevels);
    return noise + THRESHOLD_FRACTION * (middle(qrsLevels) - noise);
  };
  const rrAverage = (): number => rrs.regularAverage();
  const isTWave = (p: number, last: number | undefined): boolean =>
    last !== undefined && p - last < tWindow && at(p) < T_WAVE_RATIO * at(last);
  const accept = (p: number): void => {
    const last = qrs.at(-1);
    if (last !== undefined) {
      rrs.push(p - last);
    }
    qrs.push(p);
    pushBounded(qrsLevels, at(p));
  };
  // Search-back over peaks[from, to): the largest non-T peak above the lower threshold.
  const searchBack = (from: number, to: number): number => {
    const last = qrs.at(-1);
    const lower = SEARCH_BACK_FRACTION * threshold();
    let best = -1;
    for (let k = from; k < to; k++) {
      const p = peaks[k] ?? 0;
      const farEnough = last === undefined || p - last >= refractory;
      if (
        farEnough &&
        at(p) > lower &&
        !isTWave(p, last) &&
        (best < 0 || at(p) > at(peaks[best] ?? 0))
      ) {
        best = k;
      }
    }
    return best;
  };

  let from = 0; // first peak after the last accepted QRS
  for (let k = 0; k < peaks.length; k++) {
    const p = peaks[k] ?? 0;
    const last = qrs.at(-1);
    if (last !== undefined && qrs.length >= 2 && p - last > SEARCH_BACK_RR * rrAverage()) {
      const found = searchBack(from, k);
      if (found >= 0) {
        accept(peaks[found] ?? 0);
        from = found + 1;
        k = found; // re-examine the peaks after the recovered beat
        continue;
      }
    }
    if (last !== undefined && p - last < refractory) {
      if (at(p) > at(last)) {
        qrs.pop();
        qrsLevels.pop();
        rrs.pop();
        accept(p);
        from = k + 1;
      }
      continue;
    }
    if (at(p) > threshold() && !isTWave(p, last)) {
      accept(p);
      from = k + 1;
    } else {
      pushBounded(noiseLevels, at(p));
    }
  }
  // Search back over the record's tail, which no later peak triggers.
  for (;;) {
    const last = qrs.at(-1);
    if (
      last === undefined ||
      qrs.length < 2 ||
      feature.length - last <= SEARCH_BACK_RR * rrAverage()
    ) {
      return qrs;
    }
    const found = searchBack(from, peaks.length);
    if (found < 0) {
      return qrs;
    }
    accept(peaks[found] ?? 0);
    from = found + 1;
  }
}

function pushBounded(values: number[], v: number): void {
  values.push(v);
  if (values.length > HISTORY) {
    values.shift();
  }
}

/** Median of a short list (upper middle), sorted in a reused work array. */
function middle(values: readonly number[]): number {
  if (middleScratch.length < values.length) {
    middleScratch = new Float64Array(2 * values.length);
  }
  values.forEach((v, i) => {
    middleScratch[i] = v;
  });
  sortAscending(middleScratch, values.length);
  return middleScratch[values.length >> 1] ?? 0;
}

/** Work array of {@link middle} (values only, never results). */
let middleScratch = new Float64Array(16);
