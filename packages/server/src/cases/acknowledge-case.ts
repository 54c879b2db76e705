import { caseAcknowledgementSchema, idParamsSchema } from '@gesang/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { cases, ecgAlerts, ecgStudies, users } from '../db/schema/index.js';
import { writeStudyEvent } from '../ecg/study-events.js';
import { currentTime } from '../escalation/clock.js';
import { caseWriteOrg, visibleCase } from './case-access.js';

/**
 * POST /api/cases/{id}/acknowledge: a member of the hub's chest-pain team (`case:manage`) takes
 * the case. The first acknowledgement is kept (who and when); a second answers it again unchanged.
 * The first one also closes every coordinator's open `green_channel` alert of the case's ECG and
 * pushes a `green_channel` study event, so the county desk shows the acknowledgement live.
 * Audited as `case.acknowledge`.
 */
export function acknowledgeCaseRoute(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.post(
    '/api/cases/:id/acknowledge',
    {
      config: { permission: 'case:manage' },
      schema: {
        tags: ['cases'],
        summary: 'Acknowledge a case (green channel); the first acknowledgement is kept',
        params: idParamsSchema,
        response: { 200: caseAcknowledgementSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const orgId = caseWriteOrg(auth);
      const now = currentTime(app.config);
      return db.transaction(async (tx) => {
        const row = await visibleCase(tx, orgId, request.params.id, true);
        const first = row.acknowledgedAt === null;
        if (first) {
          await tx
            .update(cases)
            .set({ acknowledgedAt: now, acknowledgedBy: auth.userId, updatedAt: now })
            .where(and(eq(cases.id, row.id), isNull(cases.acknowledgedAt)));
        }
        const studyId = row.sourceStudyId;
        if (first && studyId !== null) {
          await tx
            .update(ecgAlerts)
            .set({ acknowledgedAt: now })
            .where(
              and(
                eq(ecgAlerts.studyId, studyId),
                eq(ecgAlerts.reason, 'green_channel'),
                isNull(ecgAlerts.acknowledgedAt),
              ),
            );
          const [study] = await tx
            .select({ orgId: ecgStudies.orgId })
            .from(ecgStudies)
            .where(eq(ecgStudies.id, studyId));
          await writeStudyEvent(tx, {
            studyId,
            orgId: study?.orgId ?? row.orgId,
            kind: 'green_channel',
            actorUserId: auth.userId,
            payload: { caseId: row.id, hubId: row.orgId, state: 'acknowledged' },
          });
        }
        const byId = first ? auth.userId : (row.acknowledgedBy ?? auth.userId);
        const [person] = await tx
          .select({ name: users.displayName })
          .from(users)
          .where(eq(users.id, byId));
        await writeAudit(tx, request, {
          action: 'case.acknowledge',
          resourceType: 'case',
          resourceId: row.id,
          patientId: row.patientId,
          details: { first },
        });
        return {
          caseId: row.id,
          acknowledgedAt: (row.acknowledgedAt ?? now).toISOString(),
          acknowledgedBy: { id: byId, displayName: person?.name ?? '' },
        };
      });
    },
  );
}
