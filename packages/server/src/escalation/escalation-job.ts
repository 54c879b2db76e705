import { ecgTriageLevels, type EcgTriageLevel } from '@gesang/domain';
import { eq } from 'drizzle-orm';
import type { Config } from '../config/config.js';
import type { Db, Tx } from '../db/database.js';
import { ecgStudies } from '../db/schema/index.js';
import type { JobRow } from '../jobs/job-queue.js';
import type { JobHandler } from '../jobs/job-runner.js';
import { currentTime } from './clock.js';
import { performStep, type LockedStudy } from './perform-step.js';
import { planSteps, type PlannedStep } from './policy.js';
import { escalationJobKind, scheduleStep, type EscalationStep } from './schedule.js';

/** What the escalation job needs. */
export interface EscalationDeps {
  db: Db;
  config: Pick<Config, 'escalation' | 'rosterTimeZone' | 'clock'>;
}

const steps: readonly EscalationStep[] = ['plan', 'unclaimed', 'unsigned', 'breach'];

function payloadOf(job: JobRow): { studyId: string; step: EscalationStep } {
  const { studyId, step } = job.payload;
  if (typeof studyId !== 'string' || !steps.includes(step as EscalationStep)) {
    throw new Error(`${escalationJobKind} job ${job.id} has a bad payload`);
  }
  return { studyId, step: step as EscalationStep };
}

const isLevel = (value: string | null): value is EcgTriageLevel =>
  value !== null && (ecgTriageLevels as readonly string[]).includes(value);

/** The study under a row lock (claims and signatures wait for this step), when still open. */
async function lockOpenStudy(tx: Tx, studyId: string): Promise<LockedStudy | null> {
  const [row] = await tx.select().from(ecgStudies).where(eq(ecgStudies.id, studyId)).for('update');
  if (
    row === undefined ||
    row.signedAt !== null ||
    (row.status !== 'analysed' && row.status !== 'claimed') ||
    row.analysedAt === null ||
    !isLevel(row.triageLevel)
  ) {
    return null;
  }
  return { ...row, triageLevel: row.triageLevel };
}

/** The step after `step` in the plan (by position; by time when the policy changed meanwhile). */
function nextStep(plan: PlannedStep[], step: EscalationStep, ranAt: Date): PlannedStep | undefined {
  if (step === 'plan') {
    return plan[0];
  }
  const index = plan.findIndex((p) => p.step === step);
  return index >= 0 ? plan[index + 1] : plan.find((p) => p.atMs > ranAt.getTime());
}

/**
 * The `ecg.escalation` job. The analysis schedules the first step (`scheduleEscalation`); a `plan`
 * job left in a queue by an earlier version schedules it when it runs. Each
 * step, due at its own time (analysis + the level's minutes; the breach check at the SLA due
 * time), locks the study, does nothing once it is signed, otherwise takes the step judged on the
 * study's state now, schedules the next and completes, all in one transaction. A server that was
 * down runs every overdue step at once when it starts.
 */
export function escalationJobHandler(deps: EscalationDeps): JobHandler {
  return {
    kind: escalationJobKind,
    run: async ({ job, complete }) => {
      const { studyId, step } = payloadOf(job);
      const now = currentTime(deps.config);
      await deps.db.transaction(async (tx) => {
        const study = await lockOpenStudy(tx, studyId);
        if (study?.analysedAt != null) {
          const plan = planSteps(
            deps.config.escalation[study.triageLevel],
            study.analysedAt,
            study.slaDueAt,
          );
          if (step !== 'plan') {
            const due = plan.find((p) => p.step === step)?.atMs ?? job.runAt.getTime();
            await performStep(tx, deps.config, study, step, new Date(due), now);
          }
          const next = nextStep(plan, step, job.runAt);
          if (next !== undefined) {
            await scheduleStep(tx, studyId, next.step, new Date(next.atMs));
          }
        }
        await complete(tx);
      });
    },
  };
}
