import { GesangError } from '@gesang/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { AuthContext } from '../auth/auth-context.js';
import type { DbOrTx } from '../db/database.js';
import { ecgStudies } from '../db/schema/index.js';
import { grantingOrgIds } from '../orgs/scope.js';

/**
 * The organisations whose ECG studies the caller may see: the active organisation (its own
 * uploads) and every organisation sharing its ECGs with it through an active `ecg` grant (a county
 * routing to the hub or to the Shanghai reading centre). Empty without an active organisation.
 * This is the one visibility rule for studies, their events and the worklist.
 * @example const orgIds = await ecgScope(db, auth); // ['<hub>', '<county A>', '<county B>']
 */
export async function ecgScope(db: DbOrTx, auth: AuthContext): Promise<string[]> {
  if (auth.activeOrgId === null) {
    return [];
  }
  const granting = await grantingOrgIds(db, auth.activeOrgId, ['ecg']);
  return [...new Set([auth.activeOrgId, ...granting])];
}

/**
 * The study's id and organisation when it exists and is in `scope`; otherwise 404, exactly as for
 * a study that does not exist (ids cannot be probed across counties).
 */
export async function assertStudyVisible(
  db: DbOrTx,
  scope: readonly string[],
  studyId: string,
): Promise<{ id: string; orgId: string; patientId: string | null }> {
  const [row] =
    scope.length === 0
      ? []
      : await db
          .select({ id: ecgStudies.id, orgId: ecgStudies.orgId, patientId: ecgStudies.patientId })
          .from(ecgStudies)
          .where(and(eq(ecgStudies.id, studyId), inArray(ecgStudies.orgId, [...scope])));
  if (row === undefined) {
    throw GesangError.notFound('ECG study');
  }
  return row;
}
