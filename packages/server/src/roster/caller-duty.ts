import type { ShiftRole, WorklistDuty } from '@gesang/domain';
import type { AuthContext } from '../auth/auth-context.js';
import type { DbOrTx } from '../db/database.js';
import { onDutyAt, rosterKeptOrgIds } from './duty.js';

const rank: Record<ShiftRole, number> = { primary: 0, backup: 1, coordinator: 2 };

/**
 * The caller's duty at the organisation they act for, at `at`. Decision: off-duty readers keep the
 * whole worklist (they may help in a surge, or finish what they hold when their shift ends) and
 * are told `onDuty: false` for a banner; alerts and escalation go only to those on duty. An
 * organisation that keeps no roster does not track duty: everyone there counts as on duty.
 * @param timeZone the roster's time zone.
 */
export async function callerDuty(
  db: DbOrTx,
  auth: AuthContext,
  at: Date,
  timeZone: string,
): Promise<WorklistDuty> {
  const none = { role: null, onCallCardiologist: false, shiftEndsAt: null };
  const orgId = auth.activeOrgId;
  if (orgId === null) {
    return { onDuty: false, rosterKept: false, ...none };
  }
  if (!(await rosterKeptOrgIds(db, [orgId])).has(orgId)) {
    return { onDuty: true, rosterKept: false, ...none };
  }
  const mine = (await onDutyAt(db, [orgId], at, timeZone))
    .filter((d) => d.userId === auth.userId)
    .sort((a, b) => rank[a.role] - rank[b.role]);
  const first = mine[0];
  if (first === undefined) {
    return { onDuty: false, rosterKept: true, ...none };
  }
  const endsAtMs = Math.max(...mine.map((d) => d.endsAt.getTime()));
  return {
    onDuty: true,
    rosterKept: true,
    role: first.role,
    onCallCardiologist: mine.some((d) => d.onCallCardiologist),
    shiftEndsAt: new Date(endsAtMs).toISOString(),
  };
}
