import { coverageQuerySchema, coverageSchema } from '@gesang/domain';
import { and, between, eq, inArray, isNotNull, or } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../auth/auth-context.js';
import type { Db } from '../db/database.js';
import { memberships, rosterShifts, users } from '../db/schema/index.js';
import { currentTime } from '../escalation/clock.js';
import { coverageGaps, duty, weekCoverage } from './coverage.js';
import { qualifies } from './duty.js';
import { addDays, localParts, weekdayOf } from './local-time.js';
import { rosterOrgIds } from './roster-scope.js';
import { describeTargets } from './routing.js';
import type { ShiftTiming } from './shift-rules.js';

/** The shifts of `orgIds` that can touch the week starting on `weekStart`, with duty flags. */
async function weekShifts(
  db: Db,
  orgIds: string[],
  weekStart: string,
): Promise<Map<string, (ShiftTiming & { flags: number })[]>> {
  const byOrg = new Map<string, (ShiftTiming & { flags: number })[]>();
  if (orgIds.length === 0) {
    return byOrg;
  }
  const rows = await db
    .select({ shift: rosterShifts })
    .from(rosterShifts)
    .innerJoin(users, eq(users.id, rosterShifts.userId))
    .where(
      and(
        inArray(rosterShifts.orgId, orgIds),
        eq(users.disabled, false),
        or(
          isNotNull(rosterShifts.weekday),
          between(rosterShifts.date, addDays(weekStart, -1), addDays(weekStart, 6)),
        ),
      ),
    );
  const held = await db
    .select({ userId: memberships.userId, orgId: memberships.orgId, role: memberships.role })
    .from(memberships)
    .where(inArray(memberships.orgId, orgIds));
  for (const { shift } of rows) {
    const roles = held
      .filter((m) => m.userId === shift.userId && m.orgId === shift.orgId)
      .map((m) => m.role);
    if (!qualifies(shift.role, roles)) {
      continue;
    }
    const flags =
      (shift.role === 'coordinator' ? duty.coordinator : duty.reader) |
      (shift.onCallCardiologist ? duty.onCall : 0);
    byOrg.set(shift.orgId, [...(byOrg.get(shift.orgId) ?? []), { ...shift, flags }]);
  }
  return byOrg;
}

/**
 * GET /api/ecg/roster/coverage?week=&orgId=: for each routing target the caller may look at, the
 * local hours of the week (this week by default) in which no primary or backup reader is on duty,
 * and — by tier — the hours without the hub's on-call cardiologist or the reading centre's
 * coordinator. Weekly shifts and the week's one-off shifts both count.
 */
export function coverageRoute(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/ecg/roster/coverage',
    {
      config: { permission: 'org:read' },
      schema: {
        tags: ['roster'],
        summary: 'Hours of the week nobody covers, per routing target',
        querystring: coverageQuerySchema,
        response: { 200: coverageSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const timeZone = app.config.rosterTimeZone;
      const day = request.query.week ?? localParts(currentTime(app.config), timeZone).date;
      const weekStart = addDays(day, 1 - weekdayOf(day));
      const { orgIds, sources } = await rosterOrgIds(db, auth, request.query.orgId);
      const targets = await describeTargets(db, orgIds);
      const shifts = await weekShifts(db, orgIds, weekStart);
      return {
        timeZone,
        weekStart,
        targets: targets.map((target) => {
          const mask = weekCoverage(shifts.get(target.orgId) ?? [], weekStart);
          const gaps = coverageGaps(mask, duty.reader, weekStart);
          const hub = target.tier === 'hub';
          return {
            orgId: target.orgId,
            orgName: target.name,
            tier: target.tier,
            sourceOrgIds: sources.get(target.orgId) ?? [],
            gaps,
            onCallGaps: hub ? coverageGaps(mask, duty.onCall, weekStart) : [],
            coordinatorGaps: hub ? [] : coverageGaps(mask, duty.coordinator, weekStart),
            uncoveredHours: gaps.length,
          };
        }),
      };
    },
  );
}
