import {
  GesangError,
  caseDetailSchema,
  idParamsSchema,
  linkCaseStudyBodySchema,
  updateCaseAttributesBodySchema,
} from '@gesang/domain';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../auth/auth-context.js';
import { caseStudies, cases } from '../db/schema/index.js';
import { assertStudyVisible, ecgScope } from '../ecg/visibility.js';
import { currentTime } from '../escalation/clock.js';
import { writeCase } from './write-case.js';

/**
 * Changes to a case besides its events (`case:manage`, the case's own organisation):
 * PATCH /api/cases/{id}/attributes sets and removes attributes (diagnosis, reperfusion, outcome …);
 * POST /api/cases/{id}/close closes an open case; POST /api/cases/{id}/studies links an ECG study
 * the caller may see. Each is audited and answers the whole case.
 */
export function caseRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;
  const config = { permission: 'case:manage' } as const;
  const tags = ['cases'];

  r.patch(
    '/api/cases/:id/attributes',
    {
      config,
      schema: {
        tags,
        summary: 'Set and remove attributes of a case',
        params: idParamsSchema,
        body: updateCaseAttributesBodySchema,
        response: { 200: caseDetailSchema },
      },
    },
    async (request) => {
      const { set, remove } = request.body;
      return writeCase(
        db,
        request,
        request.params.id,
        'case.attributes.update',
        async (tx, row) => {
          const next: Record<string, unknown> = { ...row.attributes, ...set };
          for (const key of remove) {
            delete next[key];
          }
          await tx.update(cases).set({ attributes: next }).where(eq(cases.id, row.id));
          return { set: Object.keys(set), remove };
        },
      );
    },
  );

  r.post(
    '/api/cases/:id/close',
    {
      config,
      schema: {
        tags,
        summary: 'Close an open case',
        params: idParamsSchema,
        response: { 200: caseDetailSchema },
      },
    },
    async (request) => {
      const at = currentTime(app.config);
      return writeCase(db, request, request.params.id, 'case.close', async (tx, row, by) => {
        if (row.status !== 'open') {
          throw GesangError.conflict('The case is already closed');
        }
        await tx
          .update(cases)
          .set({ status: 'closed', closedAt: at, closedBy: by })
          .where(eq(cases.id, row.id));
        return { closedAt: at.toISOString() };
      });
    },
  );

  r.post(
    '/api/cases/:id/studies',
    {
      config,
      schema: {
        tags,
        summary: 'Link an ECG study to a case',
        params: idParamsSchema,
        body: linkCaseStudyBodySchema,
        response: { 200: caseDetailSchema },
      },
    },
    async (request) => {
      const { studyId } = request.body;
      const scope = await ecgScope(db, requireAuth(request));
      await assertStudyVisible(db, scope, studyId);
      return writeCase(db, request, request.params.id, 'case.study.link', async (tx, row, by) => {
        await tx
          .insert(caseStudies)
          .values({ caseId: row.id, studyId, linkedBy: by, linkedAt: sql`now()` })
          .onConflictDoNothing();
        return { studyId };
      });
    },
  );
}
