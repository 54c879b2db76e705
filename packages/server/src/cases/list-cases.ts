import { caseSummarySchema, listCasesQuerySchema, type ListCasesQuery } from '@gesang/domain';
import { and, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { caseStudies, cases } from '../db/schema/index.js';
import { caseReadOrg } from './case-access.js';
import { loadCaseEvents, selectCases, toCaseSummary } from './case-mapping.js';

/**
 * The WHERE condition of a case list: the organisation, demo or real (never both), and the
 * query's filters.
 * @param orgId the acting organisation.
 */
export function caseListCondition(orgId: string, query: ListCasesQuery): SQL | undefined {
  const { studyId } = query;
  return and(
    eq(cases.orgId, orgId),
    eq(cases.demo, query.demo),
    query.centre === undefined ? undefined : eq(cases.centre, query.centre),
    query.status === undefined ? undefined : eq(cases.status, query.status),
    query.from === undefined ? undefined : gte(cases.openedAt, new Date(query.from)),
    query.to === undefined ? undefined : lt(cases.openedAt, new Date(query.to)),
    studyId === undefined
      ? undefined
      : or(
          eq(cases.sourceStudyId, studyId),
          sql`exists (select 1 from ${caseStudies} where ${caseStudies.caseId} = ${cases.id} and ${caseStudies.studyId} = ${studyId})`,
        ),
  );
}

/**
 * GET /api/cases: the acting organisation's cases (open first, then by opening time), real or
 * demo, with each case's current events, the live board's running clocks and its review flags.
 * `status=open` is the coordinator's live board. Readable with `case:manage` or `ecg:read` there.
 * Cases with a patient are audited, one `case.list` row each.
 */
export function listCasesRoute(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/cases',
    {
      schema: {
        tags: ['cases'],
        summary: 'My organisation’s cases (status=open: the live board)',
        querystring: listCasesQuerySchema,
        response: { 200: z.object({ items: z.array(caseSummarySchema) }) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const orgId = caseReadOrg(auth);
      const query = request.query;
      const rows = await selectCases(db, caseListCondition(orgId, query), query);
      const events = await loadCaseEvents(
        db,
        rows.map((row) => row.row.id),
      );
      const items = rows.map((row) => toCaseSummary(row, events.get(row.row.id) ?? []));
      await writeAudit(
        db,
        request,
        items
          .filter((item) => item.patientId !== null)
          .map((item) => ({
            action: 'case.list',
            resourceType: 'case',
            resourceId: item.id,
            patientId: item.patientId,
          })),
      );
      return { items };
    },
  );
}
