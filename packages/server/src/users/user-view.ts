import { isRole, type Locale, type MembershipInput, type Role, type User } from '@gesang/domain';
import { and, asc, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { memberships, type users } from '../db/schema/index.js';

/** A row of the `users` table. */
export type UserRow = typeof users.$inferSelect;

/**
 * Organisations whose memberships a caller may see and change: `'all'` for a consortium
 * administrator, otherwise the ids of the organisations they administer.
 */
export type ManagedOrgs = 'all' | ReadonlySet<string>;

/**
 * True when `orgId` is among the `managed` organisations.
 * @example isManaged('all', id) // true
 */
export function isManaged(managed: ManagedOrgs, orgId: string): boolean {
  return managed === 'all' || managed.has(orgId);
}

/**
 * Keeps the memberships the caller may see: all of them for a consortium administrator, those in
 * the organisations they administer otherwise. Roles held elsewhere are not the caller's business
 * (a `patient` role at another hospital is health information).
 * @param held every membership of the user.
 * @param managed see {@link ManagedOrgs}.
 * @returns the visible subset, in the same order.
 */
export function visibleMemberships(
  held: readonly MembershipInput[],
  managed: ManagedOrgs,
): MembershipInput[] {
  return held.filter((m) => isManaged(managed, m.orgId));
}

/**
 * The visible memberships of several users in one query, grouped per user and per organisation
 * in the order they were granted (as `membershipsOf` orders them).
 * @param userIds users to look up (0–200); users without visible memberships map to `[]`.
 * @param managed see {@link ManagedOrgs}.
 * @returns user id → memberships.
 * @example const byUser = await membershipsOfUsers(db, [a.id, b.id], 'all');
 */
export async function membershipsOfUsers(
  db: DbOrTx,
  userIds: readonly string[],
  managed: ManagedOrgs,
): Promise<Map<string, MembershipInput[]>> {
  const result = new Map<string, MembershipInput[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0 || (managed !== 'all' && managed.size === 0)) {
    return result;
  }
  const rows = await db
    .select({ userId: memberships.userId, orgId: memberships.orgId, role: memberships.role })
    .from(memberships)
    .where(
      and(
        inArray(memberships.userId, [...userIds]),
        managed === 'all' ? undefined : inArray(memberships.orgId, [...managed]),
      ),
    )
    .orderBy(asc(memberships.createdAt), asc(memberships.orgId));
  const byUser = new Map<string, Map<string, Role[]>>();
  for (const row of rows) {
    if (!isRole(row.role)) {
      continue;
    }
    const byOrg = byUser.get(row.userId) ?? new Map<string, Role[]>();
    byOrg.set(row.orgId, [...(byOrg.get(row.orgId) ?? []), row.role]);
    byUser.set(row.userId, byOrg);
  }
  for (const [userId, byOrg] of byUser) {
    result.set(
      userId,
      [...byOrg].map(([orgId, roles]) => ({ orgId, roles })),
    );
  }
  return result;
}

/**
 * The API shape of a user (never the password hash or TOTP secret).
 * @param row the database row.
 * @param held the memberships to show (already filtered to what the caller may see).
 * @param now reference time; a lockout that has run out is shown as `null`.
 * @returns a `User` as `userSchema` describes it.
 */
export function toUser(row: UserRow, held: MembershipInput[], now: Date = new Date()): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    // The column only ever receives values validated by localeSchema.
    locale: row.locale as Locale,
    disabled: row.disabled,
    totpEnabled: row.totpEnabled,
    lockedUntil:
      row.lockedUntil !== null && row.lockedUntil > now ? row.lockedUntil.toISOString() : null,
    memberships: held,
    createdAt: row.createdAt.toISOString(),
  };
}
