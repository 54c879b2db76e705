/**
 * Aligns the beats on their QRS complex and keeps the dominant morphology, before the median
 * beat is built. Fiducial points from a detector jitter by a few samples and sit on different
 * landmarks of beats of different shapes; averaging them unaligned blurs the QRS onset and end.
 * Each beat is shifted to the lag of maximal correlation with a first median template over the
 * QRS region (cross-correlation template matching, e.g. Sörnmo & Laguna, Bioelectrical Signal
 * Processing in Cardiac and Neurological Applications, 2005), and beats whose correlation
 * stays low (ventricular ectopics, artefacts) are left out, so that the median represents the
 * dominant beat type as in the programs of the CSE study (Willems et al. 1990). Departure: one dominant class by a
 * correlation threshold, not a full beat clustering; with no clear majority (e.g. ventricular
 * bigeminy without a mask) the better-correlated half is kept. The lag search is coarse to fine
 * (`best-lag.ts`). When the first pass moves no beat and keeps every allowed one, the second
 * pass would rebuild the same template and find the same lags, so it is skipped.
 */
import { searchLag } from './best-lag.js';
import { fillLagWindows, lagScratch, templatePower } from './lag-windows.js';
import { buildMedianBeats } from './median-beat.js';

/** Outcome of {@link alignAndSelectBeats}, one entry per input beat. */
export interface BeatSelection {
  /** Fiducial of each beat after alignment, samples at the record's rate. */
  alignedFiducials: Int32Array;
  /** 1 when the beat goes into the median beat. */
  used: Uint8Array;
  /** Correlation of the aligned beat's QRS region with the dominant template, −1 to 1. */
  correlation: Float32Array;
}

const REGION_BEFORE_MS = 80;
const REGION_AFTER_MS = 100;

/**
 * Aligns beats on the QRS template and selects the dominant ones (two passes).
 * @param leads - filtered samples per lead, µV
 * @param sampleRateHz - rate, Hz, 100–1000
 * @param fiducials - one sample index per beat, increasing
 * @param allowed - 1 for beats the caller allows (e.g. not ectopic), 0 for excluded ones
 * @param options - `maxShiftMs` (default 20) and `minCorrelation` (default 0.9)
 * @returns aligned fiducials, the beats to use and their correlations
 * @example
 * const { alignedFiducials, used } = alignAndSelectBeats(leads, 500, fiducials, allowed);
 */
export function alignAndSelectBeats(
  leads: readonly Float32Array[],
  sampleRateHz: number,
  fiducials: Int32Array,
  allowed: Uint8Array,
  options: { maxShiftMs?: number; minCorrelation?: number } = {},
): BeatSelection {
  const ms = (v: number): number => Math.round((v * sampleRateHz) / 1000);
  const maxShift = ms(options.maxShiftMs ?? 20);
  const minCorrelation = options.minCorrelation ?? 0.9;
  const aligned = Int32Array.from(fiducials);
  let used: Uint8Array = Uint8Array.from(allowed);
  const correlation = new Float32Array(fiducials.length);
  // Only the QRS region is correlated, so only it is built (its columns are the same as in a
  // wider window: each beat contributes by absolute sample).
  const window = { preMs: REGION_BEFORE_MS, postMs: REGION_AFTER_MS, withSpread: false };
  for (let pass = 0; pass < 2; pass++) {
    if (pass === 1 && unmoved(aligned, fiducials) && sameFlags(used, allowed)) {
      // The second template would be the first: same beats at the same places.
      break;
    }
    const template = buildMedianBeats(leads, sampleRateHz, aligned, used, window);
    const centred = template.leads.map((t) => centre(t));
    const length = centred[0]?.length ?? 0;
    const power = templatePower(centred, leads.length);
    const scratch = lagScratch(length, maxShift, leads.length);
    for (let b = 0; b < fiducials.length; b++) {
      fillLagWindows(leads, (fiducials[b] ?? 0) - ms(REGION_BEFORE_MS), length, maxShift, scratch);
      const best = searchLag(centred, power, leads.length, maxShift, scratch);
      aligned[b] = (fiducials[b] ?? 0) + best.lag;
      correlation[b] = best.r;
    }
    used = selectDominant(allowed, correlation, minCorrelation);
  }
  return { alignedFiducials: aligned, used, correlation };
}

/** Allowed beats correlating at least `min`; else the better-correlated half of them. */
function selectDominant(allowed: Uint8Array, correlation: Float32Array, min: number): Uint8Array {
  const candidates = [...allowed.keys()].filter((b) => allowed[b] === 1);
  const passing = candidates.filter((b) => (correlation[b] ?? 0) >= min);
  const keep =
    passing.length >= Math.max(1, candidates.length / 2)
      ? passing
      : candidates
          .sort((a, b) => (correlation[b] ?? 0) - (correlation[a] ?? 0))
          .slice(0, Math.max(1, Math.ceil(candidates.length / 2)));
  const used = new Uint8Array(allowed.length);
  for (const b of keep) {
    used[b] = 1;
  }
  return used;
}

/** Whether every beat is still at its fiducial. */
function unmoved(aligned: Int32Array, fiducials: Int32Array): boolean {
  for (let b = 0; b < fiducials.length; b++) {
    if (aligned[b] !== fiducials[b]) {
      return false;
    }
  }
  return true;
}

/** Whether two flag arrays are equal. */
function sameFlags(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return false;
    }
  }
  return a.length === b.length;
}

/** The values minus their mean; NaN (too few beats) becomes 0. */
function centre(values: Float32Array): Float64Array {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (!Number.isNaN(v)) {
      sum += v;
      n++;
    }
  }
  const mean = n > 0 ? sum / n : 0;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? Number.NaN;
    out[i] = Number.isNaN(v) ? 0 : v - mean;
  }
  return out;
}
