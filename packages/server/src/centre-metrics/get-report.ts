import { centreReportQuerySchema } from '@gesang/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActiveOrg, requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { analyticsContext } from './analytics-context.js';
import { runMetrics } from './build-metrics.js';
import { orgInfos } from './load-cases.js';
import { createQualityRenderer } from './quality-renderer.js';
import { flagText, reportRows } from './report-figures.js';

/**
 * First and last calendar day of a `YYYY-MM` month.
 * @example monthDays('2024-02') // ['2024-02-01', '2024-02-29']
 */
export function monthDays(month: string): [from: string, to: string] {
  const [year = 0, mm = 1] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, mm, 0)).getUTCDate();
  return [`${month}-01`, `${month}-${String(last).padStart(2, '0')}`];
}

/**
 * GET /api/centres/report.pdf: the monthly quality report of one centre of one hospital (default
 * the acting one), for the accreditation file and the quality meeting. Figures are aggregates;
 * flagged cases are listed by case number and time only. Audited as `centre.report.pdf`.
 */
export function getReportRoute(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;
  const renderer = createQualityRenderer((message) => app.log.warn(message));
  app.addHook('onClose', () => renderer.close());

  r.get(
    '/api/centres/report.pdf',
    {
      schema: {
        tags: ['centres'],
        summary: 'Monthly quality report of a centre (PDF, A4, Chinese and Tibetan)',
        description:
          'Same permissions and demo rule as GET /api/centres/metrics. The cases of `orgId` ' +
          '(default: the acting organisation; it must be in the caller’s scope) whose reference ' +
          'instant falls in `month` (Asia/Shanghai). Each metric: count, mean, median, ' +
          'compliance against its target with ✓/✗; a bar chart; the cases flagged for review.',
        querystring: centreReportQuerySchema,
      },
    },
    async (request, reply) => {
      const { query } = request;
      const orgId = query.orgId ?? requireActiveOrg(requireAuth(request));
      const [from, to] = monthDays(query.month);
      const context = await analyticsContext(
        request,
        { from, to, orgId, demo: query.demo },
        query.centre,
      );
      const report = runMetrics(context.cases, query.centre, context.now.getTime());
      const referenceMs = new Map(context.cases.map((l) => [l.c.id, l.referenceMs]));
      const flagged = report.flaggedCases
        .map((f) => ({
          caseId: f.id,
          atMs: referenceMs.get(f.id) ?? 0,
          problems: f.flags.map((flag) => flagText(query.centre, flag)),
        }))
        .sort((a, b) => a.atMs - b.atMs);
      const [org] = await orgInfos(db, [orgId]);
      const pdf = await renderer.render({
        org: org ?? { id: orgId, name: { zh: '', en: '', bo: null }, kind: '', parentId: null },
        centre: query.centre,
        month: query.month,
        demo: context.demo,
        caseCount: report.caseCount,
        rows: reportRows(Object.values(report.metrics)),
        flagged,
        generatedAt: context.now,
        fontSources: app.config.reportFonts,
      });
      await writeAudit(db, request, {
        action: 'centre.report.pdf',
        resourceType: 'case',
        details: {
          centre: query.centre,
          month: query.month,
          orgId,
          demo: context.demo,
          cases: report.caseCount,
          flagged: flagged.length,
        },
      });
      const name = `${query.centre}-quality-${query.month}${context.demo ? '-demo' : ''}.pdf`;
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );
}
