import {
  GesangError,
  alertSchema,
  breachSchema,
  idParamsSchema,
  listAlertsQuerySchema,
  listBreachesQuerySchema,
  type Alert,
} from '@gesang/domain';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { ecgAlerts, ecgSlaBreaches, ecgStudies, users } from '../db/schema/index.js';
import { ecgScope } from '../ecg/visibility.js';
import { currentTime } from './clock.js';

const holder = alias(users, 'holder');
const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

/**
 * GET /api/ecg/alerts: the caller's own alerts (open ones by default), newest first.
 * POST /api/ecg/alerts/{id}/acknowledge: the addressee marks one seen (audited).
 * GET /api/ecg/breaches: SLA breaches of the studies the caller may see, newest first.
 */
export function alertRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;
  const tags = ['roster'];

  r.get(
    '/api/ecg/alerts',
    {
      schema: {
        tags,
        summary: 'My escalation, breach and hand-over alerts',
        querystring: listAlertsQuerySchema,
        response: { 200: z.object({ items: z.array(alertSchema) }) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const rows = await db
        .select({
          alert: ecgAlerts,
          triageLevel: ecgStudies.triageLevel,
          slaDueAt: ecgStudies.slaDueAt,
          holderName: holder.displayName,
        })
        .from(ecgAlerts)
        .innerJoin(ecgStudies, eq(ecgStudies.id, ecgAlerts.studyId))
        .leftJoin(holder, eq(holder.id, ecgAlerts.claimedBy))
        .where(
          and(
            eq(ecgAlerts.userId, auth.userId),
            request.query.open ? isNull(ecgAlerts.acknowledgedAt) : undefined,
          ),
        )
        .orderBy(desc(ecgAlerts.createdAt), desc(ecgAlerts.id))
        .limit(request.query.limit);
      const items = rows.map(({ alert, ...row }): Alert => ({
        id: alert.id,
        studyId: alert.studyId,
        orgId: alert.orgId,
        reason: alertSchema.shape.reason.parse(alert.reason),
        recipientRole: alertSchema.shape.recipientRole.parse(alert.recipientRole),
        triageLevel: alertSchema.shape.triageLevel.parse(row.triageLevel),
        slaDueAt: iso(row.slaDueAt),
        claimedBy:
          alert.claimedBy === null
            ? null
            : { id: alert.claimedBy, displayName: row.holderName ?? '' },
        createdAt: alert.createdAt.toISOString(),
        acknowledgedAt: iso(alert.acknowledgedAt),
      }));
      return { items };
    },
  );

  r.post(
    '/api/ecg/alerts/:id/acknowledge',
    {
      schema: {
        tags,
        summary: 'Acknowledge one of my alerts',
        params: idParamsSchema,
        response: { 200: z.object({ id: z.uuid(), acknowledgedAt: z.string() }) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const at = currentTime(app.config);
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(ecgAlerts)
          .set({ acknowledgedAt: at })
          .where(
            and(
              eq(ecgAlerts.id, request.params.id),
              eq(ecgAlerts.userId, auth.userId),
              isNull(ecgAlerts.acknowledgedAt),
            ),
          )
          .returning({ id: ecgAlerts.id, studyId: ecgAlerts.studyId });
        if (row === undefined) {
          throw GesangError.notFound('Open alert');
        }
        await writeAudit(tx, request, {
          action: 'ecg.alert.acknowledge',
          resourceType: 'ecg_study',
          resourceId: row.studyId,
          details: { alertId: row.id },
        });
        return { id: row.id, acknowledgedAt: at.toISOString() };
      });
    },
  );

  r.get(
    '/api/ecg/breaches',
    {
      config: { permission: 'ecg:read' },
      schema: {
        tags,
        summary: 'SLA breaches (studies not signed in time), with their cause',
        querystring: listBreachesQuerySchema,
        response: { 200: z.object({ items: z.array(breachSchema) }) },
      },
    },
    async (request) => {
      const scope = await ecgScope(db, requireAuth(request));
      const rows =
        scope.length === 0
          ? []
          : await db
              .select({ breach: ecgSlaBreaches, holderName: holder.displayName })
              .from(ecgSlaBreaches)
              .leftJoin(holder, eq(holder.id, ecgSlaBreaches.heldBy))
              .where(inArray(ecgSlaBreaches.orgId, scope))
              .orderBy(desc(ecgSlaBreaches.recordedAt))
              .limit(request.query.limit);
      return {
        items: rows.map(({ breach, holderName }) => ({
          studyId: breach.studyId,
          orgId: breach.orgId,
          triageLevel: breachSchema.shape.triageLevel.parse(breach.triageLevel),
          slaDueAt: breach.slaDueAt.toISOString(),
          recordedAt: breach.recordedAt.toISOString(),
          cause: breachSchema.shape.cause.parse(breach.cause),
          heldBy:
            breach.heldBy === null ? null : { id: breach.heldBy, displayName: holderName ?? '' },
          claimedAt: iso(breach.claimedAt),
        })),
      };
    },
  );
}
