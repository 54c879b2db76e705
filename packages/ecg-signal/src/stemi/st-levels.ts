/**
 * The ST level at the J point of every lead, compared with its threshold, with a plausibility
 * guard. The Fourth Universal Definition reads the ST deviation at the J point; `measureEcg`
 * gives it relative to the PR-segment level at the global QRS end. When that global end falls
 * before the end of a lead's own QRS (as with a late R′ in V1), the value is a point on the QRS
 * and can read as several millivolts of "elevation". Guard (own, not from the definition): a
 * lead whose signal still moves faster than {@link J_SLOPE_LIMIT_UV_PER_MS} over the 20 ms after J
 * is left out as unassessable. An ST segment rises at a few µV/ms even in hyperacute injury
 * (3 mm over 80 ms ≈ 4 µV/ms); QRS slopes are 20–100 µV/ms. On the team's 220 development records
 * 99 % of leads stay below 9 µV/ms; those above were QRS ends misplaced by > 20 ms.
 */
import { medianLead } from '../morphology/leads.js';
import type { Measurements } from '../measurements/types.js';
import { STANDARD_12_LEADS } from '../record.js';
import { elevationThresholdUv } from './thresholds.js';
import type { StThresholds, UnassessableLead } from './types.js';

/**
 * Leads the definition speaks of: the standard twelve, right chest V3R–V6R and posterior V7–V9.
 * Others (Frank X, Y, Z; Holter MLII) are not read: their ST levels have no thresholds.
 */
export const DEFINITION_LEADS: ReadonlySet<string> = new Set([
  ...STANDARD_12_LEADS,
  ...['V3R', 'V4R', 'V5R', 'V6R', 'V7', 'V8', 'V9'],
]);

/** Fastest signal change over the 20 ms after J that still reads as an ST segment, µV/ms. */
export const J_SLOPE_LIMIT_UV_PER_MS = 12;

/** One lead's ST level against its thresholds. */
export interface LeadStLevel {
  lead: string;
  /** ST level at J relative to the PR segment, µV. */
  stJUv: number;
  /** Elevation threshold of this lead, µV (`Infinity` for aVR). */
  thresholdUv: number;
  /** stJUv ≥ thresholdUv. */
  elevated: boolean;
  /** stJUv ≤ −depression threshold. */
  depressed: boolean;
}

/**
 * Reads and classifies the ST level of every lead.
 * @param m - measurements from `measureEcg`
 * @param thresholds - from `udmiThresholds`
 * @returns the usable levels of the {@link DEFINITION_LEADS}, and the leads left out with the
 *   reason
 * @example
 * readStLevels(m, udmiThresholds({ sex: 'female' })).levels.filter((l) => l.elevated);
 */
export function readStLevels(
  m: Measurements,
  thresholds: StThresholds,
): { levels: LeadStLevel[]; unassessable: UnassessableLead[] } {
  const levels: LeadStLevel[] = [];
  const unassessable: UnassessableLead[] = [];
  for (const [lead, values] of Object.entries(m.leads)) {
    if (!DEFINITION_LEADS.has(lead)) {
      continue;
    }
    const stJUv = values.stJUv;
    if (!Number.isFinite(stJUv)) {
      unassessable.push({ lead, reason: 'no ST level at J (median beat not measurable)' });
      continue;
    }
    const slope = jSlopeUvPerMs(m, lead);
    if (slope !== null && Math.abs(slope) > J_SLOPE_LIMIT_UV_PER_MS) {
      unassessable.push({
        lead,
        reason: `J point on a QRS slope: ${slope.toFixed(1)} µV/ms over the 20 ms after J (limit ${J_SLOPE_LIMIT_UV_PER_MS}); the global QRS end precedes this lead's`,
      });
      continue;
    }
    const thresholdUv = elevationThresholdUv(thresholds, lead);
    levels.push({
      lead,
      stJUv,
      thresholdUv,
      elevated: stJUv >= thresholdUv,
      depressed: stJUv <= -thresholds.depressionUv,
    });
  }
  return { levels, unassessable };
}

/**
 * Mean slope of a lead's median beat over the 20 ms after the J point.
 * @param m - measurements from `measureEcg`
 * @param lead - lead name
 * @returns µV/ms (positive rising), or null without a median beat there
 * @example
 * jSlopeUvPerMs(m, 'V1'); // 0.8 on a normal ST segment
 */
export function jSlopeUvPerMs(m: Measurements, lead: string): number | null {
  const beat = medianLead(m, lead);
  if (beat === undefined) {
    return null;
  }
  const step = Math.max(1, Math.round((20 * beat.sampleRateHz) / 1000));
  const a = beat.samplesUv[beat.jIndex];
  const b = beat.samplesUv[beat.jIndex + step];
  if (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b)) {
    return null;
  }
  return (b - a) / ((step * 1000) / beat.sampleRateHz);
}
