import type { Department, Grant, OrgKind, Organisation } from '@gesang/domain';
import type { departments, orgGrants, organisations } from '../db/schema/index.js';

/** Row → API shape. */
export function toOrganisation(row: typeof organisations.$inferSelect): Organisation {
  return {
    id: row.id,
    parentId: row.parentId,
    kind: row.kind as OrgKind,
    code: row.code,
    name: { zh: row.nameZh, en: row.nameEn, bo: row.nameBo ?? undefined },
    active: row.active,
  };
}

/** Row → API shape. */
export function toDepartment(row: typeof departments.$inferSelect): Department {
  return {
    id: row.id,
    orgId: row.orgId,
    code: row.code,
    name: { zh: row.nameZh, en: row.nameEn, bo: row.nameBo ?? undefined },
  };
}

/** Row → API shape. */
export function toGrant(row: typeof orgGrants.$inferSelect): Grant {
  return {
    id: row.id,
    fromOrgId: row.fromOrgId,
    toOrgId: row.toOrgId,
    scope: row.scope as Grant['scope'],
    createdAt: row.createdAt.toISOString(),
  };
}
