/**
 * Whether the median beat has a P wave. A wave found in the P window of the median beat is
 * accepted in a lead when its amplitude stands out of the beat-to-beat spread: the standard
 * error of a median of N beats is about 1.2533 · σ / √N, and the uncorrelated f waves of atrial
 * fibrillation leave in the median a residue of that order, while a P wave that recurs in every
 * beat does not shrink with N. This is the signal-averaging argument of Simson 1981 ("Use of
 * signals in the terminal QRS complex to identify patients with ventricular tachycardia after
 * myocardial infarction", Circulation 64:235–242) turned into a detection rule; the thresholds
 * are ours, set on the LUDB development records (7 AF, 1 flutter, 56 with P waves).
 */
import type { PMarks } from './p-wave.js';
import { middle } from './beat-arrays.js';

/** Acceptance thresholds of {@link showsPWave}. */
export const P_PRESENCE = {
  /** Amplitude in standard errors of the median, ≥. */
  minScore: 6,
  /** Amplitude, µV, ≥. */
  minAmplitudeUv: 20,
  /** Fraction of the leads that must show it (at least one lead). */
  minLeadFraction: 0.25,
};

/**
 * Whether one lead shows its candidate P wave above the beat-to-beat spread.
 * @param marks - the candidate (`delineateP`), analysis-rate indices
 * @param spreadUv - the lead's robust spread across beats at the record's rate, µV
 * @param factor - analysis rate / record rate
 * @param beatCount - beats in the median, ≥ 1
 * @returns true when the amplitude passes both thresholds
 * @example
 * showsPWave(marks, median.spreadUv[1], 1, 9);
 */
export function showsPWave(
  marks: PMarks,
  spreadUv: Float32Array,
  factor: number,
  beatCount: number,
): boolean {
  const values: number[] = [];
  for (let i = Math.floor(marks.onset / factor); i <= Math.ceil(marks.end / factor); i++) {
    const v = spreadUv[i];
    if (v !== undefined && !Number.isNaN(v)) {
      values.push(v);
    }
  }
  const standardError = (1.2533 * (middle(values) ?? 0)) / Math.sqrt(Math.max(1, beatCount));
  return (
    marks.amplitudeUv >= P_PRESENCE.minAmplitudeUv &&
    marks.amplitudeUv >= P_PRESENCE.minScore * Math.max(standardError, 1)
  );
}

/**
 * Whether enough leads show a P wave for the beat to have one.
 * @param shows - per lead, whether it shows the P wave
 * @returns true when at least {@link P_PRESENCE}.minLeadFraction of the leads (and ≥ 1) do
 * @example
 * hasPWave([true, true, false, true]); // true
 */
export function hasPWave(shows: readonly boolean[]): boolean {
  const count = shows.filter(Boolean).length;
  return count >= Math.max(1, P_PRESENCE.minLeadFraction * shows.length);
}
