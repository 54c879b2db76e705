import { GesangError, loginBodySchema, problemSchema, sessionSchema } from '@gesang/domain';
import { and, count, eq, gt } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { writeAudit } from '../audit/write-audit.js';
import { loginFailures, users } from '../db/schema/index.js';
import { verifyPassword } from './password.js';
import { setSessionCookie } from './session-cookie.js';
import { sessionResponse } from './session-response.js';
import { createSession, loadSession } from './session-store.js';
import { checkTotp } from './totp.js';

/** Failed attempts per user before a temporary lockout. */
export const maxFailedLogins = 5;
/** How long a locked account stays locked. */
export const lockoutMs = 15 * 60_000;
/** Failed attempts per client address within {@link addressWindowMs} before 429. */
export const maxFailuresPerAddress = 30;
const addressWindowMs = 15 * 60_000;

/** POST /api/auth/login: password (and TOTP when enabled) → session cookie + CSRF token. */
export function loginHandler(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Sign in',
        body: loginBodySchema,
        response: {
          200: sessionSchema,
          401: problemSchema,
          423: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const { db } = app.database;
      const username = request.body.username.toLowerCase();
      const since = new Date(Date.now() - addressWindowMs);
      const [recent] = await db
        .select({ n: count() })
        .from(loginFailures)
        .where(and(eq(loginFailures.ip, request.ip), gt(loginFailures.at, since)));
      if ((recent?.n ?? 0) >= maxFailuresPerAddress) {
        await writeAudit(db, request, {
          action: 'auth.login',
          outcome: 'denied',
          actorUsername: username,
          details: { reason: 'rate_limited' },
        });
        throw new GesangError(
          429,
          'rate_limited',
          'Too many failed sign-ins from this address; wait 15 minutes',
        );
      }
      const [user] = await db.select().from(users).where(eq(users.username, username)).limit(1);
      const fail = async (reason: string, error: GesangError): Promise<never> => {
        await db.insert(loginFailures).values({ ip: request.ip, username });
        if (user !== undefined) {
          const failed = user.failedLogins + 1;
          const lock = failed >= maxFailedLogins;
          await db
            .update(users)
            .set({
              failedLogins: lock ? 0 : failed,
              lockedUntil: lock ? new Date(Date.now() + lockoutMs) : user.lockedUntil,
            })
            .where(eq(users.id, user.id));
          if (lock) {
            reason = `${reason}; locked`;
          }
        }
        await writeAudit(db, request, {
          action: 'auth.login',
          outcome: 'failure',
          actorUserId: user?.id ?? null,
          actorUsername: username,
          details: { reason },
        });
        throw error;
      };
      if (user?.lockedUntil != null && user.lockedUntil > new Date()) {
        await writeAudit(db, request, {
          action: 'auth.login',
          outcome: 'denied',
          actorUserId: user.id,
          actorUsername: username,
          details: { reason: 'locked' },
        });
        throw new GesangError(423, 'account_locked', 'Too many failed sign-ins; try again later', {
          details: { lockedUntil: user.lockedUntil.toISOString() },
        });
      }
      const invalid = new GesangError(401, 'invalid_credentials', 'Wrong username or password');
      const passwordOk = await verifyPassword(user?.passwordHash ?? null, request.body.password);
      if (user === undefined || !passwordOk) {
        return fail('password', invalid);
      }
      if (user.disabled) {
        return fail('disabled', invalid);
      }
      if (user.totpEnabled && user.totpSecret !== null) {
        if (request.body.totp === undefined) {
          throw new GesangError(
            401,
            'totp_required',
            'Enter the code from your authenticator app',
            {
              field: 'body.totp',
            },
          );
        }
        if (!(await checkTotp(user.totpSecret, request.body.totp))) {
          return fail(
            'totp',
            new GesangError(401, 'totp_invalid', 'Wrong authenticator code', {
              field: 'body.totp',
            }),
          );
        }
      }
      await db
        .update(users)
        .set({ failedLogins: 0, lockedUntil: null })
        .where(eq(users.id, user.id));
      const created = await createSession(db, app.config, {
        userId: user.id,
        activeOrgId: null,
        ip: request.ip,
        userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
      });
      const auth = await loadSession(db, app.config, created.token);
      if (auth === null) {
        throw new Error('new session did not load');
      }
      request.auth = auth;
      await writeAudit(db, request, {
        action: 'auth.login',
        resourceType: 'session',
        resourceId: auth.sessionId,
      });
      setSessionCookie(reply, app.config, created.token);
      return sessionResponse(db, auth);
    },
  );
}
