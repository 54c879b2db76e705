import { ecgTriageLevels, type EcgTriageLevel } from '@gesang/domain';
import type { SimStudy } from './arrivals.js';
import type { SimRun } from './engine.js';

/** Median, p90 and p99 of a set of delays (minutes), by nearest rank; null when there are none. */
export interface DelayQuantiles {
  medianMin: number;
  p90Min: number;
  p99Min: number;
}

/** What happened to the studies of one triage level (or all of them). */
export interface GroupSummary {
  count: number;
  /** Receipt → claim. */
  claim: DelayQuantiles | null;
  /** Receipt → signature. */
  sign: DelayQuantiles | null;
  /** Share signed within the group's SLA minutes (for all: each study's own level's); null if none. */
  withinSlaShare: number | null;
  /** Share signed within 10 minutes of receipt; null if none. */
  within10MinShare: number | null;
}

/** A run summed up. */
export interface SimSummary {
  readers: number;
  byLevel: Record<EcgTriageLevel, GroupSummary>;
  all: GroupSummary;
  /** Share of the readers' time spent reading during the arrival window (0–1). */
  utilisation: number;
}

/**
 * The q-quantile of sorted values by nearest rank (the smallest value with at least q of the
 * values at or below it; Hyndman & Fan 1996, definition 1).
 * @param sorted ascending values (non-empty).
 * @param q 0 < q ≤ 1.
 * @returns the quantile.
 * @example nearestRank([1, 2, 3, 4], 0.5) // 2
 */
export function nearestRank(sorted: readonly number[], q: number): number {
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

const quantiles = (values: number[]): DelayQuantiles | null => {
  if (values.length === 0) {
    return null;
  }
  values.sort((a, b) => a - b);
  return {
    medianMin: nearestRank(values, 0.5),
    p90Min: nearestRank(values, 0.9),
    p99Min: nearestRank(values, 0.99),
  };
};

const shareOf = (hits: number, count: number): number | null => (count === 0 ? null : hits / count);

/**
 * Sums up a run: per triage level and overall, delays from receipt to claim and to signature
 * (median, p90, p99), the shares signed within the SLA and within 10 minutes, and how busy the
 * readers were while ECGs were arriving.
 * @param studies the run's studies.
 * @param run the run's outcomes.
 * @param slaMinutes minutes from receipt to signature by level (the server's GESANG_SLA_*).
 * @param windowMin the arrival window, minutes (> 0).
 * @returns the summary.
 * @example summariseRun(studies, run, { critical: 10, urgent: 30, routine: 120 }, 7 * 1440).all.withinSlaShare
 */
export function summariseRun(
  studies: readonly SimStudy[],
  run: SimRun,
  slaMinutes: Record<EcgTriageLevel, number>,
  windowMin: number,
): SimSummary {
  const groups = [...ecgTriageLevels, 'all'] as const;
  const claims = new Map(groups.map((g) => [g, [] as number[]]));
  const signs = new Map(groups.map((g) => [g, [] as number[]]));
  const inSla = new Map(groups.map((g) => [g, 0]));
  const in10 = new Map(groups.map((g) => [g, 0]));
  let busyMin = 0;
  for (const study of studies) {
    const outcome = run.outcomes[study.id];
    if (outcome === undefined) {
      throw new Error(`study ${study.id} has no outcome`);
    }
    const signDelay = outcome.signMin - study.arrivalMin;
    for (const g of [study.level, 'all'] as const) {
      claims.get(g)?.push(outcome.claimMin - study.arrivalMin);
      signs.get(g)?.push(signDelay);
      inSla.set(g, (inSla.get(g) ?? 0) + (signDelay <= slaMinutes[study.level] ? 1 : 0));
      in10.set(g, (in10.get(g) ?? 0) + (signDelay <= 10 ? 1 : 0));
    }
    busyMin += Math.max(0, Math.min(outcome.signMin, windowMin) - outcome.claimMin);
  }
  const group = (g: (typeof groups)[number]): GroupSummary => {
    const count = claims.get(g)?.length ?? 0;
    return {
      count,
      claim: quantiles(claims.get(g) ?? []),
      sign: quantiles(signs.get(g) ?? []),
      withinSlaShare: shareOf(inSla.get(g) ?? 0, count),
      within10MinShare: shareOf(in10.get(g) ?? 0, count),
    };
  };
  return {
    readers: run.readers,
    byLevel: { critical: group('critical'), urgent: group('urgent'), routine: group('routine') },
    all: group('all'),
    utilisation: busyMin / (run.readers * windowMin),
  };
}
