/**
 * Summary statistics of one metric over one group of cases (all cases, one month, one
 * organisation).
 */
import type { IntervalMetric, RatioMetric } from './metric-types.js';
import { mean, quantile } from './statistics.js';

/** Statistics of an interval metric over a group of cases. */
export interface IntervalStats {
  kind: 'interval';
  /** Cases counted (applicable, both events recorded). */
  count: number;
  meanMin: number | null;
  medianMin: number | null;
  /** 90th percentile (linear interpolation, see `quantile`). */
  p90Min: number | null;
  /** Share (0–1) of cases with interval ≤ target; null when no target or no case. */
  compliance: number | null;
  /** Whether the mean meets the mean target (`<` or `≤`); null when none is set or no case. */
  meanMet: boolean | null;
  /** Whether compliance reaches the compliance goal; null when none is set or no case. */
  complianceMet: boolean | null;
  /** Counted cases that carry a review flag (they are included, as the national platform does). */
  flaggedCount: number;
}

/** Statistics of a ratio metric over a group of cases. */
export interface RatioStats {
  kind: 'ratio';
  /** Applicable cases (the denominator). */
  count: number;
  /** Applicable cases satisfying the numerator. */
  numerator: number;
  /** numerator / count (0–1); null when no case applies. */
  share: number | null;
  /** Whether the share meets the target (≥ or ≤ per the metric); null when none is set or no case. */
  targetMet: boolean | null;
  flaggedCount: number;
}

/** Statistics of either kind. */
export type MetricStats = IntervalStats | RatioStats;

/** One counted case: its interval in minutes (interval metrics) or whether it is in the numerator. */
export interface MetricObservation {
  value: number;
  flagged: boolean;
}

/**
 * Statistics of an interval metric.
 * @param metric the definition (with targets applied).
 * @param observations intervals in minutes.
 * @example intervalStats(d2w, [60, 80, 95, 100, 120].map((value) => ({ value, flagged: false }))).compliance // 0.4
 */
export function intervalStats(
  metric: IntervalMetric,
  observations: readonly MetricObservation[],
): IntervalStats {
  const values = observations.map((o) => o.value);
  const meanMin = mean(values);
  const { targetMin, meanTarget, complianceGoal } = metric;
  const compliance =
    targetMin === null || values.length === 0
      ? null
      : values.filter((v) => v <= targetMin).length / values.length;
  let meanMet: boolean | null = null;
  if (targetMin !== null && meanTarget !== null && meanMin !== null) {
    meanMet = meanTarget === 'lt' ? meanMin < targetMin : meanMin <= targetMin;
  }
  return {
    kind: 'interval',
    count: values.length,
    meanMin,
    medianMin: quantile(values, 0.5),
    p90Min: quantile(values, 0.9),
    compliance,
    meanMet,
    complianceMet:
      compliance === null || complianceGoal === null ? null : compliance >= complianceGoal,
    flaggedCount: observations.filter((o) => o.flagged).length,
  };
}

/**
 * Statistics of a ratio metric.
 * @param observations one per applicable case, `value` 1 in the numerator, 0 otherwise.
 * @example ratioStats(remoteEcg, [1, 0, 0, 1].map((value) => ({ value, flagged: false }))).share // 0.5
 */
export function ratioStats(
  metric: RatioMetric,
  observations: readonly MetricObservation[],
): RatioStats {
  const numerator = observations.filter((o) => o.value === 1).length;
  const share = observations.length === 0 ? null : numerator / observations.length;
  const target = metric.targetShare;
  let targetMet: boolean | null = null;
  if (share !== null && target !== null) {
    targetMet = metric.targetDirection === 'at_least' ? share >= target : share <= target;
  }
  return {
    kind: 'ratio',
    count: observations.length,
    numerator,
    share,
    targetMet,
    flaggedCount: observations.filter((o) => o.flagged).length,
  };
}
