/**
 * The five centres' quality analytics (`GET /api/centres/metrics`, `/api/centres/volumes`) and
 * exports (`/api/centres/cases.csv|.xlsx`, `/api/centres/report.pdf`): the metric dictionary's
 * statistics (count, mean, median, compliance against the target, monthly trend) over the cases
 * the caller may see, for the quality manager preparing an accreditation. Aggregates only: no
 * patient data in the metrics and volumes answers. Demo and real cases are never mixed.
 */
import { z } from 'zod';
import { centres } from '../centres/centre-kinds.js';
import type { Centre } from '../centres/centre-kinds.js';

/** A calendar date `YYYY-MM-DD` in China Standard Time (Asia/Shanghai). */
const localDate = z.iso.date();

/** A calendar month `YYYY-MM`. */
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month such as 2025-03');

/** `true` / `false` in a query string. */
const booleanText = z.enum(['true', 'false']).transform((v) => v === 'true');

/**
 * The time zone of every month and day in these answers. The metric engine dates a case in China
 * Standard Time (UTC+8, no daylight saving), so the API does too, whatever the server's zone.
 */
export const centreMetricsTimeZone = 'Asia/Shanghai';

/** Names of an organisation in the three languages (Tibetan may be missing). */
export const orgNamesSchema = z.object({
  zh: z.string(),
  en: z.string(),
  bo: z.string().nullable(),
});

/**
 * Query shared by the metrics, volumes and exports: the period (calendar days in Asia/Shanghai,
 * both included, matched against the case's reference instant — arrival at the hospital where
 * recorded; default the last 12 calendar months up to today), one organisation of the caller's
 * scope (default all of it), and demo or real cases (default: real when the scope holds any real
 * case, else demo).
 */
export const centrePeriodQuerySchema = z.object({
  from: localDate.optional(),
  to: localDate.optional(),
  orgId: z.uuid().optional(),
  demo: booleanText.optional(),
});

/** `GET /api/centres/metrics` query: {@link centrePeriodQuerySchema} and one centre (default all). */
export const centreMetricsQuerySchema = centrePeriodQuerySchema.extend({
  centre: z.enum(centres).optional(),
});

/** Query of {@link centreMetricsQuerySchema}, as parsed. */
export type CentreMetricsQuery = z.infer<typeof centreMetricsQuerySchema>;

/** Statistics of an interval metric over a group of cases (see the engine's `IntervalStats`). */
export const intervalStatsSchema = z.object({
  kind: z.literal('interval'),
  count: z.number().int().min(0),
  meanMin: z.number().nullable(),
  medianMin: z.number().nullable(),
  p90Min: z.number().nullable(),
  /** Share 0–1 of cases within the per-case target; null without a target or a case. */
  compliance: z.number().nullable(),
  meanMet: z.boolean().nullable(),
  complianceMet: z.boolean().nullable(),
  flaggedCount: z.number().int().min(0),
});

/** Statistics of a ratio metric over a group of cases (see the engine's `RatioStats`). */
export const ratioStatsSchema = z.object({
  kind: z.literal('ratio'),
  count: z.number().int().min(0),
  numerator: z.number().int().min(0),
  share: z.number().nullable(),
  targetMet: z.boolean().nullable(),
  flaggedCount: z.number().int().min(0),
});

/** Statistics of either kind. */
export const metricStatsSchema = z.discriminatedUnion('kind', [
  intervalStatsSchema,
  ratioStatsSchema,
]);

/** The targets a metric was judged against (configuration, shown beside every figure). */
export const metricTargetsViewSchema = z.object({
  /** Interval: per-case threshold, minutes; null when tracked only. */
  targetMin: z.number().nullable(),
  /** Interval: the monthly mean must be `lt` (<) or `le` (≤) `targetMin`; null: no mean target. */
  meanTarget: z.enum(['lt', 'le']).nullable(),
  /** Interval: required share 0–1 of cases within `targetMin`; null when none. */
  complianceGoal: z.number().nullable(),
  /** Ratio: target share 0–1; null when tracked only. */
  targetShare: z.number().nullable(),
  /** Ratio: `at_least` or `at_most` the target share. */
  targetDirection: z.enum(['at_least', 'at_most']).nullable(),
});

/** One metric's figures over the period. */
export const centreMetricSchema = z.object({
  id: z.string(),
  centre: z.enum(centres),
  kind: z.enum(['interval', 'ratio']),
  label: z.object({ zh: z.string(), en: z.string(), bo: z.string().optional() }),
  /** Where the target comes from ("check": common practice, to confirm). */
  source: z.string().nullable(),
  targets: metricTargetsViewSchema,
  overall: metricStatsSchema,
  /** Every month of the period, oldest first (count 0 for a month without cases). */
  byMonth: z.array(z.object({ month, stats: metricStatsSchema })),
  /** Each organisation with at least one applicable case, by name. */
  byOrg: z.array(z.object({ orgId: z.uuid(), orgName: orgNamesSchema, stats: metricStatsSchema })),
  trend: z.object({
    /** Headline value per month of the period (mean minutes, or share 0–1); null without cases. */
    values: z.array(z.number().nullable()),
    /** Least-squares slope of the headline value per month; null with fewer than two months. */
    slopePerMonth: z.number().nullable(),
    changeVsPreviousMonth: z.number().nullable(),
  }),
});

