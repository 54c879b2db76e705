import {
  GesangError,
  createGrantBodySchema,
  grantSchema,
  idParamsSchema,
  okSchema,
} from '@gesang/domain';
import { and, desc, eq, isNull, or } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { orgGrants, organisations } from '../db/schema/index.js';
import { toGrant } from './org-mapping.js';
import { assertManages, managedOrgIds } from './scope.js';

/** Grants: a county shares its ECGs (or patients, consults, referrals) with another organisation. */
export function grantRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/grants',
    {
      config: { permission: 'org:read' },
      schema: {
        tags: ['organisations'],
        summary: 'Active grants involving the organisations I act for or administer',
        response: { 200: z.object({ items: z.array(grantSchema) }) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const managed = await managedOrgIds(db, auth);
      const rows = await db
        .select()
        .from(orgGrants)
        .where(isNull(orgGrants.revokedAt))
        .orderBy(desc(orgGrants.createdAt));
      const mine = managed === 'all' ? null : new Set([...managed, auth.activeOrgId]);
      return {
        items: rows
          .filter((g) => mine === null || mine.has(g.fromOrgId) || mine.has(g.toOrgId))
          .map(toGrant),
      };
    },
  );

  // The granting organisation decides what it shares; its administrators (or the consortium's) grant.
  r.post(
    '/api/grants',
    {
      config: { permission: 'org:manage' },
      schema: {
        tags: ['organisations'],
        body: createGrantBodySchema,
        response: { 201: grantSchema },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const { fromOrgId, toOrgId, scope } = request.body;
      if (fromOrgId === toOrgId) {
        throw GesangError.badRequest('An organisation cannot grant to itself', 'body.toOrgId');
      }
      const found = await db
        .select({ id: organisations.id })
        .from(organisations)
        .where(or(eq(organisations.id, fromOrgId), eq(organisations.id, toOrgId)));
      if (found.length !== 2) {
        throw GesangError.badRequest(
          'Organisation not found',
          found.some((o) => o.id === fromOrgId) ? 'body.toOrgId' : 'body.fromOrgId',
        );
      }
      await assertManages(db, auth, [fromOrgId]);
      const [existing] = await db
        .select()
        .from(orgGrants)
        .where(
          and(
            eq(orgGrants.fromOrgId, fromOrgId),
            eq(orgGrants.toOrgId, toOrgId),
            eq(orgGrants.scope, scope),
            isNull(orgGrants.revokedAt),
          ),
        );
      if (existing !== undefined) {
        return reply.status(201).send(toGrant(existing));
      }
      const row = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(orgGrants)
          .values({ fromOrgId, toOrgId, scope, createdBy: auth.userId })
          .returning();
        if (created === undefined) {
          throw new Error('insert returned nothing');
        }
        await writeAudit(tx, request, {
          action: 'grant.create',
          resourceType: 'grant',
          resourceId: created.id,
          details: { fromOrgId, toOrgId, scope },
        });
        return created;
      });
      return reply.status(201).send(toGrant(row));
    },
  );

  r.delete(
    '/api/grants/:id',
    {
      config: { permission: 'org:manage' },
      schema: { tags: ['organisations'], params: idParamsSchema, response: { 200: okSchema } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const [grant] = await db
        .select()
        .from(orgGrants)
        .where(and(eq(orgGrants.id, request.params.id), isNull(orgGrants.revokedAt)));
      if (grant === undefined) {
        throw GesangError.notFound('Grant');
      }
      await assertManages(db, auth, [grant.fromOrgId]);
      await db.transaction(async (tx) => {
        await tx.update(orgGrants).set({ revokedAt: new Date() }).where(eq(orgGrants.id, grant.id));
        await writeAudit(tx, request, {
          action: 'grant.revoke',
          resourceType: 'grant',
          resourceId: grant.id,
        });
      });
      return { ok: true as const };
    },
  );
}
