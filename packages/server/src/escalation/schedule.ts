import type { DbOrTx } from '../db/database.js';
import { jobs } from '../db/schema/index.js';
import { planSteps, type EscalationSteps } from './policy.js';

/** The job kind of a study's escalation timers. */
export const escalationJobKind = 'ecg.escalation';

/** What an escalation job does: plan the timers, or take one step. */
export type EscalationStep = 'plan' | 'unclaimed' | 'unsigned' | 'breach';

/** Attempts before an escalation job gives up (a step failing ten times needs a person). */
const maxAttempts = 10;

/**
 * Starts a study's escalation timers in the transaction that makes it `analysed`: the job of the
 * plan's first step (`planSteps`: the unclaimed alert, or the breach check when the level's alerts
 * are off), due at its own time; each step schedules the next when it runs. Durable: the job
 * commits with the analysis or not at all. (Earlier versions enqueued a `plan` job that did this
 * one step later; `escalation-job.ts` still runs such jobs left in a queue.)
 * @param tx the transaction of the analysis.
 * @param studyId the study.
 * @param steps the policy of the study's triage level (null: alerts off).
 * @param analysedAt the study's analysis time (database clock).
 * @param slaDueAt its SLA due time (null: no breach check).
 * @example await scheduleEscalation(tx, studyId, config.escalation.critical, analysedAt, slaDueAt);
 */
export async function scheduleEscalation(
  tx: DbOrTx,
  studyId: string,
  steps: EscalationSteps | null,
  analysedAt: Date,
  slaDueAt: Date | null,
): Promise<void> {
  const [first] = planSteps(steps, analysedAt, slaDueAt);
  if (first !== undefined) {
    await scheduleStep(tx, studyId, first.step, new Date(first.atMs));
  }
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
