import type { alertEventKind, StudyEventKind } from '@gesang/domain';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { ecgStudyEvents } from '../db/schema/index.js';
import { signalChannels } from '../jobs/signals.js';

/** One state change of a study, as written to the outbox. */
export interface NewStudyEvent {
  studyId: string;
  /** The study's uploading organisation (visibility of the event follows the study's). */
  orgId: string;
  /** A study event, or an alert (pushed only to the people its payload names). */
  kind: StudyEventKind | typeof alertEventKind;
  actorUserId: string | null;
  /** Small, no patient data: events are pushed to every reader who may see the study. */
  payload: Record<string, unknown>;
}

/**
 * Appends an outbox row inside the transaction of the state change it records, and notifies
 * PostgreSQL listeners at commit. After the commit, emit `signalChannels.studyEvents` on the
 * process's signals so this process pushes it at once too.
 * @example await writeStudyEvent(tx, { studyId, orgId, kind: 'claimed', actorUserId, payload: {} });
 */
export async function writeStudyEvent(tx: DbOrTx, event: NewStudyEvent): Promise<void> {
  // The row and the notification in one statement: one round trip fewer on every state change.
  const insert = tx.insert(ecgStudyEvents).values(event).returning({ id: ecgStudyEvents.id });
  await tx.execute(
    sql`with inserted as (${insert.getSQL()}) select pg_notify(${signalChannels.studyEvents}, '') from inserted`,
  );
}
