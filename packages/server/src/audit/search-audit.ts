import {
  auditEntrySchema,
  searchAuditQuerySchema,
  type AuditEntry,
  type SearchAuditQuery,
} from '@gesang/domain';
import { and, count, desc, eq, gte, inArray, like, lte, sql, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../auth/auth-context.js';
import { auditEvents } from '../db/schema/index.js';
import { managedOrgIds } from '../orgs/scope.js';
import { writeAudit } from './write-audit.js';

/**
 * Row → API shape.
 * @param row an `audit_events` row.
 */
export function toAuditEntry(row: typeof auditEvents.$inferSelect): AuditEntry {
  return {
    id: String(row.id),
    at: row.at.toISOString(),
    actorUserId: row.actorUserId,
    actorUsername: row.actorUsername,
    actingOrgId: row.actingOrgId,
    action: row.action,
    resourceType: row.resourceType,
    resourceId: row.resourceId,
    patientId: row.patientId,
    outcome: row.outcome as AuditEntry['outcome'],
    ip: row.ip,
    userAgent: row.userAgent,
    details: row.details,
  };
}

/**
 * The WHERE condition of an audit search: the query's filters (action as a prefix, times
 * inclusive) within what the caller may see (`managed`, from managedOrgIds).
 * @param query the parsed query string.
 * @param managed 'all' (consortium administrator) or the organisations whose rows are visible.
 */
export function auditCondition(
  query: SearchAuditQuery,
  managed: 'all' | string[],
): SQL | undefined {
  const escapedAction = query.action?.replace(/[\\%_]/g, (c) => `\\${c}`);
  return and(
    managed === 'all' ? undefined : inArray(auditEvents.actingOrgId, managed),
    query.actorUserId === undefined ? undefined : eq(auditEvents.actorUserId, query.actorUserId),
    query.actorUsername === undefined
      ? undefined
      : sql`lower(${auditEvents.actorUsername}) = ${query.actorUsername.toLowerCase()}`,
    query.actingOrgId === undefined ? undefined : eq(auditEvents.actingOrgId, query.actingOrgId),
    query.patientId === undefined ? undefined : eq(auditEvents.patientId, query.patientId),
    escapedAction === undefined || escapedAction === ''
      ? undefined
      : like(auditEvents.action, `${escapedAction}%`),
    query.outcome === undefined ? undefined : eq(auditEvents.outcome, query.outcome),
    query.from === undefined ? undefined : gte(auditEvents.at, new Date(query.from)),
    query.to === undefined ? undefined : lte(auditEvents.at, new Date(query.to)),
  );
}

/**
 * GET /api/audit: the audit log, newest first. A consortium administrator sees every row; an
 * organisation administrator the rows of people acting for the organisations they administer.
 * The search is itself audited (`audit.search`), after the query so it is not its own result.
 */
export function searchAuditRoute(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/audit',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'Search the audit log',
        querystring: searchAuditQuerySchema,
        response: { 200: z.object({ items: z.array(auditEntrySchema), total: z.number().int() }) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const query = request.query;
      const managed = await managedOrgIds(db, auth);
      const where = auditCondition(query, managed);
      const [totalRow] = await db.select({ n: count() }).from(auditEvents).where(where);
      const rows = await db
        .select()
        .from(auditEvents)
        .where(where)
        .orderBy(desc(auditEvents.at), desc(auditEvents.id))
        .limit(query.limit)
        .offset(query.offset);
      const { limit: _limit, offset: _offset, ...filters } = query;
      await writeAudit(db, request, {
        action: 'audit.search',
        resourceType: 'audit',
        details: { filters, count: rows.length },
      });
      return { items: rows.map(toAuditEntry), total: totalRow?.n ?? 0 };
    },
  );
}
