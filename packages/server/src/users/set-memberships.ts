import { idParamsSchema, setMembershipsBodySchema, userSchema } from '@gesang/domain';
import { and, eq, or } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../auth/auth-context.js';
import { membershipsOf } from '../auth/session-store.js';
import { writeAudit } from '../audit/write-audit.js';
import { memberships } from '../db/schema/index.js';
import {
  assertManagesAll,
  assertMayChangeRoles,
  checkMemberships,
  diffGrants,
  toGrants,
} from './membership-rules.js';
import { loadManagedUser } from './user-scope.js';
import { toUser, visibleMemberships } from './user-view.js';

/**
 * PUT /api/users/:id/memberships: replaces the user's roles in the organisations the caller
 * administers; roles elsewhere stay as they are. An empty list removes the user from the caller's
 * organisations. Only a consortium administrator adds or removes `consortium_admin`.
 *
 * The user's sessions stay valid: the auth hook reads memberships on every request, so the new
 * roles apply from their next request.
 */
export function setMembershipsRoute(app: FastifyInstance): void {
  const { db } = app.database;
  app.withTypeProvider<ZodTypeProvider>().put(
    '/api/users/:id/memberships',
    {
      config: { permission: 'user:manage' },
      schema: {
        tags: ['users'],
        summary: 'Replace the roles a user holds in my organisations',
        params: idParamsSchema,
        body: setMembershipsBodySchema,
        response: { 200: userSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const target = await loadManagedUser(db, auth, request.params.id, 'write');
      const desired = await checkMemberships(db, request.body.memberships);
      assertManagesAll(target.managed, desired);
      const current = visibleMemberships(target.held, target.managed);
      const { added, removed } = diffGrants(toGrants(current), toGrants(desired));
      assertMayChangeRoles(auth, [...added, ...removed]);
      const userId = target.user.id;
      const held = await db.transaction(async (tx) => {
        if (removed.length > 0) {
          await tx
            .delete(memberships)
            .where(
              and(
                eq(memberships.userId, userId),
                or(
                  ...removed.map((g) =>
                    and(eq(memberships.orgId, g.orgId), eq(memberships.role, g.role)),
                  ),
                ),
              ),
            );
        }
        if (added.length > 0) {
          await tx
            .insert(memberships)
            .values(added.map((g) => ({ userId, ...g })))
            .onConflictDoNothing();
        }
        await writeAudit(tx, request, {
          action: 'user.memberships',
          resourceType: 'user',
          resourceId: userId,
          details: { added, removed },
        });
        return membershipsOf(tx, userId);
      });
      return toUser(target.user, visibleMemberships(held, target.managed));
    },
  );
}
