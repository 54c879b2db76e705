import { studySummarySchema, worklistDutySchema, worklistQuerySchema } from '@gesang/domain';
import { and, asc, inArray, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { ecgStudies } from '../db/schema/index.js';
import { currentTime } from '../escalation/clock.js';
import { callerDuty } from '../roster/caller-duty.js';
import type { EcgRuntime } from './runtime.js';
import { selectStudies, toStudySummary } from './study-mapping.js';
import { ecgScope } from './visibility.js';

/**
 * GET /api/ecg/worklist: what readers have to read, for the acting organisation: analysed or
 * claimed, unsigned studies of the organisations that share their ECGs with it (and its own),
 * critical first, then urgent, then routine, each level longest-waiting first, with the SLA due
 * time and who holds each claimed study. Audited once with the ids shown. `onDuty` (and `duty`)
 * say whether the caller is on the roster now: off-duty readers still see the list, with a banner.
 */
export function worklistRoute(app: FastifyInstance, runtime: EcgRuntime): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = runtime;

  r.get(
    '/api/ecg/worklist',
    {
      config: { permission: 'ecg:report' },
      schema: {
        tags: ['ecg'],
        summary: 'Readers’ worklist: by triage level, then waiting time',
        querystring: worklistQuerySchema,
        response: {
          200: z.object({
            items: z.array(studySummarySchema),
            onDuty: z.boolean(),
            duty: worklistDutySchema,
          }),
        },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const scope = await ecgScope(db, auth);
      const rows =
        scope.length === 0
          ? []
          : await selectStudies(
              db,
              and(
                inArray(ecgStudies.orgId, scope),
                inArray(ecgStudies.status, ['analysed', 'claimed']),
                isNull(ecgStudies.signedAt),
              ),
              {
                orderBy: [
                  sql`${ecgStudies.triageRank} asc nulls last`,
                  asc(ecgStudies.receivedAt),
                  asc(ecgStudies.id),
                ],
                limit: request.query.limit,
              },
            );
      const items = rows.map(toStudySummary);
      await writeAudit(db, request, {
        action: 'ecg.worklist.read',
        resourceType: 'ecg_study',
        details: { ids: items.map((s) => s.id) },
      });
      const duty = await callerDuty(
        db,
        auth,
        currentTime(runtime.config),
        runtime.config.rosterTimeZone,
      );
      return { items, onDuty: duty.onDuty, duty };
    },
  );
}
