import {
  caseDetailSchema,
  caseEventParamsSchema,
  correctCaseEventBodySchema,
  idParamsSchema,
  recordCaseEventBodySchema,
  removeCaseEventBodySchema,
  type Centre,
} from '@gesang/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { currentTime } from '../escalation/clock.js';
import { correctCaseEvent, recordCaseEvent, removeCaseEvent } from './event-store.js';
import { assertCentreEvent, eventInstant } from './event-rules.js';
import { writeCase } from './write-case.js';

/**
 * The three writes of a case's timeline, each kept in the history (`case:manage`):
 * POST /api/cases/{id}/events records one event (time default now: "one tap"; source default
 * `manual`); PATCH /api/cases/{id}/events/{event} corrects its time with a reason; DELETE
 * /api/cases/{id}/events/{event} removes it with a reason. Out-of-order times are recorded and
 * flagged, never refused. Each answers the whole case.
 */
export function caseEventRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;
  const config = { permission: 'case:manage' } as const;
  const tags = ['cases'];

  r.post(
    '/api/cases/:id/events',
    {
      config,
      schema: {
        tags,
        summary: 'Record one event of a case (default time: now)',
        params: idParamsSchema,
        body: recordCaseEventBodySchema,
        response: { 201: caseDetailSchema },
      },
    },
    async (request, reply) => {
      const { event, source } = request.body;
      const at = eventInstant(request.body.at, currentTime(app.config), 'body.at');
      const detail = await writeCase(
        db,
        request,
        request.params.id,
        'case.event.record',
        async (tx, row, by) => {
          assertCentreEvent(row.centre as Centre, event, 'body.event');
          await recordCaseEvent(tx, { caseId: row.id, event, at, source, by });
          return { event, at: at.toISOString(), source };
        },
      );
      return reply.code(201).send(detail);
    },
  );

  r.patch(
    '/api/cases/:id/events/:event',
    {
      config,
      schema: {
        tags,
        summary: 'Correct the time of an event, with a reason (the old time is kept)',
        params: caseEventParamsSchema,
        body: correctCaseEventBodySchema,
        response: { 200: caseDetailSchema },
      },
    },
    async (request) => {
      const { event } = request.params;
      const { reason } = request.body;
      const at = eventInstant(request.body.at, currentTime(app.config), 'body.at');
      return writeCase(
        db,
        request,
        request.params.id,
        'case.event.correct',
        async (tx, row, by) => {
          const oldAt = await correctCaseEvent(tx, { caseId: row.id, event, at, reason, by });
          return { event, oldAt: oldAt.toISOString(), newAt: at.toISOString(), reason };
        },
      );
    },
  );

  r.delete(
    '/api/cases/:id/events/:event',
    {
      config,
      schema: {
        tags,
        summary: 'Remove an event recorded by mistake, with a reason (kept in the history)',
        params: caseEventParamsSchema,
        body: removeCaseEventBodySchema,
        response: { 200: caseDetailSchema },
      },
    },
    async (request) => {
      const { event } = request.params;
      const { reason } = request.body;
      return writeCase(db, request, request.params.id, 'case.event.remove', async (tx, row, by) => {
        const oldAt = await removeCaseEvent(tx, { caseId: row.id, event, reason, by });
        return { event, oldAt: oldAt.toISOString(), reason };
      });
    },
  );
}
