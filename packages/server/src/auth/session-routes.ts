import {
  GesangError,
  okSchema,
  preferencesBodySchema,
  sessionSchema,
  switchOrgBodySchema,
} from '@gesang/domain';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { writeAudit } from '../audit/write-audit.js';
import { sessions, users } from '../db/schema/index.js';
import { requireAuth } from './auth-context.js';
import { clearSessionCookie } from './session-cookie.js';
import { sessionResponse } from './session-response.js';
import { revokeSessions } from './session-store.js';
import { permissionsOf } from '@gesang/domain';

/** Session endpoints: read, sign out, sign out everywhere, switch organisation, preferences. */
export function sessionRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/auth/session',
    { schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: sessionSchema } } },
    async (request) => sessionResponse(db, requireAuth(request)),
  );

  r.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out this session', response: { 200: okSchema } } },
    async (request, reply) => {
      const auth = requireAuth(request);
      await db.delete(sessions).where(eq(sessions.id, auth.sessionId));
      await writeAudit(db, request, {
        action: 'auth.logout',
        resourceType: 'session',
        resourceId: auth.sessionId,
      });
      clearSessionCookie(reply, app.config);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/auth/logout-all',
    {
      schema: { tags: ['auth'], summary: 'Sign out on every device', response: { 200: okSchema } },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      await revokeSessions(db, [auth.userId]);
      await writeAudit(db, request, {
        action: 'auth.logout_all',
        resourceType: 'user',
        resourceId: auth.userId,
      });
      clearSessionCookie(reply, app.config);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/auth/switch-org',
    {
      schema: {
        tags: ['auth'],
        summary: 'Act for another organisation',
        body: switchOrgBodySchema,
        response: { 200: sessionSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const target = auth.memberships.find((m) => m.orgId === request.body.orgId);
      if (target === undefined) {
        throw new GesangError(403, 'forbidden', 'You hold no role in that organisation', {
          field: 'body.orgId',
        });
      }
      await db
        .update(sessions)
        .set({ activeOrgId: target.orgId })
        .where(eq(sessions.id, auth.sessionId));
      const switched = {
        ...auth,
        activeOrgId: target.orgId,
        roles: target.roles,
        permissions: permissionsOf(target.roles),
      };
      request.auth = switched;
      await writeAudit(db, request, {
        action: 'auth.switch_org',
        resourceType: 'organisation',
        resourceId: target.orgId,
      });
      return sessionResponse(db, switched);
    },
  );

  r.patch(
    '/api/auth/preferences',
    {
      schema: {
        tags: ['auth'],
        summary: 'Save the UI language',
        body: preferencesBodySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      await db.update(users).set({ locale: request.body.locale }).where(eq(users.id, auth.userId));
      return { ok: true as const };
    },
  );
}
