import { GesangError, createUserBodySchema, userSchema, usernameSchema } from '@gesang/domain';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../auth/auth-context.js';
import { hashPassword } from '../auth/password.js';
import { writeAudit } from '../audit/write-audit.js';
import { memberships, users } from '../db/schema/index.js';
import { assertManages } from '../orgs/scope.js';
import { assertMayChangeRoles, checkMemberships, toGrants } from './membership-rules.js';
import { toUser } from './user-view.js';

/**
 * The contract's body, except that the username is lower-cased before it is checked: sign-in
 * lower-cases what people type, so `Tsering` and `tsering` must be one account.
 */
const createBodySchema = createUserBodySchema.extend({
  username: z.string().trim().toLowerCase().pipe(usernameSchema),
});

/** True when `error` (or one of its causes) is PostgreSQL's unique_violation (23505). */
function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; typeof e === 'object' && e !== null; e = (e as Error).cause) {
    if ((e as { code?: unknown }).code === '23505') {
      return true;
    }
  }
  return false;
}

function usernameTaken(): GesangError {
  return GesangError.conflict('That username is taken', 'body.username');
}

/**
 * POST /api/users: creates an account with a password and at least one membership. Every
 * organisation must be one the caller administers; only a consortium administrator grants
 * `consortium_admin`. Answers 201 with the user, 409 `conflict` (field `body.username`) when the
 * username is taken.
 */
export function createUserRoute(app: FastifyInstance): void {
  const { db } = app.database;
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/users',
    {
      config: { permission: 'user:manage' },
      schema: {
        tags: ['users'],
        summary: 'Create a user',
        body: createBodySchema,
        response: { 201: userSchema },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const body = request.body;
      const held = await checkMemberships(db, body.memberships);
      await assertManages(
        db,
        auth,
        held.map((m) => m.orgId),
      );
      assertMayChangeRoles(auth, toGrants(held));
      // Checked only once the caller is known to administer the organisations, so that others
      // cannot probe which usernames exist.
      const [existing] = await db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.username, body.username));
      if (existing !== undefined) {
        throw usernameTaken();
      }
      const passwordHash = await hashPassword(body.password);
      const row = await db
        .transaction(async (tx) => {
          const [created] = await tx
            .insert(users)
            .values({
              username: body.username,
              displayName: body.displayName,
              locale: body.locale,
              passwordHash,
            })
            .returning();
          if (created === undefined) {
            throw new Error('user insert returned nothing');
          }
          await tx
            .insert(memberships)
            .values(toGrants(held).map((g) => ({ userId: created.id, ...g })));
          await writeAudit(tx, request, {
            action: 'user.create',
            resourceType: 'user',
            resourceId: created.id,
            details: { username: created.username, memberships: held },
          });
          return created;
        })
        .catch((error: unknown) => {
          // Two administrators creating the same username at once: the unique index decides.
          throw isUniqueViolation(error) ? usernameTaken() : error;
        });
      return reply.status(201).send(toUser(row, held));
    },
  );
}
