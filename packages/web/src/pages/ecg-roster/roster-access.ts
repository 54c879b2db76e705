/**
 * Whether the page offers the shift editor for an organisation. It mirrors the server's rule
 * (`org:manage` within the organisations the caller administers: every one for a consortium
 * administrator, the acting organisation's subtree for an organisation administrator) only to
 * hide controls; the server still decides, and a 403 is shown if it says no.
 */
import type { Organisation, Session } from '@gesang/domain';

/**
 * True when `orgId` is `rootId` or lies below it in the organisation tree.
 * @example inSubtree(orgs, shanghaiId, shanghaiId) // true
 */
export function inSubtree(
  orgs: readonly Pick<Organisation, 'id' | 'parentId'>[],
  rootId: string,
  orgId: string,
): boolean {
  const parentOf = new Map(orgs.map((o) => [o.id, o.parentId]));
  const seen = new Set<string>();
  let current: string | null | undefined = orgId;
  while (current !== null && current !== undefined && !seen.has(current)) {
    if (current === rootId) {
      return true;
    }
    seen.add(current);
    current = parentOf.get(current);
  }
  return false;
}

/**
 * True when the signed-in user may edit the roster of `orgId` while acting as now.
 * @param session the current session (permissions are those of the acting organisation).
 * @param orgs the organisation directory, for the subtree of an organisation administrator.
 * @example canEditRoster(session, orgs, hubId)
 */
export function canEditRoster(
  session: Pick<Session, 'activeOrgId' | 'memberships' | 'permissions'>,
  orgs: readonly Pick<Organisation, 'id' | 'parentId'>[],
  orgId: string,
): boolean {
  if (!session.permissions.includes('org:manage') || session.activeOrgId === null) {
    return false;
  }
  const roles = session.memberships.find((m) => m.orgId === session.activeOrgId)?.roles ?? [];
  if (roles.includes('consortium_admin')) {
    return true;
  }
  return roles.includes('org_admin') && inSubtree(orgs, session.activeOrgId, orgId);
}
