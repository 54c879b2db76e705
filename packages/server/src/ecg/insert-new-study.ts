import { randomUUID } from 'node:crypto';
import type { StudySummary } from '@gesang/domain';
import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { auditRow, type AuditInput } from '../audit/write-audit.js';
import type { Db } from '../db/database.js';
import { ecgStudies, storedFiles } from '../db/schema/index.js';
import { defaultMaxAttempts } from '../jobs/job-queue.js';
import { signalChannels } from '../jobs/signals.js';
import { ingestJobKind } from './ingest/ingest-job.js';
import type { UploadParts } from './upload-fields.js';

/** Who uploads: a signed-in user, or a cart gateway with its device token. */
export interface Uploader {
  orgId: string;
  userId: string | null;
  device: { id: string; name: string } | null;
}

/**
 * The study row of an upload (its id apart).
 * @example db.insert(ecgStudies).values(newStudyValues(uploader, key, parts));
 */
export function newStudyValues(
  uploader: Uploader,
  key: string,
  parts: UploadParts,
): typeof ecgStudies.$inferInsert {
  return {
    orgId: uploader.orgId,
    uploadedBy: uploader.userId,
    uploadedByDevice: uploader.device?.id ?? null,
    idempotencyKey: key,
    fileSha256: parts.file.sha256,
    fileName: parts.fileName,
    clinicalContext: parts.clinicalContext,
  };
}

/**
 * The audit input of an upload (new study, repeat of its key, or key reused for another file).
 * @example writeAudit(tx, request, uploadAudit(uploader, id, parts, { repeat: false, sameFile: true }));
 */
export function uploadAudit(
  uploader: Uploader,
  studyId: string,
  parts: UploadParts,
  how: { repeat: boolean; sameFile: boolean },
): AuditInput {
  return {
    action: 'ecg.study.upload',
    outcome: how.sameFile ? 'success' : 'failure',
    resourceType: 'ecg_study',
    resourceId: studyId,
    ...(uploader.device === null
      ? {}
      : { actorUserId: null, actorUsername: `device:${uploader.device.name}` }),
    details: {
      orgId: uploader.orgId,
      deviceId: uploader.device?.id ?? null,
      repeat: how.repeat,
      sha256: parts.file.sha256,
      sizeBytes: parts.file.sizeBytes,
      ...(how.sameFile ? {} : { reason: 'idempotency key reused for a different file' }),
    },
  };
}

/**
 * The common case of an upload in one statement, one round trip: the file row, the study under a
 * key the organisation has not used, its `received` event, its ingest job, the audit row and both
 * notifications (delivered at commit), all or nothing. The study's id is chosen here, so every
 * row can name it; the dependent rows are inserted from the study insert's result, so when the
 * key was used before nothing but the (idempotent) file row is written and null is returned, and
 * the caller takes the transactional path that finds the first study. This replaces seven round
 * trips (begin, five statements, commit): on PGlite, whose one connection a transaction holds
 * throughout, that held every other request for their whole duration.
 * @param db the database (not a transaction: the statement is its own).
 * @param request the upload request (for the audit row).
 * @param uploader who uploads.
 * @param key the Idempotency-Key.
 * @param parts the stored file, its name and the clinical context.
 * @returns the new study's summary (built from what was inserted, its receipt time and its
 *   organisation's names as the statement returned them: no second round trip), or null when the
 *   key was used before.
 * @example const summary = await insertNewStudy(db, request, uploader, key, parts);
 */
export async function insertNewStudy(
  db: Db,
  request: FastifyRequest,
  uploader: Uploader,
  key: string,
  parts: UploadParts,
): Promise<StudySummary | null> {
  const id = randomUUID();
  const file = db
    .insert(storedFiles)
    .values({ sha256: parts.file.sha256, sizeBytes: parts.file.sizeBytes })
    .onConflictDoNothing();
  const study = db
    .insert(ecgStudies)
    .values({ id, ...newStudyValues(uploader, key, parts) })
    .onConflictDoNothing({ target: [ecgStudies.orgId, ecgStudies.idempotencyKey] })
    .returning({ id: ecgStudies.id, receivedAt: ecgStudies.receivedAt });
  const a = auditRow(request, uploadAudit(uploader, id, parts, { repeat: false, sameFile: true }));
  const result = await db.execute(sql`
    with f as (${file.getSQL()}),
    s as (${study.getSQL()}),
    e as (
      insert into ecg_study_events (study_id, org_id, kind, actor_user_id, payload)
      select s.id, ${uploader.orgId}::uuid, 'received', ${uploader.userId}::uuid,
        '{"status":"received"}'::jsonb
      from s),
    j as (
      insert into jobs (kind, payload, max_attempts, run_at)
      select ${ingestJobKind}, jsonb_build_object('studyId', s.id), ${defaultMaxAttempts}::int, now() from s),
    a as (
      insert into audit_events (actor_user_id, actor_username, acting_org_id, action,
        resource_type, resource_id, patient_id, outcome, ip, user_agent, details)
      select ${a.actorUserId ?? null}::uuid, ${a.actorUsername ?? null}, ${a.actingOrgId ?? null}::uuid,
        ${a.action}, ${a.resourceType ?? null}, s.id::text, null::uuid, ${a.outcome},
        ${a.ip ?? null}, ${a.userAgent ?? null}, ${JSON.stringify(a.details)}::jsonb
      from s)
    select s.received_at, o.name_zh, o.name_en, o.name_bo,
      pg_notify(${signalChannels.studyEvents}, ''), pg_notify(${signalChannels.jobs}, '')
    from s join organisations o on o.id = ${uploader.orgId}::uuid`);
  const [row] = (result as { rows: InsertedRow[] }).rows;
  return row === undefined ? null : newStudySummary(id, uploader, parts, row);
}

/** What the one statement returns of a new study. */
interface InsertedRow {
  received_at: Date | string;
  name_zh: string;
  name_en: string;
  name_bo: string | null;
}

/** The summary of a study just inserted: received, nothing read, claimed or signed yet. */
function newStudySummary(
  id: string,
  uploader: Uploader,
  parts: UploadParts,
  row: InsertedRow,
): StudySummary {
  return {
    id,
    orgId: uploader.orgId,
    orgName: { zh: row.name_zh, en: row.name_en, bo: row.name_bo },
    status: 'received',
    fileName: parts.fileName,
    patientId: null,
    filePatient: null,
    triage: null,
    rejection: null,
    clinicalContext: parts.clinicalContext,
    receivedAt: new Date(row.received_at).toISOString(),
    analysedAt: null,
    rejectedAt: null,
    claimedAt: null,
    signedAt: null,
    slaDueAt: null,
    claimedBy: null,
    signedBy: null,
  };
}
