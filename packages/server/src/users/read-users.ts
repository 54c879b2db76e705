import { idParamsSchema, listUsersQuerySchema, userSchema } from '@gesang/domain';
import { and, asc, count, eq, exists, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../auth/auth-context.js';
import type { Db } from '../db/database.js';
import { memberships, users } from '../db/schema/index.js';
import { assertManages } from '../orgs/scope.js';
import { callerManagedOrgs, loadManagedUser } from './user-scope.js';
import { membershipsOfUsers, toUser, visibleMemberships, type ManagedOrgs } from './user-view.js';

/** GET /api/users response: one page and the number of matches. */
const userPageSchema = z.object({ items: z.array(userSchema), total: z.number().int() });

/**
 * A LIKE pattern matching `text` anywhere, with `%`, `_` and the escape character itself taken
 * literally (PostgreSQL's default LIKE escape is the backslash).
 * @example containsPattern('50%') // '%50\\%%'
 */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

/** "Holds a membership in one of `orgIds`" as an SQL condition on `users`. */
function holdsMembershipIn(db: Db, orgIds: string[]): SQL {
  return exists(
    db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.userId, users.id), inArray(memberships.orgId, orgIds))),
  );
}

/** The WHERE clause of the list: visibility, organisation filter and text search. */
function listCondition(
  db: Db,
  managed: ManagedOrgs,
  query: { q?: string | undefined; orgId?: string | undefined },
): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (managed !== 'all') {
    conditions.push(holdsMembershipIn(db, [...managed]));
  }
  if (query.orgId !== undefined) {
    conditions.push(holdsMembershipIn(db, [query.orgId]));
  }
  if (query.q !== undefined && query.q !== '') {
    const pattern = containsPattern(query.q);
    conditions.push(or(ilike(users.username, pattern), ilike(users.displayName, pattern)));
  }
  return and(...conditions);
}

/**
 * GET /api/users (search and page through the users the caller administers) and
 * GET /api/users/:id. A consortium administrator sees everyone; an organisation administrator
 * sees the users holding a role in their subtree, and only those memberships.
 */
export function readUserRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/users',
    {
      config: { permission: 'user:read' },
      schema: {
        tags: ['users'],
        summary: 'Users I administer, by name and organisation',
        querystring: listUsersQuerySchema,
        response: { 200: userPageSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { q, orgId, limit, offset } = request.query;
      if (orgId !== undefined) {
        // Asking for another county's staff is refused rather than answered with an empty page.
        await assertManages(db, auth, [orgId]);
      }
      const managed = await callerManagedOrgs(db, auth);
      const where = listCondition(db, managed, { q, orgId });
      const [counted] = await db.select({ n: count() }).from(users).where(where);
      const rows = await db
        .select()
        .from(users)
        .where(where)
        .orderBy(asc(users.username))
        .limit(limit)
        .offset(offset);
      const held = await membershipsOfUsers(
        db,
        rows.map((u) => u.id),
        managed,
      );
      const now = new Date();
      return {
        items: rows.map((row) => toUser(row, held.get(row.id) ?? [], now)),
        total: counted?.n ?? 0,
      };
    },
  );

  r.get(
    '/api/users/:id',
    {
      config: { permission: 'user:read' },
      schema: { tags: ['users'], params: idParamsSchema, response: { 200: userSchema } },
    },
    async (request) => {
      const target = await loadManagedUser(db, requireAuth(request), request.params.id, 'read');
      return toUser(target.user, visibleMemberships(target.held, target.managed));
    },
  );
}
