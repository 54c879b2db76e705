/**
 * Every metric of the five-centre dictionary as data, and the targets override a deployment can
 * load (targets are configuration, not code).
 */
import { z } from 'zod';
import type { Centre } from './centre-kinds.js';
import { chestPainMetrics } from './metrics-chest-pain.js';
import { maternalMetrics, neonatalMetrics } from './metrics-maternal-neonatal.js';
import { strokeMetrics, traumaMetrics } from './metrics-stroke-trauma.js';
import type { MetricDefinition } from './metric-types.js';

/**
 * All metric definitions, centre by centre, in dictionary order.
 * @example metricDefinitions.find((m) => m.id === 'cp.d2w')?.targetMin // 90
 */
export const metricDefinitions: readonly MetricDefinition[] = [
  ...chestPainMetrics,
  ...strokeMetrics,
  ...traumaMetrics,
  ...maternalMetrics,
  ...neonatalMetrics,
];

/**
 * The definition of one metric.
 * @param id metric id (`cp.d2w`).
 * @returns the definition, or undefined for an unknown id.
 */
export function findMetric(id: string): MetricDefinition | undefined {
  return metricDefinitions.find((m) => m.id === id);
}

/**
 * The metrics of one centre.
 * @example metricsOfCentre('stroke').map((m) => m.id) // ['st.door_to_physician', …]
 */
export function metricsOfCentre(centre: Centre): MetricDefinition[] {
  return metricDefinitions.filter((m) => m.centre === centre);
}

/** Override of one metric's targets; an omitted field keeps the default, `null` removes it. */
export const metricTargetOverrideSchema = z.strictObject({
  /** Interval metrics: per-case threshold, minutes (> 0). */
  targetMin: z.number().positive().nullable().optional(),
  /** Interval metrics: whether the monthly mean must be `<` (`lt`) or `≤` (`le`) the threshold. */
  meanTarget: z.enum(['lt', 'le']).nullable().optional(),
  /** Interval metrics: required share of compliant cases, 0–1. */
  complianceGoal: z.number().min(0).max(1).nullable().optional(),
  /** Ratio metrics: target share, 0–1. */
  targetShare: z.number().min(0).max(1).nullable().optional(),
});

/**
 * Targets override keyed by metric id (the `gesang metrics --targets` file), e.g.
 * `{ "cp.d2w": { "targetMin": 80 }, "tr.door_to_ct": { "targetMin": 30 } }`.
 * Unknown ids are refused so a typo does not silently keep the default.
 */
export const metricTargetsSchema = z
  .record(z.string(), metricTargetOverrideSchema)
  .superRefine((targets, ctx) => {
    for (const id of Object.keys(targets)) {
      if (!findMetric(id)) {
        ctx.addIssue({ code: 'custom', message: `unknown metric id ${id}`, path: [id] });
      }
    }
  });

/** Targets override keyed by metric id. */
export type MetricTargets = z.infer<typeof metricTargetsSchema>;

/**
 * A definition with an override applied (fields that do not fit the metric's kind are ignored).
 * @example withTargets(findMetric('cp.d2w')!, { targetMin: 80 }).targetMin // 80
 */
export function withTargets(
  metric: MetricDefinition,
  override: z.infer<typeof metricTargetOverrideSchema> | undefined,
): MetricDefinition {
  if (!override) {
    return metric;
  }
  if (metric.kind === 'ratio') {
    return { ...metric, targetShare: pick(override.targetShare, metric.targetShare) };
  }
  return {
    ...metric,
    targetMin: pick(override.targetMin, metric.targetMin),
    meanTarget: pick(override.meanTarget, metric.meanTarget),
    complianceGoal: pick(override.complianceGoal, metric.complianceGoal),
  };
}

function pick<T>(override: T | null | undefined, fallback: T | null): T | null {
  return override === undefined ? fallback : override;
}
