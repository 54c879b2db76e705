import { GesangError } from '@gesang/domain';
import { and, eq } from 'drizzle-orm';
import type { AuthContext } from '../auth/auth-context.js';
import type { DbOrTx } from '../db/database.js';
import { cases } from '../db/schema/index.js';

/** A case row as the access check returns it. */
export type CaseRecord = typeof cases.$inferSelect;

/**
 * The organisation whose cases the caller may read: the active one, when the caller's roles there
 * grant `case:manage` or `ecg:read` (the hub's chest-pain team and its ECG readers). A county sees
 * the hub's case of its own ECG only through the study (`greenChannel`), never here.
 * @returns the organisation id; 403 without either permission or without an active organisation.
 * @example const orgId = caseReadOrg(auth);
 */
export function caseReadOrg(auth: AuthContext): string {
  if (auth.activeOrgId === null) {
    throw GesangError.forbidden('Choose an organisation to act for first');
  }
  if (!auth.permissions.has('case:manage') && !auth.permissions.has('ecg:read')) {
    throw GesangError.forbidden('Your roles here do not allow reading cases');
  }
  return auth.activeOrgId;
}

/**
 * The organisation where the caller may open and change cases: the active one, with `case:manage`
 * there (the route declares the permission; this checks it again for direct callers).
 */
export function caseWriteOrg(auth: AuthContext): string {
  if (auth.activeOrgId === null) {
    throw GesangError.forbidden('Choose an organisation to act for first');
  }
  if (!auth.permissions.has('case:manage')) {
    throw GesangError.forbidden('Your roles here do not allow case:manage');
  }
  return auth.activeOrgId;
}

/**
 * The case when it belongs to `orgId`; otherwise 404, exactly as for a case that does not exist
 * (ids cannot be probed across hospitals). With `lock`, the row is locked for the transaction.
 * @example const row = await visibleCase(tx, caseWriteOrg(auth), id, true);
 */
export async function visibleCase(
  db: DbOrTx,
  orgId: string,
  caseId: string,
  lock = false,
): Promise<CaseRecord> {
  const query = db
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), eq(cases.orgId, orgId)))
    .$dynamic();
  const [row] = lock ? await query.for('update') : await query;
  if (row === undefined) {
    throw GesangError.notFound('Case');
  }
  return row;
}