/** One metric's figures. */
export type CentreMetric = z.infer<typeof centreMetricSchema>;

/** An organisation of the caller's scope that has cases of the chosen kind in the period. */
export const scopeOrgSchema = z.object({
  id: z.uuid(),
  name: orgNamesSchema,
  kind: z.string(),
  parentId: z.uuid().nullable(),
});

/** The period and data set an answer covers. */
const periodFields = {
  from: localDate,
  to: localDate,
  timeZone: z.literal(centreMetricsTimeZone),
  /** Every calendar month the period touches, oldest first. */
  months: z.array(month),
  /** Whether these are demo cases (synthetic) — the UI must say so. */
  demo: z.boolean(),
  /** Cases of each kind in the caller's whole scope (any period), to offer the demo/real switch. */
  available: z.object({ real: z.number().int().min(0), demo: z.number().int().min(0) }),
  /** Organisations with cases in the period (before the `orgId` filter), for the filter. */
  orgs: z.array(scopeOrgSchema),
  orgId: z.uuid().nullable(),
};

/** `GET /api/centres/metrics` answer. */
export const centreMetricsSchema = z.object({
  ...periodFields,
  centre: z.enum(centres).nullable(),
  caseCount: z.number().int().min(0),
  /** Cases with at least one review flag (order violation, FMC → ECG over 60 min …). */
  flaggedCaseCount: z.number().int().min(0),
  /** Metrics in dictionary order. */
  metrics: z.array(centreMetricSchema),
});

/** `GET /api/centres/metrics` answer. */
export type CentreMetrics = z.infer<typeof centreMetricsSchema>;

/** `GET /api/centres/volumes` answer: cases by centre and month, and by organisation. */
export const centreVolumesSchema = z.object({
  ...periodFields,
  caseCount: z.number().int().min(0),
  /** Per centre (all five, dashboard order): cases per month of the period, and the total. */
  byCentre: z.array(
    z.object({
      centre: z.enum(centres),
      byMonth: z.array(z.number().int().min(0)),
      total: z.number().int().min(0),
    }),
  ),
  /** Per organisation with cases: cases per centre. */
  byOrg: z.array(
    z.object({
      orgId: z.uuid(),
      orgName: orgNamesSchema,
      byCentre: z.record(z.enum(centres), z.number().int().min(0)),
      total: z.number().int().min(0),
    }),
  ),
});

/** `GET /api/centres/volumes` answer. */
export type CentreVolumes = z.infer<typeof centreVolumesSchema>;

/** Export formats of `GET /api/centres/cases.{csv,xlsx}`. */
export const caseExportFormats = ['csv', 'xlsx'] as const;

/**
 * `GET /api/centres/cases.csv|.xlsx` query: one centre's cases in the period, one row each.
 * Chest-pain rows follow the national chest-pain platform's field order. `lang` picks the header
 * language (Chinese by default, as the platform uses).
 */
export const caseExportQuerySchema = centrePeriodQuerySchema.extend({
  centre: z.enum(centres).default('chest_pain'),
  lang: z.enum(['zh', 'en']).default('zh'),
});

/** Query of {@link caseExportQuerySchema}, as parsed. */
export type CaseExportQuery = z.infer<typeof caseExportQuerySchema>;

/**
 * `GET /api/centres/report.pdf` query: the monthly quality report of one centre of one
 * organisation (default the acting one), real or demo (default as for the metrics).
 */
export const centreReportQuerySchema = z.object({
  centre: z.enum(centres).default('chest_pain'),
  month,
  orgId: z.uuid().optional(),
  demo: booleanText.optional(),
});

/** Query of {@link centreReportQuerySchema}, as parsed. */
export type CentreReportQuery = z.infer<typeof centreReportQuerySchema>;

/**
 * The key indicators of each centre: shown on the other centres' cards and in the compliance
 * table per county, in this order.
 * @example centreKeyMetricIds.chest_pain[0] // 'cp.fmc_to_ecg'
 */
export const centreKeyMetricIds: Readonly<Record<Centre, readonly string[]>> = {
  chest_pain: ['cp.fmc_to_ecg', 'cp.d2w', 'cp.d2n', 'cp.dido'],
  stroke: ['st.dnt', 'st.door_to_ct', 'st.dpt'],
  trauma: ['tr.door_to_ct', 'tr.ed_los', 'tr.iss16_mortality'],
  maternal: ['mat.decision_to_delivery', 'mat.transfer_time', 'mat.rescue_success'],
  neonatal: ['neo.transfer_time', 'neo.rescue_success', 'neo.mortality'],
};
