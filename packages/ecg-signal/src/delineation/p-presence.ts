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
  // The lower middle of the valid spreads over the wave (as `middle`), sorted natively in a
  // typed array rather than by a comparison callback.
  const from = Math.max(0, Math.floor(marks.onset / factor));
  const to = Math.min(spreadUv.length - 1, Math.ceil(marks.end / factor));
  const values = new Float64Array(Math.max(0, to - from + 1));
  let count = 0;
  for (let i = from; i <= to; i++) {
    const v = spreadUv[i] as number;
    if (!Number.isNaN(v)) {
      values[count++] = v;
    }
  }
  const sorted = values.subarray(0, count).sort();
  const middleUv = count > 0 ? (sorted[(count - 1) >> 1] as number) : 0;
  const standardError = (1.2533 * middleUv) / Math.sqrt(Math.max(1, beatCount));
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
