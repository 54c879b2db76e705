import { centreMetricsQuerySchema, centreMetricsSchema, type CentreMetrics } from '@gesang/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { writeAudit } from '../audit/write-audit.js';
import { analyticsContext, periodFields } from './analytics-context.js';
import { runMetrics, toCentreMetric } from './build-metrics.js';

/**
 * GET /api/centres/metrics: the metric dictionary's statistics over the cases the caller may see
 * (see `metricsCaller`), per metric overall, per month of the period, per organisation, with the
 * trend and the targets judged against. Aggregates only (no patient data); audited once as
 * `centre.metrics.read` with the filter and the number of cases counted.
 */
export function getMetricsRoute(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/centres/metrics',
    {
      schema: {
        tags: ['centres'],
        summary: 'Five-centre quality metrics: count, mean, median, compliance, trend',
        description:
          'Needs case:manage (own organisation and those below it) or audit:read (consortium ' +
          'administrators: every organisation). Counts the cases whose reference instant ' +
          '(arrival at the hospital where recorded) falls from `from` to `to` (calendar days in ' +
          'Asia/Shanghai, both included; default the last 12 months). `demo` picks demo or real ' +
          'cases, never both (default: real when any real case exists, else demo). Intervals are ' +
          'computed from the recorded event times; cases flagged for review are counted, as the ' +
          'national chest-pain platform does, and counted in flaggedCount.',
        querystring: centreMetricsQuerySchema,
        response: { 200: centreMetricsSchema },
      },
    },
    async (request): Promise<CentreMetrics> => {
      const centre = request.query.centre ?? null;
      const context = await analyticsContext(request, request.query, centre ?? undefined);
      const report = runMetrics(context.cases, centre, context.now.getTime());
      const orgs = new Map(context.orgs.map((org) => [org.id, org]));
      const metrics = Object.values(report.metrics).map((result) =>
        toCentreMetric(result, context.period.months, orgs),
      );
      await writeAudit(db, request, {
        action: 'centre.metrics.read',
        resourceType: 'case',
        details: {
          from: context.period.from,
          to: context.period.to,
          centre,
          orgId: context.orgId,
          demo: context.demo,
          cases: report.caseCount,
        },
      });
      return {
        ...periodFields(context),
        centre,
        caseCount: report.caseCount,
        flaggedCaseCount: report.flaggedCaseCount,
        metrics,
      };
    },
  );
}
