/**
 * Statements read straight off the rate and the frontal QRS axis:
 * - extreme rates, the critical limits of issue 3 (item 8): ventricular rate below
 *   {@link EXTREME_RATE_BPM}.below or above {@link EXTREME_RATE_BPM}.above, whatever the rhythm.
 *   With fewer than two beats in a record whose leads are usable, the rate is at most
 *   (beats × 60 / duration) and is reported as such: asystole or a detection failure must not pass
 *   as routine;
 * - axis deviation by the conventional adult limits (normal −30° to +90°; left axis deviation
 *   −30° to −90°, right axis deviation +90° to +180°), the statements of the AHA/ACCF/HRS list
 *   (Mason JW et al. 2007, Circulation 115:1325–1332). The extreme axis (−90° to −180°) has no
 *   statement in the catalogue and is left to the over-reader.
 */
import type { Measurements } from '../measurements/types.js';
import type { StatementCode } from '../statements/catalogue.js';
import type { StatementEvidence } from '../statements/statement.js';
import { tidy } from './evidence.js';

/** Critical ventricular rates, beats per minute (strictly below / strictly above). */
export const EXTREME_RATE_BPM = { below: 40, above: 150 } as const;

/** Frontal QRS axis limits, degrees in (−180, 180]. */
export const AXIS_LIMITS_DEG = { left: -30, right: 90, extreme: -90 } as const;

/**
 * The extreme-rate statement of a record, if any.
 * @param rateBpm - mean ventricular rate, beats/min; null when fewer than two beats
 * @param beatCount - beats detected
 * @param durationS - record length, s (> 0)
 * @returns `bradycardia_extreme` (rate < 40), `tachycardia_extreme` (rate > 150), or null
 * @example
 * extremeRateStatement(38, 7, 10)?.code; // 'bradycardia_extreme'
 * extremeRateStatement(40, 7, 10); // null (40 is not below 40)
 */
export function extremeRateStatement(
  rateBpm: number | null,
  beatCount: number,
  durationS: number,
): { code: StatementCode; evidence: StatementEvidence } | null {
  const thresholds = {
    'ventricular rate below (bpm)': EXTREME_RATE_BPM.below,
    'ventricular rate above (bpm)': EXTREME_RATE_BPM.above,
  };
  if (rateBpm === null) {
    const atMostBpm = (beatCount * 60) / durationS;
    return atMostBpm < EXTREME_RATE_BPM.below
      ? {
          code: 'bradycardia_extreme',
          evidence: {
            values: {
              beats: beatCount,
              durationS: tidy(durationS),
              'ventricular rate at most (bpm)': tidy(atMostBpm),
            },
            thresholds,
            note: 'Fewer than two QRS complexes detected on usable leads: asystole, or a recording or detection failure.',
          },
        }
      : null;
  }
  const evidence = { values: { 'ventricular rate (bpm)': tidy(rateBpm) }, thresholds };
  if (rateBpm < EXTREME_RATE_BPM.below) {
    return { code: 'bradycardia_extreme', evidence };
  }
  return rateBpm > EXTREME_RATE_BPM.above ? { code: 'tachycardia_extreme', evidence } : null;
}

/**
 * The axis-deviation statement of a record, if any.
 * @param m - measurements from `measureEcg` (axis null without limb leads)
 * @returns `left_axis_deviation` for −90° ≤ axis < −30°, `right_axis_deviation` for
 *   90° < axis ≤ 180°, else null
 * @example
 * axisStatement({ ...m, qrsAxisDeg: -45 })?.code; // 'left_axis_deviation'
 */
export function axisStatement(
  m: Measurements,
): { code: StatementCode; evidence: StatementEvidence } | null {
  const axis = m.qrsAxisDeg;
  if (axis === null) {
    return null;
  }
  const evidence = (threshold: string): StatementEvidence => ({
    leads: ['I', 'II', 'III', 'aVR', 'aVL', 'aVF'].filter((lead) => lead in m.leads),
    values: { 'QRS axis (deg)': tidy(axis) },
    thresholds: { 'QRS axis (deg)': threshold },
  });
  if (axis < AXIS_LIMITS_DEG.left && axis >= AXIS_LIMITS_DEG.extreme) {
    return { code: 'left_axis_deviation', evidence: evidence('< -30 and >= -90') };
  }
  return axis > AXIS_LIMITS_DEG.right
    ? { code: 'right_axis_deviation', evidence: evidence('> 90 and <= 180') }
    : null;
}
