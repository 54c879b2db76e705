import {
  GesangError,
  createShiftBodySchema,
  idParamsSchema,
  listShiftsQuerySchema,
  okSchema,
  shiftSchema,
  shiftTimingSchema,
  updateShiftBodySchema,
} from '@gesang/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import type { Db } from '../db/database.js';
import { organisations, rosterShifts, users } from '../db/schema/index.js';
import { assertManages, managedOrgIds } from '../orgs/scope.js';
import { assertShiftHolder, shiftMinutes, toShift, type ShiftRow } from './shift-mapping.js';

async function loadShift(db: Db, id: string): Promise<ShiftRow> {
  const [row] = await db
    .select({ shift: rosterShifts, displayName: users.displayName })
    .from(rosterShifts)
    .innerJoin(users, eq(users.id, rosterShifts.userId))
    .where(eq(rosterShifts.id, id));
  if (row === undefined) {
    throw GesangError.notFound('Shift');
  }
  return row;
}

/**
 * The roster's shifts: GET (members of the organisation and its administrators), POST, PATCH and
 * DELETE (administrators of the organisation: `org:manage`, within the organisations they manage).
 * Every change is audited with the shift's id.
 */
export function shiftRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;
  const tags = ['roster'];

  r.get(
    '/api/ecg/roster/shifts',
    {
      config: { permission: 'org:read' },
      schema: {
        tags,
        summary: 'Shifts of one reading organisation',
        querystring: listShiftsQuerySchema,
        response: { 200: z.object({ items: z.array(shiftSchema) }) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { orgId, userId } = request.query;
      const managed = await managedOrgIds(db, auth);
      if (auth.activeOrgId !== orgId && managed !== 'all' && !managed.includes(orgId)) {
        throw GesangError.forbidden('Only its members and administrators see a roster');
      }
      const rows = await db
        .select({ shift: rosterShifts, displayName: users.displayName })
        .from(rosterShifts)
        .innerJoin(users, eq(users.id, rosterShifts.userId))
        .where(
          and(
            eq(rosterShifts.orgId, orgId),
            userId === undefined ? undefined : eq(rosterShifts.userId, userId),
          ),
        )
        .orderBy(
          asc(rosterShifts.date),
          asc(rosterShifts.weekday),
          asc(rosterShifts.startMinute),
          asc(rosterShifts.id),
        );
      return { items: rows.map(toShift) };
    },
  );

  r.post(
    '/api/ecg/roster/shifts',
    {
      config: { permission: 'org:manage' },
      schema: { tags, body: createShiftBodySchema, response: { 201: shiftSchema } },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const body = request.body;
      const [org] = await db
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.id, body.orgId));
      if (org === undefined) {
        throw GesangError.badRequest('Organisation not found', 'body.orgId');
      }
      await assertManages(db, auth, [body.orgId]);
      await assertShiftHolder(db, body.userId, body.orgId, body.role);
      const id = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(rosterShifts)
          .values({
            orgId: body.orgId,
            userId: body.userId,
            role: body.role,
            onCallCardiologist: body.onCallCardiologist,
            weekday: body.weekday,
            date: body.date,
            ...shiftMinutes(body.startTime, body.endTime),
            note: body.note,
            createdBy: auth.userId,
          })
          .returning({ id: rosterShifts.id });
        if (created === undefined) {
          throw new Error('shift insert returned nothing');
        }
        await writeAudit(tx, request, {
          action: 'roster.shift.create',
          resourceType: 'roster_shift',
          resourceId: created.id,
          details: { orgId: body.orgId, userId: body.userId, role: body.role },
        });
        return created.id;
      });
      return reply.status(201).send(toShift(await loadShift(db, id)));
    },
  );

  r.patch(
    '/api/ecg/roster/shifts/:id',
    {
      config: { permission: 'org:manage' },
      schema: {
        tags,
        params: idParamsSchema,
        body: updateShiftBodySchema,
        response: { 200: shiftSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const current = toShift(await loadShift(db, request.params.id));
      await assertManages(db, auth, [current.orgId]);
      const next = { ...current, ...request.body, user: undefined };
      const userId = request.body.userId ?? current.user.id;
      const timing = shiftTimingSchema.safeParse(next);
      if (!timing.success) {
        const issue = timing.error.issues[0];
        throw GesangError.badRequest(
          issue?.message ?? 'Invalid shift timing',
          `body.${issue?.path.join('.') ?? 'weekday'}`,
        );
      }
      await assertShiftHolder(db, userId, current.orgId, next.role);
      await db.transaction(async (tx) => {
        await tx
          .update(rosterShifts)
          .set({
            userId,
            role: next.role,
            onCallCardiologist: next.onCallCardiologist,
            weekday: next.weekday,
            date: next.date,
            ...shiftMinutes(next.startTime, next.endTime),
            note: next.note,
            updatedAt: sql`now()`,
          })
          .where(eq(rosterShifts.id, current.id));
        await writeAudit(tx, request, {
          action: 'roster.shift.update',
          resourceType: 'roster_shift',
          resourceId: current.id,
          details: { orgId: current.orgId, changed: Object.keys(request.body) },
        });
      });
      return toShift(await loadShift(db, current.id));
    },
  );

  r.delete(
    '/api/ecg/roster/shifts/:id',
    {
      config: { permission: 'org:manage' },
      schema: { tags, params: idParamsSchema, response: { 200: okSchema } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { shift } = await loadShift(db, request.params.id);
      await assertManages(db, auth, [shift.orgId]);
      await db.transaction(async (tx) => {
        await tx.delete(rosterShifts).where(eq(rosterShifts.id, shift.id));
        await writeAudit(tx, request, {
          action: 'roster.shift.delete',
          resourceType: 'roster_shift',
          resourceId: shift.id,
          details: { orgId: shift.orgId, userId: shift.userId, role: shift.role },
        });
      });
      return { ok: true as const };
    },
  );
}
