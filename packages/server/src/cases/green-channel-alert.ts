import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { memberships, users } from '../db/schema/index.js';
import { writeAlerts } from '../escalation/write-alerts.js';

/** The hub's chest-pain team: every enabled user holding `chest_pain_coordinator` there. */
export async function hubCoordinators(db: DbOrTx, hubId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.orgId, hubId),
        eq(memberships.role, 'chest_pain_coordinator'),
        eq(users.disabled, false),
      ),
    );
  return rows.map((row) => row.id);
}

/** What the green-channel alert is about. */
export interface GreenChannelAlertInput {
  hubId: string;
  study: { id: string; orgId: string; triageLevel: string | null; slaDueAt: Date | null };
  at: Date;
  actorUserId: string;
}

/**
 * Alerts the hub's chest-pain coordinators of a new green channel through the escalation alerts
 * (reason `green_channel`, pushed live as `event: alert` to each of them and listed by
 * `GET /api/ecg/alerts`), inside the caller's transaction.
 * @returns the number of people alerted (0 when the hub has no coordinator).
 */
export async function alertGreenChannel(
  tx: DbOrTx,
  input: GreenChannelAlertInput,
): Promise<number> {
  const recipients = await hubCoordinators(tx, input.hubId);
  const level = input.study.triageLevel;
  return writeAlerts(
    tx,
    {
      studyId: input.study.id,
      orgId: input.study.orgId,
      reason: 'green_channel',
      triageLevel: level === 'critical' || level === 'urgent' || level === 'routine' ? level : null,
      slaDueAt: input.study.slaDueAt,
      claimedBy: null,
      at: input.at,
      actorUserId: input.actorUserId,
    },
    recipients.map((userId) => ({ userId, recipientRole: 'coordinator' as const })),
  );
}
