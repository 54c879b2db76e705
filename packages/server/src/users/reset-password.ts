import { GesangError, idParamsSchema, okSchema, resetPasswordBodySchema } from '@gesang/domain';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../auth/auth-context.js';
import { hashPassword } from '../auth/password.js';
import { revokeSessions } from '../auth/session-store.js';
import { writeAudit } from '../audit/write-audit.js';
import { users } from '../db/schema/index.js';
import { assertManagesWholeAccount, loadManagedUser } from './user-scope.js';

/**
 * POST /api/users/:id/reset-password: an administrator sets a new password for a user who lost
 * theirs. Clears a sign-in lockout and signs the user out everywhere. The caller must administer
 * every organisation where the user holds a role (whoever knows the password holds all of them),
 * and changes their own password at POST /api/auth/password, which asks for the current one.
 */
export function resetPasswordRoute(app: FastifyInstance): void {
  const { db } = app.database;
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/users/:id/reset-password',
    {
      config: { permission: 'user:manage' },
      schema: {
        tags: ['users'],
        summary: "Set a user's password",
        params: idParamsSchema,
        body: resetPasswordBodySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const target = await loadManagedUser(db, auth, request.params.id, 'write');
      if (target.user.id === auth.userId) {
        // Without this, a stolen session could change the password without knowing it.
        throw GesangError.forbidden('Change your own password in your account settings');
      }
      assertManagesWholeAccount(target);
      const passwordHash = await hashPassword(request.body.newPassword);
      await db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ passwordHash, passwordChangedAt: new Date(), failedLogins: 0, lockedUntil: null })
          .where(eq(users.id, target.user.id));
        await revokeSessions(tx, [target.user.id]);
        await writeAudit(tx, request, {
          action: 'user.reset_password',
          resourceType: 'user',
          resourceId: target.user.id,
        });
      });
      return { ok: true as const };
    },
  );
}
