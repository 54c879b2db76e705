import { GesangError } from '@gesang/domain';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AuthContext } from '../auth/auth-context.js';
import { isConsortiumAdmin } from '../auth/auth-context.js';
import type { DbOrTx } from '../db/database.js';
import { patientOrgs, patients } from '../db/schema/index.js';
import { grantingOrgIds } from '../orgs/scope.js';

/**
 * Which patients a caller may see, as the organisations whose linked patients are visible:
 * 'all' for a consortium administrator, otherwise the active organisation plus every organisation
 * that shares its patients with it through an active `patients` grant; nothing without an active
 * organisation. This is the one visibility rule: every patient query goes through it.
 */
export type PatientScope = 'all' | readonly string[];

/**
 * Resolves the caller's {@link PatientScope} once per request.
 * @param db database or transaction handle.
 * @param auth the signed-in caller.
 * @returns 'all', or the organisation ids (possibly empty) whose patients are visible.
 * @example const scope = await patientScope(db, auth); // ['<county id>', '<granting org id>']
 */
export async function patientScope(db: DbOrTx, auth: AuthContext): Promise<PatientScope> {
  if (isConsortiumAdmin(auth)) {
    return 'all';
  }
  if (auth.activeOrgId === null) {
    return [];
  }
  const granting = await grantingOrgIds(db, auth.activeOrgId, ['patients']);
  return [...new Set([auth.activeOrgId, ...granting])];
}

/**
 * A WHERE condition on `patients` that keeps only the patients in `scope`.
 * @param scope from {@link patientScope}.
 * @returns undefined for 'all' (no filter), `false` for an empty scope.
 * @example db.select().from(patients).where(and(visiblePatientsCondition(scope), ...))
 */
export function visiblePatientsCondition(scope: PatientScope): SQL | undefined {
  if (scope === 'all') {
    return undefined;
  }
  if (scope.length === 0) {
    return sql`false`;
  }
  return sql`exists (select 1 from ${patientOrgs} where ${patientOrgs.patientId} = ${patients.id} and ${inArray(patientOrgs.orgId, [...scope])})`;
}

/**
 * The subset of `patientIds` visible in `scope`.
 * @param db database or transaction handle.
 * @param scope from {@link patientScope}.
 * @param patientIds candidate ids; unknown ids are simply absent from the result.
 */
export async function visiblePatientIds(
  db: DbOrTx,
  scope: PatientScope,
  patientIds: readonly string[],
): Promise<Set<string>> {
  if (patientIds.length === 0) {
    return new Set();
  }
  const rows = await db
    .select({ id: patients.id })
    .from(patients)
    .where(and(inArray(patients.id, [...patientIds]), visiblePatientsCondition(scope)));
  return new Set(rows.map((row) => row.id));
}

/**
 * 404 unless the patient exists and is visible: an invisible patient and a missing one are never
 * told apart, so ids cannot be probed across counties.
 * @param db database or transaction handle.
 * @param scope from {@link patientScope}.
 * @param patientId the patient's id.
 */
export async function assertPatientVisible(
  db: DbOrTx,
  scope: PatientScope,
  patientId: string,
): Promise<void> {
  const [row] = await db
    .select({ id: patients.id })
    .from(patients)
    .where(and(eq(patients.id, patientId), visiblePatientsCondition(scope)));
  if (row === undefined) {
    throw GesangError.notFound('Patient');
  }
}
