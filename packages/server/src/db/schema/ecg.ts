import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  AnalysisSummary,
  RecordSummary,
  ReportStatement,
  StudyRejection,
  StudyTriage,
} from '@gesang/domain';
import { organisations } from './organisations.js';
import { patients } from './patients.js';
import { users } from './users.js';

/**
 * PostgreSQL's 64-bit transaction id (`xid8`, PostgreSQL ≥ 13), read and written as its decimal
 * text so JavaScript never rounds it.
 */
const xid8 = customType<{ data: string; driverData: string }>({
  dataType: () => 'xid8',
});

/** Uploaded files, kept byte for byte in the file store under their SHA-256 (lower-case hex). */
export const storedFiles = pgTable('stored_files', {
  sha256: text('sha256').primaryKey(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Tokens with which a cart gateway uploads for one organisation (`Authorization: Bearer`). Only
 * the SHA-256 of the token is stored; the token itself is shown once, at creation.
 */
export const deviceTokens = pgTable(
  'device_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('device_tokens_hash_key').on(t.tokenHash),
    index('device_tokens_org_idx').on(t.orgId),
  ],
);

/** Clinical context the county adds at upload (stored as given; null fields unknown). */
export interface StoredClinicalContext {
  chestPain: boolean | null;
  onsetAt: string | null;
  firstMedicalContactAt: string | null;
}

/**
 * One uploaded ECG and its way through analysis, claim and signature. `(org_id, idempotency_key)`
 * is unique: a repeated upload with the same key finds the first study, never makes a second.
 */
export const ecgStudies = pgTable(
  'ecg_studies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    /** Set instead of `uploadedBy` when a cart gateway uploaded with a device token. */
    uploadedByDevice: uuid('uploaded_by_device').references(() => deviceTokens.id),
    idempotencyKey: text('idempotency_key').notNull(),
    fileSha256: text('file_sha256')
      .notNull()
      .references(() => storedFiles.sha256),
    fileName: text('file_name'),
    status: text('status').notNull().default('received'),
    patientId: uuid('patient_id').references(() => patients.id),
    triageLevel: text('triage_level'),
    /** Sort key of the triage level: 0 critical, 1 urgent, 2 routine. */
    triageRank: integer('triage_rank'),
    triage: jsonb('triage').$type<StudyTriage>(),
    analysis: jsonb('analysis').$type<AnalysisSummary>(),
    record: jsonb('record').$type<RecordSummary>(),
    rejection: jsonb('rejection').$type<StudyRejection>(),
    clinicalContext: jsonb('clinical_context').$type<StoredClinicalContext>().notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    analysedAt: timestamp('analysed_at', { withTimezone: true }),
    rejectedAt: timestamp('rejected_at', { withTimezone: true }),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    claimedBy: uuid('claimed_by').references(() => users.id),
    signedBy: uuid('signed_by').references(() => users.id),
    slaDueAt: timestamp('sla_due_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('ecg_studies_idempotency_key').on(t.orgId, t.idempotencyKey),
    index('ecg_studies_org_received_idx').on(t.orgId, t.receivedAt),
    index('ecg_studies_worklist_idx')
      .on(t.orgId, t.triageRank, t.receivedAt)
      .where(sql`status in ('analysed', 'claimed')`),
    index('ecg_studies_patient_idx').on(t.patientId),
  ],
);

/**
 * The outbox: one row per state change of a study, written in the same transaction as the change.
 * `tx_id` is the writing transaction's id; readers deliver only rows whose transaction is older
 * than every transaction still running, so a row committed late is never skipped.
 */
export const ecgStudyEvents = pgTable(
  'ecg_study_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    txId: xid8('tx_id')
      .notNull()
      .default(sql`pg_current_xact_id()`),
    studyId: uuid('study_id')
      .notNull()
      .references(() => ecgStudies.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').notNull(),
    actorUserId: uuid('actor_user_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('ecg_study_events_tx_idx').on(t.txId, t.id),
    index('ecg_study_events_study_idx').on(t.studyId, t.id),
  ],
);

/**
 * Durable background jobs, claimed with `FOR UPDATE SKIP LOCKED`. A job whose lock expired (its
 * process died) is taken over; failures retry with backoff until `max_attempts`.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lockedBy: text('locked_by'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lastError: text('last_error'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    /** True when the job gave up after `max_attempts` (then `done_at` is set too). */
    failed: boolean('failed').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('jobs_due_idx')
      .on(t.runAt, t.id)
      .where(sql`done_at is null`),
  ],
);

/** Signed report versions of a study: version 1 at signing, one more per amendment. */
export const ecgReports = pgTable(
  'ecg_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    studyId: uuid('study_id')
      .notNull()
      .references(() => ecgStudies.id),
    version: integer('version').notNull(),
    statements: jsonb('statements').$type<ReportStatement[]>().notNull(),
    conclusion: text('conclusion').notNull(),
    signedBy: uuid('signed_by')
      .notNull()
      .references(() => users.id),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow(),
    amendmentReason: text('amendment_reason'),
  },
  (t) => [unique('ecg_reports_study_version_key').on(t.studyId, t.version)],
);
