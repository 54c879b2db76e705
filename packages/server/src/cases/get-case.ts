import { caseDetailSchema, idParamsSchema } from '@gesang/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { caseReadOrg, visibleCase } from './case-access.js';
import { loadCaseDetail } from './case-detail.js';

/**
 * GET /api/cases/{id}: one case of the acting organisation with every event, the history of each
 * change, the review flags and the linked ECGs; 404 for another organisation's case, exactly as
 * for a missing one. Audited as `case.read`.
 */
export function getCaseRoute(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/cases/:id',
    {
      schema: {
        tags: ['cases'],
        summary: 'One case: events, history, flags, linked ECGs',
        params: idParamsSchema,
        response: { 200: caseDetailSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const row = await visibleCase(db, caseReadOrg(auth), request.params.id);
      const detail = await loadCaseDetail(db, row.id);
      await writeAudit(db, request, {
        action: 'case.read',
        resourceType: 'case',
        resourceId: row.id,
        patientId: row.patientId,
      });
      return detail;
    },
  );
}
