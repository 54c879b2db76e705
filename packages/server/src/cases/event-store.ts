import { GesangError, type CaseEventSource } from '@gesang/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { caseEventHistory, caseEvents } from '../db/schema/index.js';

/** One event time to record on a case. */
export interface EventInput {
  caseId: string;
  event: string;
  at: Date;
  source: CaseEventSource;
  /** Who recorded it (null: the system on nobody's behalf). */
  by: string | null;
}

/**
 * Records the first time of `event` on a case and appends it to the history, inside the caller's
 * transaction. A second recording of the same event is refused (409): a time is changed with a
 * correction, which keeps the old one and asks for a reason.
 * @example await recordCaseEvent(tx, { caseId, event: 'door', at: new Date(), source: 'manual', by: userId });
 */
export async function recordCaseEvent(tx: DbOrTx, input: EventInput): Promise<void> {
  const inserted = await tx
    .insert(caseEvents)
    .values({
      caseId: input.caseId,
      event: input.event,
      at: input.at,
      source: input.source,
      recordedBy: input.by,
    })
    .onConflictDoNothing()
    .returning({ event: caseEvents.event });
  if (inserted.length === 0) {
    throw GesangError.conflict(
      `Event ${input.event} is already recorded on this case: correct its time instead`,
      'body.event',
    );
  }
  await tx.insert(caseEventHistory).values({
    caseId: input.caseId,
    event: input.event,
    action: 'recorded',
    oldAt: null,
    newAt: input.at,
    source: input.source,
    changedBy: input.by,
  });
}

/** The current row of `event` on a case, locked for the change; 404 when not recorded. */
async function lockEvent(
  tx: DbOrTx,
  caseId: string,
  event: string,
): Promise<typeof caseEvents.$inferSelect> {
  const [row] = await tx
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.event, event)))
    .for('update');
  if (row === undefined) {
    throw GesangError.notFound(`Event ${event} of this case`);
  }
  return row;
}

/**
 * Changes the time of a recorded event (source becomes `manual`) and appends the old and new time
 * with the reason to the history.
 * @returns the time it had before.
 */
export async function correctCaseEvent(
  tx: DbOrTx,
  input: Omit<EventInput, 'source'> & { reason: string },
): Promise<Date> {
  const current = await lockEvent(tx, input.caseId, input.event);
  await tx
    .update(caseEvents)
    .set({ at: input.at, source: 'manual', recordedBy: input.by, recordedAt: sql`now()` })
    .where(and(eq(caseEvents.caseId, input.caseId), eq(caseEvents.event, input.event)));
  await tx.insert(caseEventHistory).values({
    caseId: input.caseId,
    event: input.event,
    action: 'corrected',
    oldAt: current.at,
    newAt: input.at,
    source: 'manual',
    reason: input.reason,
    changedBy: input.by,
  });
  return current.at;
}

/**
 * Removes a recorded event (recorded by mistake) and appends its last time with the reason to the
 * history, where it stays.
 * @returns the time it had.
 */
export async function removeCaseEvent(
  tx: DbOrTx,
  input: { caseId: string; event: string; reason: string; by: string | null },
): Promise<Date> {
  const current = await lockEvent(tx, input.caseId, input.event);
  await tx
    .delete(caseEvents)
    .where(and(eq(caseEvents.caseId, input.caseId), eq(caseEvents.event, input.event)));
  await tx.insert(caseEventHistory).values({
    caseId: input.caseId,
    event: input.event,
    action: 'removed',
    oldAt: current.at,
    newAt: null,
    source: 'manual',
    reason: input.reason,
    changedBy: input.by,
  });
  return current.at;
}
