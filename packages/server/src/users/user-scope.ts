import { GesangError, type MembershipInput } from '@gesang/domain';
import { eq } from 'drizzle-orm';
import type { AuthContext } from '../auth/auth-context.js';
import { membershipsOf } from '../auth/session-store.js';
import type { DbOrTx } from '../db/database.js';
import { users } from '../db/schema/index.js';
import { managedOrgIds } from '../orgs/scope.js';
import { isManaged, type ManagedOrgs, type UserRow } from './user-view.js';

/** A user the caller may see or change, with what is needed to decide the details. */
export interface ManagedUser {
  user: UserRow;
  /** Every membership the user holds, including those outside the caller's organisations. */
  held: MembershipInput[];
  /** The organisations the caller administers. */
  managed: ManagedOrgs;
}

/**
 * The organisations whose users the caller administers, as a set (see `managedOrgIds`).
 * @example const managed = await callerManagedOrgs(db, auth); isManaged(managed, orgId);
 */
export async function callerManagedOrgs(db: DbOrTx, auth: AuthContext): Promise<ManagedOrgs> {
  const managed = await managedOrgIds(db, auth);
  return managed === 'all' ? 'all' : new Set(managed);
}

/**
 * Loads the user `userId` if the caller administers them: a consortium administrator administers
 * everyone; an organisation administrator, whoever holds a membership in one of their
 * organisations.
 * @param mode `read` answers 404 for a user outside the caller's organisations (reads never tell
 *   "hidden" from "absent"); `write` answers 403 (and 404 only when the user does not exist).
 * @throws GesangError 404 or 403 as described.
 * @example const { user, held, managed } = await loadManagedUser(db, auth, id, 'write');
 */
export async function loadManagedUser(
  db: DbOrTx,
  auth: AuthContext,
  userId: string,
  mode: 'read' | 'write',
): Promise<ManagedUser> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (user === undefined) {
    throw GesangError.notFound('User');
  }
  const managed = await callerManagedOrgs(db, auth);
  const held = await membershipsOf(db, user.id);
  if (managed !== 'all' && !held.some((m) => managed.has(m.orgId))) {
    throw mode === 'read'
      ? GesangError.notFound('User')
      : GesangError.forbidden('That user holds no role in an organisation you administer');
  }
  return { user, held, managed };
}

/**
 * 403 unless the caller administers every organisation where the target holds a role. Guards the
 * actions that act on the whole account (password reset, disabling): resetting the password of
 * someone who is also a reader elsewhere, or an administrator higher up, would hand the caller
 * those roles too.
 * @example assertManagesWholeAccount(await loadManagedUser(db, auth, id, 'write'));
 */
export function assertManagesWholeAccount(target: ManagedUser): void {
  // Which organisations those are is not told: they are outside what the caller may see.
  if (target.held.some((m) => !isManaged(target.managed, m.orgId))) {
    throw GesangError.forbidden(
      'That user also holds roles in organisations you do not administer; ask a consortium administrator',
    );
  }
}
