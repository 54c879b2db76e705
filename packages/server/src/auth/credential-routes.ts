import {
  GesangError,
  changePasswordBodySchema,
  okSchema,
  totpDisableBodySchema,
  totpEnableBodySchema,
  totpSetupSchema,
} from '@gesang/domain';
import { and, eq, ne } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { writeAudit } from '../audit/write-audit.js';
import { sessions, users } from '../db/schema/index.js';
import { requireAuth } from './auth-context.js';
import { hashPassword, verifyPassword } from './password.js';
import { checkTotp, newTotpSecret, totpUri } from './totp.js';

/** The caller's own credentials: change password, set up and remove the TOTP second factor. */
export function credentialRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  const currentUser = async (userId: string): Promise<typeof users.$inferSelect> => {
    const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
    if (user === undefined) {
      throw GesangError.unauthenticated();
    }
    return user;
  };

  r.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change my password',
        body: changePasswordBodySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const user = await currentUser(auth.userId);
      if (!(await verifyPassword(user.passwordHash, request.body.currentPassword))) {
        await writeAudit(db, request, {
          action: 'auth.password_change',
          outcome: 'failure',
          resourceType: 'user',
          resourceId: user.id,
        });
        throw new GesangError(400, 'invalid_credentials', 'The current password is wrong', {
          field: 'body.currentPassword',
        });
      }
      await db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({
            passwordHash: await hashPassword(request.body.newPassword),
            passwordChangedAt: new Date(),
          })
          .where(eq(users.id, user.id));
        // Other devices signed in with the old password are signed out.
        await tx
          .delete(sessions)
          .where(and(eq(sessions.userId, user.id), ne(sessions.id, auth.sessionId)));
        await writeAudit(tx, request, {
          action: 'auth.password_change',
          resourceType: 'user',
          resourceId: user.id,
        });
      });
      return { ok: true as const };
    },
  );

  r.post(
    '/api/auth/totp/setup',
    {
      schema: {
        tags: ['auth'],
        summary: 'Start two-factor set-up',
        response: { 200: totpSetupSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const user = await currentUser(auth.userId);
      if (user.totpEnabled) {
        throw GesangError.conflict('Two-factor sign-in is already on; turn it off first');
      }
      const secret = newTotpSecret();
      await db.update(users).set({ totpSecret: secret }).where(eq(users.id, user.id));
      await writeAudit(db, request, {
        action: 'auth.totp_setup',
        resourceType: 'user',
        resourceId: user.id,
      });
      return { secret, otpauthUri: totpUri(secret, user.username) };
    },
  );

  r.post(
    '/api/auth/totp/enable',
    {
      schema: {
        tags: ['auth'],
        summary: 'Confirm two-factor set-up with a code',
        body: totpEnableBodySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const user = await currentUser(auth.userId);
      if (user.totpSecret === null || !(await checkTotp(user.totpSecret, request.body.code))) {
        throw new GesangError(400, 'totp_invalid', 'Wrong authenticator code', {
          field: 'body.code',
        });
      }
      await db.update(users).set({ totpEnabled: true }).where(eq(users.id, user.id));
      await writeAudit(db, request, {
        action: 'auth.totp_enable',
        resourceType: 'user',
        resourceId: user.id,
      });
      return { ok: true as const };
    },
  );

  r.post(
    '/api/auth/totp/disable',
    {
      schema: {
        tags: ['auth'],
        summary: 'Turn two-factor sign-in off',
        body: totpDisableBodySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const user = await currentUser(auth.userId);
      if (!(await verifyPassword(user.passwordHash, request.body.password))) {
        throw new GesangError(400, 'invalid_credentials', 'The password is wrong', {
          field: 'body.password',
        });
      }
      await db
        .update(users)
        .set({ totpEnabled: false, totpSecret: null })
        .where(eq(users.id, user.id));
      await writeAudit(db, request, {
        action: 'auth.totp_disable',
        resourceType: 'user',
        resourceId: user.id,
      });
      return { ok: true as const };
    },
  );
}
