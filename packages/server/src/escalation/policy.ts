import type { EcgTriageLevel } from '@gesang/domain';
import { z } from 'zod';

/** Minutes after analysis at which an open study escalates. */
export interface EscalationSteps {
  /** Still unclaimed → the backup readers and the hub's on-call cardiologist are alerted. */
  unclaimedMin: number;
  /** Still unsigned → the reading centre's coordinator is alerted. */
  unsignedMin: number;
}

/** Escalation steps per triage level; null turns the alerts off for that level. */
export type EscalationPolicy = Record<EcgTriageLevel, EscalationSteps | null>;

/**
 * An environment value `unclaimed,unsigned` (minutes after analysis, unclaimed ≤ unsigned) or
 * `off`. Breaches are always recorded at the level's SLA due time (GESANG_SLA_*_MIN).
 * @example escalationStepsEnv.parse('2,5') // { unclaimedMin: 2, unsignedMin: 5 }
 */
export const escalationStepsEnv = z
  .string()
  .trim()
  .regex(/^(off|\d{1,5},\d{1,5})$/, '"unclaimed,unsigned" minutes (e.g. 2,5) or off')
  .transform((value): EscalationSteps | null => {
    if (value === 'off') {
      return null;
    }
    const [unclaimedMin = 0, unsignedMin = 0] = value.split(',').map(Number);
    return { unclaimedMin, unsignedMin };
  })
  .refine(
    (steps) =>
      steps === null ||
      (steps.unclaimedMin >= 1 &&
        steps.unclaimedMin <= steps.unsignedMin &&
        steps.unsignedMin <= 10_080),
    'minutes from 1 to 10080, unclaimed first',
  );

/** A step of a study's escalation: what happens, and when (ms since the epoch). */
export interface PlannedStep {
  step: 'unclaimed' | 'unsigned' | 'breach';
  atMs: number;
}

/**
 * The escalation steps of one study in time order: the two alerts (analysis + the level's
 * minutes) unless turned off, and the breach check at the SLA due time.
 * @example planSteps({ unclaimedMin: 2, unsignedMin: 5 }, analysedAt, slaDueAt)
 */
export function planSteps(
  steps: EscalationSteps | null,
  analysedAt: Date,
  slaDueAt: Date | null,
): PlannedStep[] {
  const plan: PlannedStep[] = [];
  if (steps !== null) {
    plan.push(
      { step: 'unclaimed', atMs: analysedAt.getTime() + steps.unclaimedMin * 60_000 },
      { step: 'unsigned', atMs: analysedAt.getTime() + steps.unsignedMin * 60_000 },
    );
  }
  if (slaDueAt !== null) {
    plan.push({ step: 'breach', atMs: slaDueAt.getTime() });
  }
  // Stable: at equal times the order above holds (unclaimed, unsigned, breach).
  return plan.sort((a, b) => a.atMs - b.atMs);
}
