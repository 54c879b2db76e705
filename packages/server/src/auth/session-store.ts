import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { isRole, permissionsOf, type Role } from '@gesang/domain';
import type { Config } from '../config/config.js';
import type { Db, DbOrTx } from '../db/database.js';
import { memberships, sessions, users } from '../db/schema/index.js';
import type { AuthContext } from './auth-context.js';
import { hashToken, randomToken } from './tokens.js';

/** The cookie that carries the session token. */
export const sessionCookie = 'gesang_session';

/** Roles per organisation for a user, in a stable order. */
export async function membershipsOf(
  db: DbOrTx,
  userId: string,
): Promise<{ orgId: string; roles: Role[] }[]> {
  const rows = await db
    .select({ orgId: memberships.orgId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(memberships.createdAt, memberships.orgId);
  return groupMemberships(rows);
}

/** Membership rows (in order) grouped by organisation, unknown roles left out. */
function groupMemberships(
  rows: readonly { orgId: string; role: string }[],
): { orgId: string; roles: Role[] }[] {
  const byOrg = new Map<string, Role[]>();
  for (const row of rows) {
    if (isRole(row.role)) {
      byOrg.set(row.orgId, [...(byOrg.get(row.orgId) ?? []), row.role]);
    }
  }
  return [...byOrg].map(([orgId, roles]) => ({ orgId, roles }));
}

/** Creates a session; returns the cookie token (never stored) and the CSRF token. */
export async function createSession(
  db: DbOrTx,
  config: Config,
  input: { userId: string; activeOrgId: string | null; ip: string; userAgent: string | null },
): Promise<{ token: string; csrfToken: string; sessionId: string }> {
  const token = randomToken();
  const csrfToken = randomToken();
  const [row] = await db
    .insert(sessions)
    .values({
      tokenHash: hashToken(token),
      userId: input.userId,
      activeOrgId: input.activeOrgId,
      csrfToken,
      ip: input.ip,
      userAgent: input.userAgent,
      expiresAt: new Date(Date.now() + config.sessionMaxMs),
    })
    .returning({ id: sessions.id });
  if (row === undefined) {
    throw new Error('session insert returned nothing');
  }
  return { token, csrfToken, sessionId: row.id };
}

/** The prepared statement of {@link loadSession}. */
interface SessionQuery {
  execute(values: { tokenHash: string; now: Date }): Promise<
    {
      session: typeof sessions.$inferSelect;
      user: typeof users.$inferSelect;
      memberships: { orgId: string; role: string }[];
    }[]
  >;
}

/**
 * The session, its user and the user's memberships in one statement (every authenticated request
 * reads them), built and prepared once per database: a named prepared statement on PostgreSQL,
 * so neither the query builder nor the server's parser and planner run again per request.
 */
function buildSessionQuery(db: Db): SessionQuery {
  return db
    .select({
      session: sessions,
      user: users,
      // As `membershipsOf` orders them.
      memberships: sql<{ orgId: string; role: string }[]>`coalesce((
        select json_agg(json_build_object('orgId', m.org_id, 'role', m.role)
          order by m.created_at, m.org_id)
        from ${memberships} m where m.user_id = ${users.id}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        gt(sessions.expiresAt, sql.placeholder('now')),
      ),
    )
    .limit(1)
    .prepare('gesang_load_session');
}

const sessionQueries = new WeakMap<Db, SessionQuery>();

function sessionQuery(db: Db): SessionQuery {
  let query = sessionQueries.get(db);
  if (query === undefined) {
    query = buildSessionQuery(db);
    sessionQueries.set(db, query);
  }
  return query;
}

/**
 * Resolves a session cookie to the caller, or null when the session is unknown, expired (absolute
 * or idle) or the user is disabled.
 */
export async function loadSession(
  db: Db,
  config: Config,
  token: string,
): Promise<AuthContext | null> {
  const now = new Date();
  const [row] = await sessionQuery(db).execute({ tokenHash: hashToken(token), now });
  if (row === undefined || row.user.disabled) {
    return null;
  }
  const idleMs = now.getTime() - row.session.lastSeenAt.getTime();
  if (idleMs > config.sessionIdleMs) {
    await db.delete(sessions).where(eq(sessions.id, row.session.id));
    return null;
  }
  if (idleMs > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.session.id));
  }
  const held = groupMemberships(row.memberships);
  const active =
    held.find((m) => m.orgId === row.session.activeOrgId) ??
    (held.length > 0 ? held[0] : undefined);
  const roles = active?.roles ?? [];
  return {
    userId: row.user.id,
    username: row.user.username,
    displayName: row.user.displayName,
    sessionId: row.session.id,
    csrfToken: row.session.csrfToken,
    activeOrgId: active?.orgId ?? null,
    roles,
    permissions: permissionsOf(roles),
    memberships: held,
  };
}

/** Ends every session of the given users (sign out everywhere, password reset, disable). */
export async function revokeSessions(db: DbOrTx, userIds: string[]): Promise<void> {
  if (userIds.length > 0) {
    await db.delete(sessions).where(inArray(sessions.userId, userIds));
  }
}
