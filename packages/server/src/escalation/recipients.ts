import type { RoutingTier } from '@gesang/domain';
import type { DbOrTx } from '../db/database.js';
import { onDutyAt, type DutyEntry } from '../roster/duty.js';
import { routingTargets } from '../roster/routing.js';
import type { AlertRecipient } from './write-alerts.js';

/** A person on duty at one of a study's routing targets, with that target's tier. */
export type TargetDuty = DutyEntry & { tier: RoutingTier };

/**
 * Who is on duty at `at` at the organisations a study of `studyOrgId` is routed to.
 * @param timeZone the roster's time zone.
 */
export async function dutyAtTargets(
  db: DbOrTx,
  studyOrgId: string,
  at: Date,
  timeZone: string,
): Promise<TargetDuty[]> {
  const targets = await routingTargets(db, studyOrgId);
  const tiers = new Map(targets.map((t) => [t.orgId, t.tier]));
  const entries = await onDutyAt(
    db,
    targets.map((t) => t.orgId),
    at,
    timeZone,
  );
  return entries.map((e) => ({ ...e, tier: tiers.get(e.orgId) ?? 'hub' }));
}

/**
 * Still unclaimed: the hub's on-call cardiologist(s) and every backup reader on duty at any
 * routing target.
 * @example unclaimedRecipients(duty).map((r) => r.recipientRole) // ['on_call_cardiologist', 'backup']
 */
export function unclaimedRecipients(duty: readonly TargetDuty[]): AlertRecipient[] {
  return [
    ...duty
      .filter((d) => d.onCallCardiologist && d.tier === 'hub')
      .map((d) => ({ userId: d.userId, recipientRole: 'on_call_cardiologist' as const })),
    ...duty
      .filter((d) => d.role === 'backup')
      .map((d) => ({ userId: d.userId, recipientRole: 'backup' as const })),
  ];
}

/**
 * Still unsigned (or breached): the reading centre's coordinator on duty; when the study is not
 * routed to a reading centre or none is on duty, a coordinator of any routing target; failing
 * that, the hub's on-call cardiologist, so that somebody always hears of it.
 */
export function coordinatorRecipients(duty: readonly TargetDuty[]): AlertRecipient[] {
  const coordinators = duty.filter((d) => d.role === 'coordinator');
  const atCentre = coordinators.filter((d) => d.tier === 'reading_centre');
  const chosen = atCentre.length > 0 ? atCentre : coordinators;
  if (chosen.length > 0) {
    return chosen.map((d) => ({ userId: d.userId, recipientRole: 'coordinator' as const }));
  }
  return duty
    .filter((d) => d.onCallCardiologist && d.tier === 'hub')
    .map((d) => ({ userId: d.userId, recipientRole: 'on_call_cardiologist' as const }));
}
