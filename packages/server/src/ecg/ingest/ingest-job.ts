import { and, eq, sql } from 'drizzle-orm';
import type { Config } from '../../config/config.js';
import type { Db, DbOrTx } from '../../db/database.js';
import { ecgStudies } from '../../db/schema/index.js';
import type { FileStore } from '../../files/file-store.js';
import type { JobHandler } from '../../jobs/job-runner.js';
import { signalChannels, type Signals } from '../../jobs/signals.js';
import { scheduleEscalation } from '../../escalation/schedule.js';
import { slaMinutesFor, triageRank } from '../sla.js';
import { writeStudyEvent } from '../study-events.js';
import type { IngestOutcome } from './analyse-bytes.js';
import type { IngestPool } from './ingest-pool.js';

/** The job kind that reads and analyses an upload. */
export const ingestJobKind = 'ecg.ingest';

/** What the ingest job needs. */
export interface IngestDeps {
  db: Db;
  files: FileStore;
  pool: IngestPool;
  config: Pick<Config, 'slaMinutes' | 'escalation'>;
  signals: Signals;
}

/**
 * Applies an outcome to a study still `received`, with its outbox event: analysed (triage, SLA
 * due time = receipt + the level's minutes, the first escalation timer) or rejected (the reader's code, message, offset and
 * field; the file stays in the store for inspection).
 * @returns false when the study had left `received` already (nothing changed).
 */
export async function applyIngestOutcome(
  tx: DbOrTx,
  studyId: string,
  outcome: IngestOutcome,
  config: Pick<Config, 'slaMinutes' | 'escalation'>,
): Promise<boolean> {
  const received = and(eq(ecgStudies.id, studyId), eq(ecgStudies.status, 'received'));
  if (outcome.kind === 'analysed') {
    const level = outcome.triage.level;
    const [row] = await tx
      .update(ecgStudies)
      .set({
        status: 'analysed',
        triageLevel: level,
        triageRank: triageRank[level],
        triage: outcome.triage,
        analysis: outcome.analysis,
        record: outcome.record,
        analysedAt: sql`now()`,
        slaDueAt: sql`${ecgStudies.receivedAt} + ${slaMinutesFor(level, config)}::int * interval '1 minute'`,
        updatedAt: sql`now()`,
      })
      .where(received)
      .returning({
        orgId: ecgStudies.orgId,
        analysedAt: ecgStudies.analysedAt,
        slaDueAt: ecgStudies.slaDueAt,
      });
    if (row?.analysedAt == null) {
      return false;
    }
    await writeStudyEvent(tx, {
      studyId,
      orgId: row.orgId,
      kind: 'analysed',
      actorUserId: null,
      payload: { status: 'analysed', triageLevel: level, slaDueAt: row.slaDueAt?.toISOString() },
    });
    await scheduleEscalation(tx, studyId, config.escalation[level], row.analysedAt, row.slaDueAt);
    return true;
  }
  const [row] = await tx
    .update(ecgStudies)
    .set({
      status: 'rejected',
      rejection: outcome.rejection,
      record: outcome.record,
      rejectedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(received)
    .returning({ orgId: ecgStudies.orgId });
  if (row === undefined) {
    return false;
  }
  await writeStudyEvent(tx, {
    studyId,
    orgId: row.orgId,
    kind: 'rejected',
    actorUserId: null,
    payload: { status: 'rejected', code: outcome.rejection.code },
  });
  return true;
}

const studyIdOf = (payload: Record<string, unknown>): string => {
  const id = payload.studyId;
  if (typeof id !== 'string') {
    throw new Error('ecg.ingest job without a studyId');
  }
  return id;
};

/**
 * The `ecg.ingest` job: the worker-thread pool reads the stored file, parses and analyses it;
 * then in one transaction applies the outcome, writes the event and completes the job. After the
 * last failed attempt the study is rejected as `analysis-failed` (file kept).
 */
export function ingestJobHandler(deps: IngestDeps): JobHandler {
  return {
    kind: ingestJobKind,
    run: async ({ job, complete }) => {
      const studyId = studyIdOf(job.payload);
      const [study] = await deps.db
        .select({ status: ecgStudies.status, sha256: ecgStudies.fileSha256 })
        .from(ecgStudies)
        .where(eq(ecgStudies.id, studyId));
      if (study?.status !== 'received') {
        return; // done before (a retry after a lost completion) or gone
      }
      const outcome = await deps.pool.run({ path: deps.files.pathOf(study.sha256) });
      await deps.db.transaction(async (tx) => {
        await applyIngestOutcome(tx, studyId, outcome, deps.config);
        await complete(tx);
      });
      deps.signals.emit(signalChannels.studyEvents);
    },
    giveUp: async (tx, job, error) => {
      const outcome: IngestOutcome = {
        kind: 'rejected',
        record: null,
        rejection: {
          code: 'analysis-failed',
          message: `Analysis failed after ${job.attempts} attempts (${error.slice(0, 300)}); the file is kept for inspection.`,
          byteOffset: null,
          field: null,
        },
      };
      await applyIngestOutcome(tx, studyIdOf(job.payload), outcome, deps.config);
      // Emitted before the commit: the tail reads only committed rows, and polls again anyway.
      deps.signals.emit(signalChannels.studyEvents);
    },
  };
}
