import { GesangError, type GrantScope } from '@gesang/domain';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { AuthContext } from '../auth/auth-context.js';
import type { DbOrTx } from '../db/database.js';
import { orgGrants } from '../db/schema/index.js';

/** `rootId` and every organisation below it. */
export async function subtreeOrgIds(db: DbOrTx, rootId: string): Promise<string[]> {
  const result: unknown = await db.execute(sql`
    with recursive tree(id) as (
      select id from organisations where id = ${rootId}
      union
      select o.id from organisations o join tree t on o.parent_id = t.id
    )
    select id from tree`);
  // Both drivers answer raw SQL with `{ rows }`; drizzle's shared base type cannot say so.
  return (result as { rows: { id: string }[] }).rows.map((row) => row.id);
}

/**
 * Organisations whose users and settings the caller administers: every organisation for a
 * consortium administrator, the active organisation's subtree for an organisation administrator,
 * nothing otherwise.
 * @returns 'all' or a list of ids.
 */
export async function managedOrgIds(db: DbOrTx, auth: AuthContext): Promise<'all' | string[]> {
  if (auth.roles.includes('consortium_admin')) {
    return 'all';
  }
  if (auth.roles.includes('org_admin') && auth.activeOrgId !== null) {
    return subtreeOrgIds(db, auth.activeOrgId);
  }
  return [];
}

/** 403 unless the caller administers every organisation in `orgIds`. */
export async function assertManages(
  db: DbOrTx,
  auth: AuthContext,
  orgIds: string[],
): Promise<void> {
  const managed = await managedOrgIds(db, auth);
  if (managed === 'all') {
    return;
  }
  const set = new Set(managed);
  if (!orgIds.every((id) => set.has(id))) {
    throw GesangError.forbidden('That organisation is outside the ones you administer');
  }
}

/** Organisations that share `scopes` data with `toOrgId` through an active grant. */
export async function grantingOrgIds(
  db: DbOrTx,
  toOrgId: string,
  scopes: GrantScope[],
): Promise<string[]> {
  const rows = await db
    .select({ fromOrgId: orgGrants.fromOrgId })
    .from(orgGrants)
    .where(
      and(
        eq(orgGrants.toOrgId, toOrgId),
        inArray(orgGrants.scope, scopes),
        isNull(orgGrants.revokedAt),
      ),
    );
  return [...new Set(rows.map((row) => row.fromOrgId))];
}
