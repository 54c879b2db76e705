import { isRole, permissionsOf, type ShiftRole } from '@gesang/domain';
import { and, eq, inArray, or } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { memberships, rosterShifts, users } from '../db/schema/index.js';
import { addDays, localParts, weekdayOf } from './local-time.js';
import { occurrenceAt, occurrenceEnd } from './shift-rules.js';

/** One person on duty at one organisation at a given instant. */
export interface DutyEntry {
  shiftId: string;
  orgId: string;
  userId: string;
  displayName: string;
  role: ShiftRole;
  onCallCardiologist: boolean;
  /** When this occurrence of the shift ends. */
  endsAt: Date;
}

/**
 * True when a shift's holder may take that duty at the organisation: primary and backup readers
 * need the `ecg:report` permission there (an `ecg_reader` role), a coordinator any role there.
 * @example qualifies('primary', ['ecg_reader']) // true
 */
export function qualifies(role: string, heldRoles: readonly string[]): boolean {
  const held = heldRoles.filter(isRole);
  if (role === 'coordinator') {
    return held.length > 0;
  }
  return permissionsOf(held).has('ecg:report');
}

/**
 * Who is on duty at `orgIds` at instant `at`: the shifts (weekly or one-off, overnight ones from
 * the day before included) covering the local time of `at` in `timeZone`, whose holders are
 * enabled and still hold a role there that fits the duty.
 * @example const entries = await onDutyAt(db, [hubId], new Date(), 'Asia/Shanghai');
 */
export async function onDutyAt(
  db: DbOrTx,
  orgIds: readonly string[],
  at: Date,
  timeZone: string,
): Promise<DutyEntry[]> {
  if (orgIds.length === 0) {
    return [];
  }
  const local = localParts(at, timeZone);
  const yesterday = addDays(local.date, -1);
  const rows = await db
    .select({ shift: rosterShifts, displayName: users.displayName })
    .from(rosterShifts)
    .innerJoin(users, eq(users.id, rosterShifts.userId))
    .where(
      and(
        inArray(rosterShifts.orgId, [...orgIds]),
        eq(users.disabled, false),
        or(
          inArray(rosterShifts.weekday, [local.weekday, weekdayOf(yesterday)]),
          inArray(rosterShifts.date, [local.date, yesterday]),
        ),
      ),
    );
  const covering = rows.flatMap((row) => {
    const startDate = occurrenceAt(row.shift, local);
    return startDate === null ? [] : [{ ...row, startDate }];
  });
  if (covering.length === 0) {
    return [];
  }
  const held = await db
    .select({ userId: memberships.userId, orgId: memberships.orgId, role: memberships.role })
    .from(memberships)
    .where(
      and(
        inArray(memberships.userId, [...new Set(covering.map((c) => c.shift.userId))]),
        inArray(memberships.orgId, [...orgIds]),
      ),
    );
  const rolesOf = (userId: string, orgId: string): string[] =>
    held.filter((m) => m.userId === userId && m.orgId === orgId).map((m) => m.role);
  return covering
    .filter((c) => qualifies(c.shift.role, rolesOf(c.shift.userId, c.shift.orgId)))
    .map((c) => ({
      shiftId: c.shift.id,
      orgId: c.shift.orgId,
      userId: c.shift.userId,
      displayName: c.displayName,
      role: c.shift.role as ShiftRole,
      onCallCardiologist: c.shift.onCallCardiologist,
      endsAt: occurrenceEnd(c.shift, c.startDate, timeZone),
    }))
    .sort((a, b) => a.role.localeCompare(b.role) || a.displayName.localeCompare(b.displayName));
}

/** The organisations among `orgIds` that keep a roster (at least one shift). */
export async function rosterKeptOrgIds(
  db: DbOrTx,
  orgIds: readonly string[],
): Promise<Set<string>> {
  if (orgIds.length === 0) {
    return new Set();
  }
  const rows = await db
    .selectDistinct({ orgId: rosterShifts.orgId })
    .from(rosterShifts)
    .where(inArray(rosterShifts.orgId, [...orgIds]));
  return new Set(rows.map((r) => r.orgId));
}
