import { and, asc, eq, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { jobs } from '../db/schema/index.js';
import { signalChannels } from './signals.js';

/** A job row as claimed by a runner. */
export type JobRow = typeof jobs.$inferSelect;

/** Thrown inside a job's completing transaction when another runner took the job over. */
export class LeaseLostError extends Error {
  override readonly name = 'LeaseLostError';
}

/** Attempts a job gets unless its caller says otherwise. */
export const defaultMaxAttempts = 5;

const msInterval = (ms: number): SQL => sql`(${ms}::int * interval '1 millisecond')`;

/**
 * Adds a job, inside the caller's transaction, and notifies PostgreSQL listeners at commit.
 * Call `signals.emit(signalChannels.jobs)` after the commit to wake this process's runner too.
 * @param tx the transaction of the change that needs the job.
 * @param kind e.g. `ecg.ingest`.
 * @param payload small JSON (ids, not data).
 * @param options `maxAttempts` (default 5), `delayMs` before the first run (default 0).
 * @example await enqueueJob(tx, 'ecg.ingest', { studyId });
 */
export async function enqueueJob(
  tx: DbOrTx,
  kind: string,
  payload: Record<string, unknown>,
  options: { maxAttempts?: number; delayMs?: number } = {},
): Promise<number> {
  const insert = tx
    .insert(jobs)
    .values({
      kind,
      payload,
      maxAttempts: options.maxAttempts ?? defaultMaxAttempts,
      runAt: sql`now() + ${msInterval(options.delayMs ?? 0)}`,
    })
    .returning({ id: jobs.id });
  // The row and the notification (delivered at commit to every process LISTENing; a no-op on
  // PGlite) in one statement: one round trip fewer for every job.
  const result = await tx.execute(
    sql`with inserted as (${insert.getSQL()}) select id, pg_notify(${signalChannels.jobs}, '') from inserted`,
  );
  const [row] = (result as { rows: { id: number | string }[] }).rows;
  if (row === undefined) {
    throw new Error('job insert returned nothing');
  }
  return Number(row.id);
}

/**
 * Claims up to `limit` due jobs of `kinds` for `runnerId`: unlocked or with an expired lock (its
 * runner died), oldest due first. One statement with `FOR UPDATE SKIP LOCKED`, so concurrent
 * runners never claim the same job. Each claim counts as an attempt.
 * @param dueBy the instant jobs must be due by (a test's controllable clock); default the
 *   database's `now()`. Leases always run on the database's clock.
 */
export async function claimJobs(
  db: DbOrTx,
  runnerId: string,
  kinds: readonly string[],
  limit: number,
  leaseMs: number,
  dueBy?: Date,
): Promise<JobRow[]> {
  if (limit <= 0 || kinds.length === 0) {
    return [];
  }
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        isNull(jobs.doneAt),
        lte(jobs.runAt, dueBy ?? sql`now()`),
        or(isNull(jobs.lockedUntil), lt(jobs.lockedUntil, sql`now()`)),
        inArray(jobs.kind, [...kinds]),
      ),
    )
    .orderBy(asc(jobs.runAt), asc(jobs.id))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(jobs)
    .set({
      lockedBy: runnerId,
      lockedUntil: sql`now() + ${msInterval(leaseMs)}`,
      attempts: sql`${jobs.attempts} + 1`,
    })
    .where(inArray(jobs.id, due))
    .returning();
}

/** Pushes the lock of a running job further; false when the job is no longer ours. */
export async function extendLease(
  db: DbOrTx,
  job: JobRow,
  runnerId: string,
  leaseMs: number,
): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({ lockedUntil: sql`now() + ${msInterval(leaseMs)}` })
    .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, runnerId), isNull(jobs.doneAt)))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/**
 * Marks a job done, normally inside the transaction that applied its result.
 * @throws LeaseLostError when another runner holds the job now (the caller's transaction must
 *   roll back: that runner applies the result instead).
 */
export async function completeJob(tx: DbOrTx, job: JobRow, runnerId: string): Promise<void> {
  const rows = await tx
    .update(jobs)
    .set({ doneAt: sql`now()`, lockedUntil: null })
    .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, runnerId), isNull(jobs.doneAt)))
    .returning({ id: jobs.id });
  if (rows.length === 0) {
    throw new LeaseLostError(`job ${job.id} is no longer held by ${runnerId}`);
  }
}

/**
 * Delay before retrying after `attempts` failed attempts: 1 s, 4 s, 16 s, 64 s, then 5 min at most.
 * @example retryDelayMs(2) // 4000
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(1000 * 4 ** Math.max(0, attempts - 1), 300_000);
}

/**
 * Records a failed attempt: schedules a retry with backoff, or, when the attempts are used up,
 * marks the job done and failed.
 * @returns 'retry' or 'gave-up'; 'lost' when the job is no longer ours.
 */
export async function failJob(
  db: DbOrTx,
  job: JobRow,
  runnerId: string,
  error: string,
): Promise<'retry' | 'gave-up' | 'lost'> {
  const giveUp = job.attempts >= job.maxAttempts;
  const rows = await db
    .update(jobs)
    .set(
      giveUp
        ? { doneAt: sql`now()`, failed: true, lockedUntil: null, lastError: error }
        : {
            lockedUntil: null,
            lockedBy: null,
            lastError: error,
            runAt: sql`now() + ${msInterval(retryDelayMs(job.attempts))}`,
          },
    )
    .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, runnerId), isNull(jobs.doneAt)))
    .returning({ id: jobs.id });
  if (rows.length === 0) {
    return 'lost';
  }
  return giveUp ? 'gave-up' : 'retry';
}

/**
 * Unlocks the unfinished jobs of a runner that is shutting down, for others to take at once. The
 * interrupted attempt is not counted: stopping a server is not the job's fault.
 */
export async function releaseJobs(db: DbOrTx, runnerId: string): Promise<void> {
  await db
    .update(jobs)
    .set({
      lockedUntil: null,
      lockedBy: null,
      attempts: sql`greatest(${jobs.attempts} - 1, 0)`,
    })
    .where(and(eq(jobs.lockedBy, runnerId), isNull(jobs.doneAt)));
  // Other processes take them at once rather than at their next poll.
  await db.execute(sql`select pg_notify(${signalChannels.jobs}, '')`);
}
