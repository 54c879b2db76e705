import { GesangError, type MembershipInput, type Role } from '@gesang/domain';
import { inArray } from 'drizzle-orm';
import { isConsortiumAdmin, type AuthContext } from '../auth/auth-context.js';
import type { DbOrTx } from '../db/database.js';
import { organisations } from '../db/schema/index.js';
import { isManaged, type ManagedOrgs } from './user-view.js';

/** One role held in one organisation: a row of the `memberships` table. */
export interface RoleGrant {
  orgId: string;
  role: Role;
}

/**
 * Checks administrator-written memberships: each organisation at most once and existing. Repeated
 * roles within one organisation are merged.
 * @param input the `memberships` array of the request body (at most 50 entries).
 * @param field dotted path of that array in the request, for error messages.
 * @returns the memberships with duplicate roles removed.
 * @throws GesangError 400 naming `body.memberships.<i>.orgId` for a repeated or unknown organisation.
 * @example const clean = await checkMemberships(db, request.body.memberships);
 */
export async function checkMemberships(
  db: DbOrTx,
  input: readonly MembershipInput[],
  field = 'body.memberships',
): Promise<MembershipInput[]> {
  const seen = new Set<string>();
  input.forEach((m, i) => {
    if (seen.has(m.orgId)) {
      throw GesangError.badRequest('Each organisation may appear only once', `${field}.${i}.orgId`);
    }
    seen.add(m.orgId);
  });
  if (input.length > 0) {
    const found = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(inArray(organisations.id, [...seen]));
    const existing = new Set(found.map((o) => o.id));
    const missing = input.findIndex((m) => !existing.has(m.orgId));
    if (missing >= 0) {
      throw GesangError.badRequest('Organisation not found', `${field}.${missing}.orgId`);
    }
  }
  return input.map((m) => ({ orgId: m.orgId, roles: [...new Set(m.roles)] }));
}

/**
 * 403 unless the caller administers every organisation of `input` (an organisation administrator
 * places users only within their own subtree).
 */
export function assertManagesAll(managed: ManagedOrgs, input: readonly MembershipInput[]): void {
  if (!input.every((m) => isManaged(managed, m.orgId))) {
    throw GesangError.forbidden('That organisation is outside the ones you administer');
  }
}

/**
 * 403 unless the caller may hand out or take away every role in `changed`. Only a consortium
 * administrator touches `consortium_admin`; every other role, including `org_admin`, may be
 * changed by whoever administers the organisation (checked by {@link assertManagesAll}).
 * @param changed roles being added or removed.
 */
export function assertMayChangeRoles(auth: AuthContext, changed: readonly RoleGrant[]): void {
  if (!isConsortiumAdmin(auth) && changed.some((g) => g.role === 'consortium_admin')) {
    throw GesangError.forbidden(
      'Only a consortium administrator grants or removes consortium_admin',
    );
  }
}

/**
 * Flattens memberships to one entry per (organisation, role).
 * @example toGrants([{ orgId, roles: ['ecg_reader', 'org_admin'] }]).length // 2
 */
export function toGrants(held: readonly MembershipInput[]): RoleGrant[] {
  return held.flatMap((m) => m.roles.map((role) => ({ orgId: m.orgId, role })));
}

/**
 * What changes when `current` grants are replaced by `desired` ones.
 * @returns grants to insert (`added`) and to delete (`removed`); unchanged grants are in neither,
 *   so their `createdAt` (which orders a user's organisations) is kept.
 */
export function diffGrants(
  current: readonly RoleGrant[],
  desired: readonly RoleGrant[],
): { added: RoleGrant[]; removed: RoleGrant[] } {
  const key = (g: RoleGrant): string => `${g.orgId}/${g.role}`;
  const currentKeys = new Set(current.map(key));
  const desiredKeys = new Set(desired.map(key));
  return {
    added: desired.filter((g) => !currentKeys.has(key(g))),
    removed: current.filter((g) => !desiredKeys.has(key(g))),
  };
}
