import type { EcgTriageLevel, StudyPerson } from '@gesang/domain';
import { eq } from 'drizzle-orm';
import type { Config } from '../config/config.js';
import type { Tx } from '../db/database.js';
import type { ecgStudies } from '../db/schema/index.js';
import { ecgEscalations, ecgSlaBreaches, users } from '../db/schema/index.js';
import { coordinatorRecipients, dutyAtTargets, unclaimedRecipients } from './recipients.js';
import { uniqueRecipients, writeAlerts, type AlertRecipient } from './write-alerts.js';

/** The study's state, read under a row lock by the escalation job. */
export type LockedStudy = Pick<
  typeof ecgStudies.$inferSelect,
  'id' | 'orgId' | 'status' | 'analysedAt' | 'slaDueAt' | 'claimedBy' | 'claimedAt' | 'signedAt'
> & { triageLevel: EcgTriageLevel };

/** What a step needs from the configuration. */
export type StepConfig = Pick<Config, 'rosterTimeZone'>;

async function holder(tx: Tx, study: LockedStudy): Promise<StudyPerson | null> {
  if (study.claimedBy === null) {
    return null;
  }
  const [row] = await tx
    .select({ displayName: users.displayName })
    .from(users)
    .where(eq(users.id, study.claimedBy));
  return { id: study.claimedBy, displayName: row?.displayName ?? '' };
}

/** Records an alert step once (per study and step) and alerts its recipients. */
async function alertStep(
  tx: Tx,
  study: LockedStudy,
  step: 'unclaimed' | 'unsigned',
  dueAt: Date,
  now: Date,
  recipients: AlertRecipient[],
): Promise<void> {
  const unique = uniqueRecipients(recipients);
  const [escalation] = await tx
    .insert(ecgEscalations)
    .values({
      studyId: study.id,
      step,
      dueAt,
      firedAt: now,
      studyStatus: study.status,
      heldBy: study.claimedBy,
      recipients: unique.length,
    })
    .onConflictDoNothing()
    .returning({ id: ecgEscalations.id });
  if (escalation === undefined) {
    return; // fired before
  }
  await writeAlerts(
    tx,
    {
      studyId: study.id,
      orgId: study.orgId,
      reason: step,
      triageLevel: study.triageLevel,
      slaDueAt: study.slaDueAt,
      claimedBy: await holder(tx, study),
      escalationId: escalation.id,
      at: now,
    },
    unique,
  );
}

/**
 * Takes one escalation step for an open study, judged on its state now:
 * - `unclaimed` (still analysed, nobody holds it): alert the hub's on-call cardiologist and the
 *   backup readers on duty; nothing when it has been claimed meanwhile;
 * - `unsigned` (analysed or claimed): alert the reading centre's coordinator;
 * - `breach` (not signed by the SLA due time): record the breach with its cause (`unclaimed` or
 *   `claimed_not_signed`) and who held the study, and alert the coordinator and the holder.
 * Each is recorded at most once per study.
 */
export async function performStep(
  tx: Tx,
  config: StepConfig,
  study: LockedStudy,
  step: 'unclaimed' | 'unsigned' | 'breach',
  dueAt: Date,
  now: Date,
): Promise<void> {
  if (step === 'unclaimed' && study.status !== 'analysed') {
    return;
  }
  const duty = await dutyAtTargets(tx, study.orgId, now, config.rosterTimeZone);
  if (step === 'unclaimed') {
    await alertStep(tx, study, step, dueAt, now, unclaimedRecipients(duty));
    return;
  }
  if (step === 'unsigned') {
    await alertStep(tx, study, step, dueAt, now, coordinatorRecipients(duty));
    return;
  }
  const [breach] = await tx
    .insert(ecgSlaBreaches)
    .values({
      studyId: study.id,
      orgId: study.orgId,
      triageLevel: study.triageLevel,
      slaDueAt: study.slaDueAt ?? dueAt,
      recordedAt: now,
      cause: study.status === 'claimed' ? 'claimed_not_signed' : 'unclaimed',
      heldBy: study.claimedBy,
      claimedAt: study.claimedAt,
    })
    .onConflictDoNothing()
    .returning({ studyId: ecgSlaBreaches.studyId });
  if (breach === undefined) {
    return;
  }
  const recipients = coordinatorRecipients(duty);
  if (study.claimedBy !== null) {
    recipients.push({ userId: study.claimedBy, recipientRole: 'holder' });
  }
  await writeAlerts(
    tx,
    {
      studyId: study.id,
      orgId: study.orgId,
      reason: 'breach',
      triageLevel: study.triageLevel,
      slaDueAt: study.slaDueAt,
      claimedBy: await holder(tx, study),
      at: now,
    },
    recipients,
  );
}
