import type { ReportVersion, Study, StudyPerson, StudySummary } from '@gesang/domain';
import { desc, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { loadGreenChannel } from '../cases/green-channel-status.js';
import type { DbOrTx } from '../db/database.js';
import {
  deviceTokens,
  ecgReports,
  ecgStudies,
  organisations,
  storedFiles,
  users,
} from '../db/schema/index.js';

const uploader = alias(users, 'uploader');
const claimer = alias(users, 'claimer');
const signer = alias(users, 'signer');

const iso = (value: Date | null): string | null => (value === null ? null : value.toISOString());

const person = (id: string | null, displayName: string | null): StudyPerson | null =>
  id === null ? null : { id, displayName: displayName ?? '' };

/** A study row with its organisation's names and its people's display names. */
export interface StudyRow {
  study: typeof ecgStudies.$inferSelect;
  sizeBytes: number;
  orgZh: string;
  orgEn: string;
  orgBo: string | null;
  uploaderName: string | null;
  claimerName: string | null;
  signerName: string | null;
  deviceName: string | null;
}

/**
 * Studies matching `where`, in `orderBy` order (newest first by default), with the names joined.
 * @param db database or transaction.
 * @param where condition on `ecg_studies` (callers always include the visibility condition).
 */
export async function selectStudies(
  db: DbOrTx,
  where: SQL | undefined,
  options: { orderBy?: SQL[]; limit?: number; offset?: number } = {},
): Promise<StudyRow[]> {
  const query = db
    .select({
      study: ecgStudies,
      sizeBytes: storedFiles.sizeBytes,
      orgZh: organisations.nameZh,
      orgEn: organisations.nameEn,
      orgBo: organisations.nameBo,
      uploaderName: uploader.displayName,
      claimerName: claimer.displayName,
      signerName: signer.displayName,
      deviceName: deviceTokens.name,
    })
    .from(ecgStudies)
    .innerJoin(organisations, eq(organisations.id, ecgStudies.orgId))
    .innerJoin(storedFiles, eq(storedFiles.sha256, ecgStudies.fileSha256))
    .leftJoin(uploader, eq(uploader.id, ecgStudies.uploadedBy))
    .leftJoin(claimer, eq(claimer.id, ecgStudies.claimedBy))
    .leftJoin(signer, eq(signer.id, ecgStudies.signedBy))
    .leftJoin(deviceTokens, eq(deviceTokens.id, ecgStudies.uploadedByDevice))
    .where(where)
    .orderBy(...(options.orderBy ?? [desc(ecgStudies.receivedAt)]))
    .$dynamic();
  if (options.limit !== undefined) {
    query.limit(options.limit);
  }
  if (options.offset !== undefined) {
    query.offset(options.offset);
  }
  return query;
}

/** The list view of a joined row. */
export function toStudySummary(row: StudyRow): StudySummary {
  const s = row.study;
  return {
    id: s.id,
    orgId: s.orgId,
    orgName: { zh: row.orgZh, en: row.orgEn, bo: row.orgBo },
    status: s.status as StudySummary['status'],
    fileName: s.fileName,
    patientId: s.patientId,
    filePatient: s.record?.patient ?? null,
    triage: s.triage,
    rejection: s.rejection,
    clinicalContext: s.clinicalContext,
    receivedAt: s.receivedAt.toISOString(),
    analysedAt: iso(s.analysedAt),
    rejectedAt: iso(s.rejectedAt),
    claimedAt: iso(s.claimedAt),
    signedAt: iso(s.signedAt),
    slaDueAt: iso(s.slaDueAt),
    claimedBy: person(s.claimedBy, row.claimerName),
    signedBy: person(s.signedBy, row.signerName),
  };
}

/** Every report version of a study, newest first. */
export async function loadReportVersions(db: DbOrTx, studyId: string): Promise<ReportVersion[]> {
  const rows = await db
    .select({ report: ecgReports, signerName: users.displayName })
    .from(ecgReports)
    .innerJoin(users, eq(users.id, ecgReports.signedBy))
    .where(eq(ecgReports.studyId, studyId))
    .orderBy(desc(ecgReports.version));
  return rows.map(({ report, signerName }) => ({
    version: report.version,
    statements: report.statements,
    conclusion: report.conclusion,
    signedBy: { id: report.signedBy, displayName: signerName },
    signedAt: report.signedAt.toISOString(),
    amendmentReason: report.amendmentReason,
  }));
}

/** The whole study: the summary plus file, record, analysis and the latest report. */
export async function loadStudy(db: DbOrTx, studyId: string): Promise<Study | null> {
  const [row] = await selectStudies(db, eq(ecgStudies.id, studyId));
  if (row === undefined) {
    return null;
  }
  const [latest] = await loadReportVersions(db, studyId);
  const s = row.study;
  return {
    ...toStudySummary(row),
    idempotencyKey: s.idempotencyKey,
    file: { sha256: s.fileSha256, sizeBytes: row.sizeBytes },
    uploadedBy: person(s.uploadedBy, row.uploaderName),
    uploadedByDevice:
      s.uploadedByDevice === null ? null : { id: s.uploadedByDevice, name: row.deviceName ?? '' },
    record: s.record,
    analysis: s.analysis,
    report: latest ?? null,
    greenChannel: await loadGreenChannel(db, studyId),
  };
}

/** Summaries of the studies with these ids, in the given order. */
export async function loadStudySummaries(
  db: DbOrTx,
  ids: readonly string[],
): Promise<StudySummary[]> {
  if (ids.length === 0) {
    return [];
  }
  const rows = await selectStudies(db, inArray(ecgStudies.id, [...ids]));
  const byId = new Map(rows.map((row) => [row.study.id, toStudySummary(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
