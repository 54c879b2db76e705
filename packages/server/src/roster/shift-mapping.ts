import { GesangError, isRole, minutesOfDay, permissionsOf, type Shift } from '@gesang/domain';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import type { rosterShifts } from '../db/schema/index.js';
import { memberships } from '../db/schema/index.js';
import { timeOfMinute } from './local-time.js';

/** A stored shift with its holder's display name. */
export interface ShiftRow {
  shift: typeof rosterShifts.$inferSelect;
  displayName: string;
}

/** The API shape of a stored shift (local times as `HH:MM`). */
export function toShift(row: ShiftRow): Shift {
  const s = row.shift;
  return {
    id: s.id,
    orgId: s.orgId,
    user: { id: s.userId, displayName: row.displayName },
    role: s.role === 'backup' || s.role === 'coordinator' ? s.role : 'primary',
    onCallCardiologist: s.onCallCardiologist,
    weekday: s.weekday,
    date: s.date,
    startTime: timeOfMinute(s.startMinute),
    endTime: timeOfMinute(s.endMinute),
    note: s.note,
    createdAt: s.createdAt.toISOString(),
  };
}

/** Stored minutes of `HH:MM` start and end times. */
export function shiftMinutes(
  startTime: string,
  endTime: string,
): {
  startMinute: number;
  endMinute: number;
} {
  return { startMinute: minutesOfDay(startTime), endMinute: minutesOfDay(endTime) };
}

/**
 * 400 unless `userId` holds a role at `orgId` fit for the duty: primary and backup readers need
 * `ecg:report` there (an `ecg_reader` role), a coordinator any role there.
 */
export async function assertShiftHolder(
  db: DbOrTx,
  userId: string,
  orgId: string,
  role: string,
): Promise<void> {
  const rows = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)));
  const held = rows.map((r) => r.role).filter(isRole);
  if (held.length === 0) {
    throw GesangError.badRequest('That person holds no role in this organisation', 'body.userId');
  }
  if (role !== 'coordinator' && !permissionsOf(held).has('ecg:report')) {
    throw GesangError.badRequest(
      'Primary and backup shifts are for readers (ecg_reader) of this organisation',
      'body.userId',
    );
  }
}
