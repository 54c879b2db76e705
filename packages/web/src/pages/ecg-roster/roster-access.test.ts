import type { Permission, Role, Session } from '@gesang/domain';
import { describe, expect, it } from 'vitest';
import { canEditRoster, inSubtree } from './roster-access.js';

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const region = id(1);
const hub = id(2);
const county = id(3);
const centre = id(4);
const orgs = [
  { id: region, parentId: null },
  { id: hub, parentId: region },
  { id: county, parentId: hub },
  { id: centre, parentId: null },
];

/** A session acting for `orgId` with `roles` there and the permissions given. */
function session(
  orgId: string,
  roles: Role[],
  permissions: Permission[],
): Pick<Session, 'activeOrgId' | 'memberships' | 'permissions'> {
  return {
    activeOrgId: orgId,
    memberships: [
      { orgId, orgName: { zh: '机构', en: 'Org', bo: undefined }, orgKind: 'county', roles },
    ],
    permissions,
  };
}

describe('inSubtree', () => {
  it('follows parents up to the root, itself included', () => {
    expect(inSubtree(orgs, region, county)).toBe(true);
    expect(inSubtree(orgs, hub, hub)).toBe(true);
    expect(inSubtree(orgs, county, hub)).toBe(false);
    expect(inSubtree(orgs, hub, centre)).toBe(false);
    expect(inSubtree(orgs, hub, id(99))).toBe(false);
  });
});

describe('canEditRoster', () => {
  it('lets a consortium administrator edit any roster', () => {
    const admin = session(hub, ['consortium_admin'], ['org:read', 'org:manage']);
    expect(canEditRoster(admin, orgs, centre)).toBe(true);
  });

  it('lets an organisation administrator edit only within the acting subtree', () => {
    const centreAdmin = session(centre, ['org_admin'], ['org:read', 'org:manage']);
    expect(canEditRoster(centreAdmin, orgs, centre)).toBe(true);
    expect(canEditRoster(centreAdmin, orgs, hub)).toBe(false);
    const regionAdmin = session(region, ['org_admin'], ['org:read', 'org:manage']);
    expect(canEditRoster(regionAdmin, orgs, hub)).toBe(true);
  });

  it('never offers editing to readers', () => {
    const reader = session(centre, ['ecg_reader'], ['org:read', 'ecg:read', 'ecg:report']);
    expect(canEditRoster(reader, orgs, centre)).toBe(false);
  });
});
