/**
 * Sinus rhythm and its variants: the statements of the AHA/ACCF/HRS diagnostic statement list
 * (Mason, Hancock & Gettes 2007, "Recommendations for the standardization and interpretation of
 * the electrocardiogram, part II: electrocardiography diagnostic statement list", Circulation
 * 115:1325–1332), with the conventional numeric definitions: P waves before the QRS complexes;
 * rate 60–100/min normal, below {@link BRADYCARDIA_BPM} bradycardia, above {@link TACHYCARDIA_BPM}
 * tachycardia; sinus arrhythmia when the interval between sinus beats varies by more than {@link
 * ARRHYTHMIA_MS} (the common textbook criterion; some use 160 ms or 10 %). On long records the
 * variation is judged in windows of {@link ARRHYTHMIA_WINDOW_BEATS} beats and needs half of them,
 * so that a Holter's slow rate changes are not called arrhythmia.
 */
import type { BeatType } from '../beats/types.js';
import type { PWaveTrack } from './types.js';

/** Below this ventricular rate, per minute: sinus bradycardia. */
export const BRADYCARDIA_BPM = 60;
/** Above this, per minute: sinus tachycardia. */
export const TACHYCARDIA_BPM = 100;
/** Sinus arrhythmia: longest minus shortest sinus RR above this, ms. */
export const ARRHYTHMIA_MS = 120;
/** Window for the arrhythmia criterion, beats. */
const ARRHYTHMIA_WINDOW_BEATS = 12;
/** Sinus rhythm needs at least this share of non-V beats with a P wave, 0–1. */
export const MIN_P_SHARE = 0.5;

/** The sinus category of a record. */
export type SinusCategory = 'sinus_rhythm' | 'sinus_bradycardia' | 'sinus_tachycardia';

/**
 * Sinus category by rate.
 * @param rateBpm - ventricular (or, in AV block, atrial) rate, per minute
 * @returns bradycardia below 60, tachycardia above 100, else normal sinus rhythm
 * @example
 * sinusCategory(60); // 'sinus_rhythm' (60 is not below 60)
 */
export function sinusCategory(rateBpm: number): SinusCategory {
  if (rateBpm < BRADYCARDIA_BPM) {
    return 'sinus_bradycardia';
  }
  return rateBpm > TACHYCARDIA_BPM ? 'sinus_tachycardia' : 'sinus_rhythm';
}

/**
 * Share of the non-V beats with a P wave before them.
 * @param types - beat classes
 * @param track - P waves per beat
 * @returns 0–1 (0 without non-V beats)
 * @example
 * pWaveShare(['N', 'N', 'V'], track); // 1 when both N beats have a P wave
 */
export function pWaveShare(types: readonly BeatType[], track: PWaveTrack): number {
  let nonV = 0;
  let withP = 0;
  types.forEach((t, b) => {
    if (t !== 'V') {
      nonV++;
      withP += (track.pPeakSample[b] ?? -1) >= 0 ? 1 : 0;
    }
  });
  return nonV > 0 ? withP / nonV : 0;
}

/**
 * Sinus arrhythmia: variation of the RR between consecutive N beats with P waves.
 * @param types - beat classes
 * @param samples - beat times, samples, ascending
 * @param sampleRateHz - Hz
 * @param track - P waves per beat
 * @returns the largest window variation (ms) and whether half the windows exceed 120 ms
 * @example
 * sinusArrhythmia(types, samples, 500, track).present;
 */
export function sinusArrhythmia(
  types: readonly BeatType[],
  samples: Int32Array,
  sampleRateHz: number,
  track: PWaveTrack,
): { present: boolean; variationMs: number } {
  const sinus = (b: number): boolean => types[b] === 'N' && (track.pPeakSample[b] ?? -1) >= 0;
  const windows = Math.max(1, Math.floor(samples.length / ARRHYTHMIA_WINDOW_BEATS));
  let judged = 0;
  let exceeded = 0;
  let variationMs = 0;
  for (let w = 0; w < windows; w++) {
    const from = Math.floor((w * samples.length) / windows);
    const to = Math.floor(((w + 1) * samples.length) / windows);
    const rr: number[] = [];
    for (let b = Math.max(1, from); b < to; b++) {
      if (sinus(b) && sinus(b - 1)) {
        rr.push((((samples[b] ?? 0) - (samples[b - 1] ?? 0)) * 1000) / sampleRateHz);
      }
    }
    if (rr.length < 3) {
      continue;
    }
    const spread = Math.max(...rr) - Math.min(...rr);
    judged++;
    exceeded += spread > ARRHYTHMIA_MS ? 1 : 0;
    variationMs = Math.max(variationMs, spread);
  }
  return { present: judged > 0 && exceeded >= judged / 2, variationMs };
}
