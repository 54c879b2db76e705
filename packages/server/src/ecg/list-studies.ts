import { listStudiesQuerySchema, studySummarySchema } from '@gesang/domain';
import { and, count, desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActiveOrg, requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { ecgStudies } from '../db/schema/index.js';
import type { EcgRuntime } from './runtime.js';
import { selectStudies, toStudySummary } from './study-mapping.js';

/**
 * GET /api/ecg/studies?status=: the county desk's list, the acting organisation's own uploads,
 * newest first, paged. Audited once per page with the ids shown.
 */
export function listStudiesRoute(app: FastifyInstance, runtime: EcgRuntime): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = runtime;

  r.get(
    '/api/ecg/studies',
    {
      config: { permission: 'ecg:read' },
      schema: {
        tags: ['ecg'],
        summary: 'The acting organisation’s ECG studies, newest first',
        querystring: listStudiesQuerySchema,
        response: {
          200: z.object({ items: z.array(studySummarySchema), total: z.number().int() }),
        },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const orgId = requireActiveOrg(auth);
      const { status, limit, offset } = request.query;
      const where = and(
        eq(ecgStudies.orgId, orgId),
        status === undefined ? undefined : eq(ecgStudies.status, status),
      );
      const [totalRow] = await db.select({ n: count() }).from(ecgStudies).where(where);
      const rows = await selectStudies(db, where, {
        orderBy: [desc(ecgStudies.receivedAt), desc(ecgStudies.id)],
        limit,
        offset,
      });
      const items = rows.map(toStudySummary);
      await writeAudit(db, request, {
        action: 'ecg.study.list',
        resourceType: 'ecg_study',
        details: { status: status ?? null, ids: items.map((s) => s.id), total: totalRow?.n ?? 0 },
      });
      return { items, total: totalRow?.n ?? 0 };
    },
  );
}
