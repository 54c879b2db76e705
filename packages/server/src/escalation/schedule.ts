import type { DbOrTx } from '../db/database.js';
import { jobs } from '../db/schema/index.js';
import { enqueueJob } from '../jobs/job-queue.js';

/** The job kind of a study's escalation timers. */
export const escalationJobKind = 'ecg.escalation';

/** What an escalation job does: plan the timers, or take one step. */
export type EscalationStep = 'plan' | 'unclaimed' | 'unsigned' | 'breach';

/** Attempts before an escalation job gives up (a step failing ten times needs a person). */
const maxAttempts = 10;

/**
 * Starts a study's escalation timers in the transaction that made it `analysed`: a `plan` job,
 * due at once, which then schedules each step at its own time from the configured policy (the
 * policy lives in the configuration, which the outbox writer does not carry). Durable: the job
 * commits with the analysis or not at all.
 * @example await scheduleEscalation(tx, studyId);
 */
export async function scheduleEscalation(tx: DbOrTx, studyId: string): Promise<void> {
  await enqueueJob(tx, escalationJobKind, { studyId, step: 'plan' }, { maxAttempts });
}

/**
 * Adds the job of one escalation step due at the instant `runAt` (absolute: the due time follows
 * the study's own timestamps, not the time the previous step happened to run).
 */
export async function scheduleStep(
  tx: DbOrTx,
  studyId: string,
  step: Exclude<EscalationStep, 'plan'>,
  runAt: Date,
): Promise<void> {
  await tx
    .insert(jobs)
    .values({ kind: escalationJobKind, payload: { studyId, step }, maxAttempts, runAt });
}
