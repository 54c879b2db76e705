import { eq, inArray } from 'drizzle-orm';
import type { OrgKind, Session } from '@gesang/domain';
import type { Db } from '../db/database.js';
import { organisations, users } from '../db/schema/index.js';
import type { AuthContext } from './auth-context.js';

/** The body of GET /api/auth/session (and of login and switch-org). */
export async function sessionResponse(db: Db, auth: AuthContext): Promise<Session> {
  const [user] = await db.select().from(users).where(eq(users.id, auth.userId)).limit(1);
  const orgIds = auth.memberships.map((m) => m.orgId);
  const orgs =
    orgIds.length === 0
      ? []
      : await db.select().from(organisations).where(inArray(organisations.id, orgIds));
  const byId = new Map(orgs.map((o) => [o.id, o]));
  return {
    csrfToken: auth.csrfToken,
    user: {
      id: auth.userId,
      username: auth.username,
      displayName: auth.displayName,
      locale: (user?.locale ?? 'zh-CN') as Session['user']['locale'],
      totpEnabled: user?.totpEnabled ?? false,
    },
    memberships: auth.memberships.flatMap((m) => {
      const org = byId.get(m.orgId);
      return org === undefined
        ? []
        : [
            {
              orgId: m.orgId,
              orgName: { zh: org.nameZh, en: org.nameEn, bo: org.nameBo ?? undefined },
              orgKind: org.kind as OrgKind,
              roles: m.roles,
            },
          ];
    }),
    activeOrgId: auth.activeOrgId,
    permissions: [...auth.permissions].sort(),
  };
}
