import {
  centrePeriodQuerySchema,
  centres,
  centreVolumesSchema,
  chinaMonthOf,
  type Centre,
  type CentreVolumes,
} from '@gesang/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { writeAudit } from '../audit/write-audit.js';
import { analyticsContext, periodFields, type AnalyticsContext } from './analytics-context.js';

const zeroByCentre = (): Record<Centre, number> => ({
  chest_pain: 0,
  stroke: 0,
  trauma: 0,
  maternal: 0,
  neonatal: 0,
});

/**
 * Cases per centre and month of the period, and per organisation and centre.
 * @example countVolumes(context).byCentre[0] // { centre: 'chest_pain', byMonth: [88, 91, …], total: 1059 }
 */
export function countVolumes(
  context: AnalyticsContext,
): Pick<CentreVolumes, 'byCentre' | 'byOrg' | 'caseCount'> {
  const months = context.period.months;
  const monthIndex = new Map(months.map((month, index) => [month, index]));
  const perCentre = new Map(centres.map((c) => [c, months.map(() => 0)]));
  const perOrg = new Map<string, Record<Centre, number>>();
  for (const loaded of context.cases) {
    const index = monthIndex.get(chinaMonthOf(loaded.referenceMs));
    const row = perCentre.get(loaded.c.centre);
    if (index !== undefined && row !== undefined) {
      row[index] = (row[index] ?? 0) + 1;
    }
    const orgId = loaded.c.orgId ?? '';
    const counts = perOrg.get(orgId) ?? zeroByCentre();
    counts[loaded.c.centre] += 1;
    perOrg.set(orgId, counts);
  }
  return {
    caseCount: context.cases.length,
    byCentre: centres.map((centre) => {
      const byMonth = perCentre.get(centre) ?? [];
      return { centre, byMonth, total: byMonth.reduce((a, b) => a + b, 0) };
    }),
    byOrg: context.orgs.flatMap((org) => {
      const byCentre = perOrg.get(org.id);
      return byCentre === undefined
        ? []
        : [
            {
              orgId: org.id,
              orgName: org.name,
              byCentre,
              total: Object.values(byCentre).reduce((a, b) => a + b, 0),
            },
          ];
    }),
  };
}

/**
 * GET /api/centres/volumes: cases of the five centres per month of the period and per
 * organisation (as the dictionary's seed figures count them), over the cases the caller may see.
 * Aggregates only; audited once as `centre.volumes.read`.
 */
export function getVolumesRoute(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/centres/volumes',
    {
      schema: {
        tags: ['centres'],
        summary: 'Five-centre case volumes by centre and month, and by organisation',
        description:
          'Same permissions, period, organisation and demo rules as GET /api/centres/metrics. ' +
          'A case counts in the month (Asia/Shanghai) of its reference instant.',
        querystring: centrePeriodQuerySchema,
        response: { 200: centreVolumesSchema },
      },
    },
    async (request): Promise<CentreVolumes> => {
      const context = await analyticsContext(request, request.query);
      const volumes = countVolumes(context);
      await writeAudit(db, request, {
        action: 'centre.volumes.read',
        resourceType: 'case',
        details: {
          from: context.period.from,
          to: context.period.to,
          orgId: context.orgId,
          demo: context.demo,
          cases: volumes.caseCount,
        },
      });
      return { ...periodFields(context), ...volumes };
    },
  );
}
