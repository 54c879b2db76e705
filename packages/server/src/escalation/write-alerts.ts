import {
  alertEventKind,
  type Alert,
  type AlertReason,
  type AlertRecipientRole,
  type EcgTriageLevel,
  type StudyPerson,
} from '@gesang/domain';
import type { DbOrTx } from '../db/database.js';
import { ecgAlerts } from '../db/schema/index.js';
import { writeStudyEvent } from '../ecg/study-events.js';

/** One person to alert, and in which capacity. */
export interface AlertRecipient {
  userId: string;
  recipientRole: AlertRecipientRole;
}

/** What an alert is about. */
export interface AlertInput {
  studyId: string;
  /** The study's organisation. */
  orgId: string;
  reason: AlertReason;
  triageLevel: EcgTriageLevel | null;
  slaDueAt: Date | null;
  claimedBy: StudyPerson | null;
  escalationId?: string | null;
  /** When it was raised (the configured clock). */
  at: Date;
  actorUserId?: string | null;
}

/** One alert as carried in the outbox payload (`alerts[]`). */
export interface OutboxAlert {
  id: string;
  userId: string;
  recipientRole: AlertRecipientRole;
}

/** The outbox payload of an alert row: what every alert of the row shares, and who gets which. */
export type AlertPayload = Omit<
  Alert,
  'id' | 'recipientRole' | 'acknowledgedAt' | 'studyId' | 'orgId'
> & {
  alerts: OutboxAlert[];
};

/**
 * Each person once, in the first capacity given.
 * @example uniqueRecipients([{ userId: 'a', recipientRole: 'backup' }, { userId: 'a', recipientRole: 'holder' }]).length // 1
 */
export function uniqueRecipients(recipients: readonly AlertRecipient[]): AlertRecipient[] {
  return recipients.filter(
    (r, index) => recipients.findIndex((o) => o.userId === r.userId) === index,
  );
}

/**
 * Records one alert per recipient (a person named twice is alerted once, in the first capacity
 * given) and one outbox row of kind `alert` naming them, inside the caller's transaction, so the
 * alerts are pushed live to exactly those people (`event: alert`) by whichever process tails the
 * outbox. Nothing is written without recipients.
 * @returns the number of people alerted.
 */
export async function writeAlerts(
  tx: DbOrTx,
  input: AlertInput,
  recipients: readonly AlertRecipient[],
): Promise<number> {
  const unique = uniqueRecipients(recipients);
  if (unique.length === 0) {
    return 0;
  }
  const rows = await tx
    .insert(ecgAlerts)
    .values(
      unique.map((r) => ({
        studyId: input.studyId,
        orgId: input.orgId,
        userId: r.userId,
        reason: input.reason,
        recipientRole: r.recipientRole,
        escalationId: input.escalationId ?? null,
        claimedBy: input.claimedBy?.id ?? null,
        createdAt: input.at,
      })),
    )
    .returning({ id: ecgAlerts.id, userId: ecgAlerts.userId, role: ecgAlerts.recipientRole });
  const payload: AlertPayload = {
    reason: input.reason,
    triageLevel: input.triageLevel,
    slaDueAt: input.slaDueAt?.toISOString() ?? null,
    claimedBy: input.claimedBy,
    createdAt: input.at.toISOString(),
    alerts: rows.map((row) => ({
      id: row.id,
      userId: row.userId,
      recipientRole: unique.find((r) => r.userId === row.userId)?.recipientRole ?? 'backup',
    })),
  };
  await writeStudyEvent(tx, {
    studyId: input.studyId,
    orgId: input.orgId,
    kind: alertEventKind,
    actorUserId: input.actorUserId ?? null,
    payload,
  });
  return rows.length;
}
