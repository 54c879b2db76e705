import {
  computeMetrics,
  intervalStats,
  metricsOfCentre,
  metricTrend,
  ratioStats,
  type CentreMetric,
  type Centre,
  type MetricDefinition,
  type MetricResult,
  type MetricStats,
  type MetricsReport,
} from '@gesang/domain';
import type { LoadedCase, OrgInfo } from './load-cases.js';

/** The statistics of a group without cases (count 0, every figure null). */
export function emptyStats(metric: MetricDefinition): MetricStats {
  return metric.kind === 'ratio' ? ratioStats(metric, []) : intervalStats(metric, []);
}

/** The targets of a definition as the API shows them. */
export function targetsOf(metric: MetricDefinition): CentreMetric['targets'] {
  return metric.kind === 'ratio'
    ? {
        targetMin: null,
        meanTarget: null,
        complianceGoal: null,
        targetShare: metric.targetShare,
        targetDirection: metric.targetDirection,
      }
    : {
        targetMin: metric.targetMin,
        meanTarget: metric.meanTarget,
        complianceGoal: metric.complianceGoal,
        targetShare: null,
        targetDirection: null,
      };
}

/**
 * One engine result as the API answers it: every month of the period (empty months included, so
 * charts have a continuous axis), organisations by name, and the trend over the period's months.
 * @param months every month of the period, `YYYY-MM`, oldest first.
 * @param orgs names of the organisations that may appear in `byOrg`.
 */
export function toCentreMetric(
  result: MetricResult,
  months: readonly string[],
  orgs: ReadonlyMap<string, OrgInfo>,
): CentreMetric {
  const metric = result.definition;
  const byMonth: Record<string, MetricStats> = {};
  for (const month of months) {
    byMonth[month] = result.byMonth[month] ?? emptyStats(metric);
  }
  const trend = metricTrend(byMonth);
  return {
    id: metric.id,
    centre: metric.centre,
    kind: metric.kind,
    label: { zh: metric.label.zh, en: metric.label.en, bo: metric.label.bo },
    source: metric.source ?? null,
    targets: targetsOf(metric),
    overall: result.overall,
    byMonth: months.map((month) => ({ month, stats: byMonth[month] ?? emptyStats(metric) })),
    byOrg: Object.entries(result.byOrg)
      .flatMap(([orgId, stats]) => {
        const org = orgs.get(orgId);
        return org === undefined ? [] : [{ orgId, orgName: org.name, stats }];
      })
      .sort((a, b) => orderOf(orgs, a.orgId) - orderOf(orgs, b.orgId)),
    trend: {
      values: trend.values,
      slopePerMonth: trend.slopePerMonth,
      changeVsPreviousMonth: trend.changeVsPreviousMonth,
    },
  };
}

function orderOf(orgs: ReadonlyMap<string, OrgInfo>, id: string): number {
  return [...orgs.keys()].indexOf(id);
}

/**
 * The engine over loaded cases: the metrics of one centre (or all), review flags judged at `now`.
 * @param centre one centre, or null for all five.
 * @param nowMs "now" for the future-event check, epoch ms.
 */
export function runMetrics(
  loaded: readonly LoadedCase[],
  centre: Centre | null,
  nowMs: number,
): MetricsReport {
  const metricIds =
    centre === null ? undefined : metricsOfCentre(centre).map((metric) => metric.id);
  return computeMetrics(
    loaded.map((l) => l.c),
    { metricIds, validation: { nowMs } },
  );
}
