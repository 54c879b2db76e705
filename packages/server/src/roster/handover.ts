import {
  GesangError,
  handoverBodySchema,
  idParamsSchema,
  studySummarySchema,
} from '@gesang/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import type { Db } from '../db/database.js';
import { ecgStudies, memberships, users } from '../db/schema/index.js';
import type { EcgRuntime } from '../ecg/runtime.js';
import { loadStudySummaries } from '../ecg/study-mapping.js';
import { writeStudyEvent } from '../ecg/study-events.js';
import { assertStudyVisible, ecgScope } from '../ecg/visibility.js';
import { currentTime } from '../escalation/clock.js';
import { writeAlerts } from '../escalation/write-alerts.js';
import { signalChannels } from '../jobs/signals.js';
import { onDutyAt, qualifies, rosterKeptOrgIds } from './duty.js';
import { routingTargets } from './routing.js';

/**
 * The display name of `userId` when they may take over a study of `studyOrgId` at `at`: an
 * enabled reader (`ecg:report`) of an organisation the study is routed to, on a primary or backup
 * shift there now (or at an organisation that keeps no roster). 400 or 409 otherwise.
 */
async function eligibleReader(
  db: Db,
  studyOrgId: string,
  userId: string,
  at: Date,
  timeZone: string,
): Promise<string> {
  const [user] = await db
    .select({ displayName: users.displayName, disabled: users.disabled })
    .from(users)
    .where(eq(users.id, userId));
  const targets = (await routingTargets(db, studyOrgId)).map((t) => t.orgId);
  const held = await db
    .select({ orgId: memberships.orgId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), inArray(memberships.orgId, targets)));
  const readerOrgs = targets.filter((orgId) =>
    qualifies(
      'primary',
      held.filter((m) => m.orgId === orgId).map((m) => m.role),
    ),
  );
  if (user === undefined || user.disabled || readerOrgs.length === 0) {
    throw GesangError.badRequest(
      'Hand over only to a reader of an organisation this ECG is routed to',
      'body.toUserId',
    );
  }
  const kept = await rosterKeptOrgIds(db, readerOrgs);
  const onDuty = (await onDutyAt(db, readerOrgs, at, timeZone)).some(
    (d) => d.userId === userId && d.role !== 'coordinator',
  );
  if (!onDuty && readerOrgs.every((orgId) => kept.has(orgId))) {
    throw GesangError.conflict(`${user.displayName} is not on duty now`, 'body.toUserId');
  }
  return user.displayName;
}

/**
 * POST /api/ecg/studies/{id}/handover: the reader holding a claimed study passes it to another
 * eligible on-duty reader, in one conditional UPDATE (it fails with 409 once the caller no longer
 * holds it). The claim time stays (time-to-claim statistics); a `claimed` event naming the new
 * holder and `handedOverBy` goes to every screen, a `handover` alert to the new holder, and the
 * audit log records both people.
 */
export function handoverRoute(app: FastifyInstance, runtime: EcgRuntime): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = runtime;

  r.post(
    '/api/ecg/studies/:id/handover',
    {
      config: { permission: 'ecg:report' },
      schema: {
        tags: ['ecg'],
        summary: 'Hand a study you hold over to another on-duty reader',
        params: idParamsSchema,
        body: handoverBodySchema,
        response: { 200: studySummarySchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const studyId = request.params.id;
      const toUserId = request.body.toUserId;
      const study = await assertStudyVisible(db, await ecgScope(db, auth), studyId);
      if (toUserId === auth.userId) {
        throw GesangError.badRequest('Hand over to someone else', 'body.toUserId');
      }
      const at = currentTime(config);
      const toName = await eligibleReader(db, study.orgId, toUserId, at, config.rosterTimeZone);
      const to = { id: toUserId, displayName: toName };
      const from = { id: auth.userId, displayName: auth.displayName };
      const changed = await db.transaction(async (tx) => {
        const [row] = await tx
          .update(ecgStudies)
          .set({ claimedBy: toUserId, updatedAt: sql`now()` })
          .where(
            and(
              eq(ecgStudies.id, studyId),
              eq(ecgStudies.status, 'claimed'),
              eq(ecgStudies.claimedBy, auth.userId),
            ),
          )
          .returning({ triageLevel: ecgStudies.triageLevel, slaDueAt: ecgStudies.slaDueAt });
        if (row === undefined) {
          return false;
        }
        await writeStudyEvent(tx, {
          studyId,
          orgId: study.orgId,
          kind: 'claimed',
          actorUserId: auth.userId,
          payload: { status: 'claimed', claimedBy: to, handedOverBy: from },
        });
        const level = row.triageLevel;
        await writeAlerts(
          tx,
          {
            studyId,
            orgId: study.orgId,
            reason: 'handover',
            triageLevel:
              level === 'critical' || level === 'urgent' || level === 'routine' ? level : null,
            slaDueAt: row.slaDueAt,
            claimedBy: to,
            at,
            actorUserId: auth.userId,
          },
          [{ userId: toUserId, recipientRole: 'holder' }],
        );
        await writeAudit(tx, request, {
          action: 'ecg.study.handover',
          resourceType: 'ecg_study',
          resourceId: studyId,
          patientId: study.patientId,
          details: { fromUserId: auth.userId, toUserId },
        });
        return true;
      });
      if (!changed) {
        throw GesangError.conflict('You do not hold this study (claim it first)');
      }
      runtime.signals.emit(signalChannels.studyEvents);
      const [summary] = await loadStudySummaries(db, [studyId]);
      if (summary === undefined) {
        throw GesangError.notFound('ECG study');
      }
      return summary;
    },
  );
}
