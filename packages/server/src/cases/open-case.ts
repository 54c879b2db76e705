import {
  GesangError,
  caseDetailSchema,
  openCaseBodySchema,
  type ArrivalMode,
  type CaseAttributes,
  type CaseOpenedHow,
} from '@gesang/domain';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { cases } from '../db/schema/index.js';
import { currentTime } from '../escalation/clock.js';
import { assertPatientVisible, patientScope } from '../patients/visibility.js';
import { caseWriteOrg } from './case-access.js';
import { loadCaseDetail } from './case-detail.js';
import { recordCaseEvent } from './event-store.js';
import { assertCentreEvent, eventInstant } from './event-rules.js';

/** The arrival mode implied by how a case was opened, when the attributes do not say. */
const impliedArrival: Partial<Record<CaseOpenedHow, ArrivalMode>> = {
  walk_in: 'self',
  ambulance: 'ambulance_120',
  transfer_from_county: 'transfer_in',
};

/**
 * The attributes of a new case: as given, with the arrival mode implied by how it was opened
 * when none is given.
 * @example withArrival({}, 'ambulance') // { arrivalMode: 'ambulance_120' }
 */
export function withArrival(attributes: CaseAttributes, how: CaseOpenedHow): CaseAttributes {
  const implied = impliedArrival[how];
  return attributes.arrivalMode === undefined && implied !== undefined
    ? { ...attributes, arrivalMode: implied }
    : attributes;
}

/**
 * POST /api/cases: opens a case by hand at the acting organisation (`case:manage`), with its centre,
 * how the patient came, an optional patient (visible to the caller), attributes and first events.
 * Audited as `case.open`.
 */
export function openCaseRoute(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.post(
    '/api/cases',
    {
      config: { permission: 'case:manage' },
      schema: {
        tags: ['cases'],
        summary: 'Open a case at my organisation',
        body: openCaseBodySchema,
        response: { 201: caseDetailSchema },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const orgId = caseWriteOrg(auth);
      const body = request.body;
      const now = currentTime(app.config);
      const events = body.events.map((e, index) => {
        assertCentreEvent(body.centre, e.event, `body.events.${index}.event`);
        if (body.events.findIndex((other) => other.event === e.event) !== index) {
          throw GesangError.badRequest(`${e.event} is given twice`, `body.events.${index}.event`);
        }
        return { ...e, at: eventInstant(e.at, now, `body.events.${index}.at`) };
      });
      if (body.patientId !== undefined) {
        await assertPatientVisible(db, await patientScope(db, auth), body.patientId);
      }
      const caseId = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(cases)
          .values({
            centre: body.centre,
            orgId,
            patientId: body.patientId ?? null,
            openedHow: body.openedHow,
            openedBy: auth.userId,
            openedAt: now,
            attributes: withArrival(body.attributes ?? {}, body.openedHow),
            updatedAt: sql`now()`,
          })
          .returning({ id: cases.id });
        const id = row?.id ?? '';
        for (const e of events) {
          await recordCaseEvent(tx, { caseId: id, ...e, by: auth.userId });
        }
        await writeAudit(tx, request, {
          action: 'case.open',
          resourceType: 'case',
          resourceId: id,
          patientId: body.patientId ?? null,
          details: { centre: body.centre, openedHow: body.openedHow, events: events.length },
        });
        return id;
      });
      return reply.code(201).send(await loadCaseDetail(db, caseId));
    },
  );
}
