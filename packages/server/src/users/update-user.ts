import { GesangError, idParamsSchema, updateUserBodySchema, userSchema } from '@gesang/domain';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../auth/auth-context.js';
import { revokeSessions } from '../auth/session-store.js';
import { writeAudit } from '../audit/write-audit.js';
import { users } from '../db/schema/index.js';
import { assertManagesWholeAccount, loadManagedUser } from './user-scope.js';
import { toUser, visibleMemberships } from './user-view.js';

/**
 * PATCH /api/users/:id: display name, language, and disabling or re-enabling the account.
 * Disabling signs the user out everywhere; nobody disables themselves (400, field
 * `body.disabled`). Disabling or re-enabling requires administering every organisation where the
 * user holds a role, since it takes effect in all of them.
 */
export function updateUserRoute(app: FastifyInstance): void {
  const { db } = app.database;
  app.withTypeProvider<ZodTypeProvider>().patch(
    '/api/users/:id',
    {
      config: { permission: 'user:manage' },
      schema: {
        tags: ['users'],
        summary: 'Change name, language, or disable the account',
        params: idParamsSchema,
        body: updateUserBodySchema,
        response: { 200: userSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const target = await loadManagedUser(db, auth, request.params.id, 'write');
      const { displayName, disabled, locale } = request.body;
      if (disabled !== undefined) {
        if (disabled && target.user.id === auth.userId) {
          throw GesangError.badRequest('You cannot disable your own account', 'body.disabled');
        }
        assertManagesWholeAccount(target);
      }
      const changes = {
        ...(displayName === undefined ? {} : { displayName }),
        ...(disabled === undefined ? {} : { disabled }),
        ...(locale === undefined ? {} : { locale }),
      };
      const shown = visibleMemberships(target.held, target.managed);
      if (Object.keys(changes).length === 0) {
        return toUser(target.user, shown);
      }
      const row = await db.transaction(async (tx) => {
        const [updated] = await tx
          .update(users)
          .set(changes)
          .where(eq(users.id, target.user.id))
          .returning();
        if (updated === undefined) {
          throw GesangError.notFound('User');
        }
        if (disabled === true) {
          // The auth hook already refuses disabled users; deleting the sessions also means that
          // re-enabling the account does not bring old sessions back.
          await revokeSessions(tx, [updated.id]);
        }
        await writeAudit(tx, request, {
          action: 'user.update',
          resourceType: 'user',
          resourceId: updated.id,
          details: { changes },
        });
        return updated;
      });
      return toUser(row, shown);
    },
  );
}
