/**
 * The five-centre metric engine: from cases with timestamped events to per-metric statistics,
 * overall, per calendar month and per organisation, with a monthly trend.
 *
 * - Durations come from the event instants only.
 * - A case belongs to the calendar month, in China Standard Time (Asia/Shanghai, UTC+8), of its
 *   reference event (arrival at the hospital where recorded, see `referenceEvents`). Cases without
 *   any readable instant count in `overall` and `byOrg` only.
 * - Cases with review flags (order violations, FMC → ECG over 60 min …) are included, as the
 *   national chest-pain platform does, and counted in `flaggedCount`; an out-of-order interval is
 *   included as the negative number it is (except metrics with `floorAtZero`).
 * - A case missing either event of an interval metric, or outside its "applies to", is left out.
 */
import type { CentreCase } from './centre-case.js';
import { matchesCase } from './case-predicates.js';
import { caseReferenceMs, chinaMonthOf, minutesBetween } from './case-times.js';
import { metricDefinitions, withTargets } from './metric-definitions.js';
import type { MetricTargets } from './metric-definitions.js';
import { intervalStats, ratioStats } from './metric-stats.js';
import type { MetricStats, MetricObservation } from './metric-stats.js';
import type { MetricDefinition } from './metric-types.js';
import { metricTrend } from './metric-trend.js';
import type { MetricTrend } from './metric-trend.js';
import { validateCase } from './validate-case.js';
import type { CaseFlag, ValidateCaseOptions } from './validate-case.js';

/** Group key of cases without an organisation in `byOrg`. */
export const noOrgKey = '(none)';

/** The result of one metric. */
export interface MetricResult {
  id: string;
  /** The definition with the targets actually used. */
  definition: MetricDefinition;
  overall: MetricStats;
  /** Keyed by `YYYY-MM` (UTC+8), ascending. */
  byMonth: Record<string, MetricStats>;
  /** Keyed by `orgId` ({@link noOrgKey} for cases without one). */
  byOrg: Record<string, MetricStats>;
  trend: MetricTrend;
}

/** The result of {@link computeMetrics}. */
export interface MetricsReport {
  caseCount: number;
  /** Cases with at least one review flag. */
  flaggedCaseCount: number;
  /** The flagged cases and their flags, in input order. */
  flaggedCases: { id: string; centre: string; flags: CaseFlag[] }[];
  /** Keyed by metric id, in dictionary order. */
  metrics: Record<string, MetricResult>;
}

/** Options of {@link computeMetrics}. */
export interface ComputeMetricsOptions {
  /** Targets override keyed by metric id (see `metricTargetsSchema`). */
  targets?: MetricTargets | undefined;
  /** Only these metrics (default: all). */
  metricIds?: readonly string[] | undefined;
  /** Thresholds and "now" of the review (see `validateCase`). */
  validation?: ValidateCaseOptions | undefined;
}

interface CaseContext {
  c: CentreCase;
  month: string | undefined;
  org: string;
  flagged: boolean;
}

/**
 * Compute every metric over a list of cases.
 * @param cases cases of any centres (each metric reads only its own centre's cases).
 * @param options targets override, metric subset, validation options.
 * @returns statistics per metric, overall, per month and per organisation, with trends.
 * @example computeMetrics(cases).metrics['cp.d2w']?.overall // { kind: 'interval', count: 5, meanMin: 91, … }
 */
export function computeMetrics(
  cases: readonly CentreCase[],
  options: ComputeMetricsOptions = {},
): MetricsReport {
  const flaggedCases: MetricsReport['flaggedCases'] = [];
  const contexts = cases.map((c): CaseContext => {
    const flags = validateCase(c, options.validation);
    if (flags.length > 0) {
      flaggedCases.push({ id: c.id, centre: c.centre, flags });
    }
    const referenceMs = caseReferenceMs(c);
    return {
      c,
      month: referenceMs === undefined ? undefined : chinaMonthOf(referenceMs),
      org: c.orgId ?? noOrgKey,
      flagged: flags.length > 0,
    };
  });
  const wanted = options.metricIds ? new Set(options.metricIds) : undefined;
  const metrics: Record<string, MetricResult> = {};
  for (const base of metricDefinitions) {
    if (wanted && !wanted.has(base.id)) {
      continue;
    }
    const metric = withTargets(base, options.targets?.[base.id]);
    metrics[metric.id] = computeOne(metric, contexts);
  }
  return { caseCount: cases.length, flaggedCaseCount: flaggedCases.length, flaggedCases, metrics };
}

function observe(metric: MetricDefinition, c: CentreCase): number | undefined {
  if (c.centre !== metric.centre || !matchesCase(c, metric.appliesTo)) {
    return undefined;
  }
  if (metric.kind === 'ratio') {
    return matchesCase(c, metric.numerator) ? 1 : 0;
  }
  const minutes = minutesBetween(c, metric.startEvent, metric.endEvent);
  return minutes !== undefined && metric.floorAtZero ? Math.max(0, minutes) : minutes;
}

function computeOne(metric: MetricDefinition, contexts: readonly CaseContext[]): MetricResult {
  const all: MetricObservation[] = [];
  const months = new Map<string, MetricObservation[]>();
  const orgs = new Map<string, MetricObservation[]>();
  for (const context of contexts) {
    const value = observe(metric, context.c);
    if (value === undefined) {
      continue;
    }
    const observation = { value, flagged: context.flagged };
    all.push(observation);
    if (context.month !== undefined) {
      pushTo(months, context.month, observation);
    }
    pushTo(orgs, context.org, observation);
  }
  const stats = (observations: readonly MetricObservation[]): MetricStats =>
    metric.kind === 'ratio'
      ? ratioStats(metric, observations)
      : intervalStats(metric, observations);
  const byMonth: Record<string, MetricStats> = {};
  for (const month of [...months.keys()].sort()) {
    byMonth[month] = stats(months.get(month) ?? []);
  }
  const byOrg: Record<string, MetricStats> = {};
  for (const [org, observations] of orgs) {
    byOrg[org] = stats(observations);
  }
  return {
    id: metric.id,
    definition: metric,
    overall: stats(all),
    byMonth,
    byOrg,
    trend: metricTrend(byMonth),
  };
}

function pushTo(
  groups: Map<string, MetricObservation[]>,
  key: string,
  observation: MetricObservation,
): void {
  const list = groups.get(key);
  if (list) {
    list.push(observation);
  } else {
    groups.set(key, [observation]);
  }
}
