import { onDutyQuerySchema, onDutySchema } from '@gesang/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../auth/auth-context.js';
import { currentTime } from '../escalation/clock.js';
import { onDutyAt, rosterKeptOrgIds } from './duty.js';
import { rosterOrgIds } from './roster-scope.js';
import { describeTargets } from './routing.js';

/**
 * GET /api/ecg/roster/on-duty?at=&orgId=: who is on duty now (or at `at`) at each reading
 * organisation the caller may look at, with each person's duty and when their shift ends.
 */
export function onDutyRoute(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/ecg/roster/on-duty',
    {
      config: { permission: 'org:read' },
      schema: {
        tags: ['roster'],
        summary: 'Who is on duty (now, or at a given instant)',
        querystring: onDutyQuerySchema,
        response: { 200: onDutySchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const at =
        request.query.at === undefined ? currentTime(app.config) : new Date(request.query.at);
      const { orgIds } = await rosterOrgIds(db, auth, request.query.orgId);
      const timeZone = app.config.rosterTimeZone;
      const targets = await describeTargets(db, orgIds);
      const entries = await onDutyAt(db, orgIds, at, timeZone);
      const kept = await rosterKeptOrgIds(db, orgIds);
      return {
        at: at.toISOString(),
        timeZone,
        items: targets.map((target) => ({
          orgId: target.orgId,
          orgName: target.name,
          tier: target.tier,
          rosterKept: kept.has(target.orgId),
          people: entries
            .filter((e) => e.orgId === target.orgId)
            .map((e) => ({
              user: { id: e.userId, displayName: e.displayName },
              role: e.role,
              onCallCardiologist: e.onCallCardiologist,
              shiftId: e.shiftId,
              endsAt: e.endsAt.toISOString(),
            })),
        })),
      };
    },
  );
}
