/**
 * How the centres' figures read on screen: minutes with one decimal, shares as percentages with
 * one decimal that never round across the goal (74.96 % against 75 % reads 74.9 %, not 75.0 %),
 * and how a metric stands against its targets.
 */
import type { CentreMetric } from '@gesang/domain';

/** Shown where there is no value. */
export const noValue = '—';

/** How a figure stands against its targets. */
export type Tone = 'met' | 'missed' | 'tracked' | 'none';

/**
 * Minutes with one decimal.
 * @example formatMinutes(87.54) // '87.5'
 */
export function formatMinutes(minutes: number | null): string {
  return minutes === null ? noValue : (Math.round(minutes * 10) / 10).toFixed(1);
}

/**
 * A share (0–1) as a percentage with one decimal. With a goal, rounding never crosses it: a
 * share below the goal never reads as the goal or above it, and one at or above never below.
 * @example formatPercent(0.7496, 0.75) // '74.9%'
 * @example formatPercent(2 / 3) // '66.7%'
 */
export function formatPercent(share: number | null, goal: number | null = null): string {
  if (share === null) {
    return noValue;
  }
  let tenths = Math.round(share * 1000);
  if (goal !== null) {
    const goalTenths = goal * 1000;
    if (share < goal && tenths >= goalTenths) {
      tenths = Math.ceil(goalTenths) - 1;
    } else if (share >= goal && tenths < goalTenths) {
      tenths = Math.ceil(goalTenths);
    }
  }
  return `${(tenths / 10).toFixed(1)}%`;
}

/**
 * A target share as a percentage without a trailing `.0`.
 * @example formatGoal(0.75) // '75%'
 */
export function formatGoal(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/**
 * How the statistics stand against the metric's targets: `met` when every target set is met,
 * `missed` when one is not, `tracked` when none is set, `none` without cases.
 * @example statsTone(metric.overall) // 'missed'
 */
export function statsTone(stats: CentreMetric['overall']): Tone {
  if (stats.count === 0) {
    return 'none';
  }
  const checks = stats.kind === 'ratio' ? [stats.targetMet] : [stats.meanMet, stats.complianceMet];
  const judged = checks.filter((c): c is boolean => c !== null);
  if (judged.length === 0) {
    return 'tracked';
  }
  return judged.every(Boolean) ? 'met' : 'missed';
}

/**
 * The metric's headline figure: mean minutes (interval) or share (ratio).
 * @example headlineValue(d2w.overall) // 87.5
 */
export function headlineValue(stats: CentreMetric['overall']): number | null {
  return stats.kind === 'ratio' ? stats.share : stats.meanMin;
}

/** The figure a metric is judged by: a share (with its goal), or mean minutes. */
export type PrimaryFigure =
  | { kind: 'share'; share: number | null; goal: number | null }
  | { kind: 'minutes'; minutes: number | null };

/**
 * The figure that carries a metric's target, for tables and cards: a ratio's share; an interval's
 * share within target when a compliance goal is set (FMC → ECG ≥ 75 %) or when only a per-case
 * limit is (category-1 caesarean ≤ 30 min); otherwise its mean (DIDO: monthly mean ≤ 30 min, or a
 * tracked interval).
 * @example primaryFigure(dido, stats) // { kind: 'minutes', minutes: 27.5 }
 */
export function primaryFigure(metric: CentreMetric, stats: CentreMetric['overall']): PrimaryFigure {
  if (stats.kind === 'ratio') {
    return { kind: 'share', share: stats.share, goal: metric.targets.targetShare };
  }
  const { targetMin, meanTarget, complianceGoal } = metric.targets;
  if (targetMin !== null && (complianceGoal !== null || meanTarget === null)) {
    return { kind: 'share', share: stats.compliance, goal: complianceGoal };
  }
  return { kind: 'minutes', minutes: stats.meanMin };
}

/**
 * Whether the metric has a share to chart per hospital (a ratio, or an interval with a per-case
 * limit).
 */
export function hasShare(metric: CentreMetric): boolean {
  return metric.kind === 'ratio' || metric.targets.targetMin !== null;
}

/**
 * The share to chart per hospital: a ratio's share, or an interval's share within its limit.
 */
export function chartShare(stats: CentreMetric['overall']): number | null {
  return stats.kind === 'ratio' ? stats.share : stats.compliance;
}

/**
 * Whether a share meets a goal in the metric's direction (`at_most` for e.g. mortality).
 * @returns null without a share or a goal.
 */
export function shareMeetsGoal(metric: CentreMetric, share: number | null): boolean | null {
  const goal = metric.kind === 'ratio' ? metric.targets.targetShare : metric.targets.complianceGoal;
  if (share === null || goal === null) {
    return null;
  }
  return metric.targets.targetDirection === 'at_most' ? share <= goal : share >= goal;
}
