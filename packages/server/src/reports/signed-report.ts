/**
 * The signed report of a study as every output renders it (PDF, FHIR, HL7 v2): the study with its
 * latest report version, the organisation that uploaded it and the one whose reader signed it.
 */
import { GesangError, type ReportVersion, type Study } from '@gesang/domain';
import { readEcgFile, type EcgRecord } from '@gesang/ecg-formats';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { AuthContext } from '../auth/auth-context.js';
import type { DbOrTx } from '../db/database.js';
import { auditEvents, organisations } from '../db/schema/index.js';
import { loadStudy } from '../ecg/study-mapping.js';
import { assertStudyVisible, ecgScope } from '../ecg/visibility.js';
import type { FileStore } from '../files/file-store.js';

/** An organisation as a report names it. */
export interface ReportOrg {
  id: string;
  /** Short code (HL7 MSH sending/receiving facility). */
  code: string;
  nameZh: string;
  nameEn: string;
  nameBo: string | null;
}

/** A signed study with everything its report outputs print. */
export interface SignedReport {
  study: Study & { report: ReportVersion };
  /** The latest version (also `study.report`). */
  report: ReportVersion;
  /** The county (or other organisation) that uploaded the ECG. */
  uploadingOrg: ReportOrg;
  /** The organisation the reader acted for when signing this version; null if not recorded. */
  readingOrg: ReportOrg | null;
}

async function loadOrg(db: DbOrTx, id: string): Promise<ReportOrg | null> {
  const [row] = await db
    .select({
      id: organisations.id,
      code: organisations.code,
      nameZh: organisations.nameZh,
      nameEn: organisations.nameEn,
      nameBo: organisations.nameBo,
    })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row ?? null;
}

/**
 * The organisation the signer acted for when signing (or amending to) `version`: the acting
 * organisation of the audit row written in the signing transaction. Report versions do not store
 * it themselves; the audit log is append-only, so this is as durable as the report.
 */
async function readingOrgId(
  db: DbOrTx,
  studyId: string,
  signerId: string,
  version: number,
): Promise<string | null> {
  const rows = await db
    .select({ orgId: auditEvents.actingOrgId, details: auditEvents.details })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.actorUserId, signerId),
        eq(auditEvents.resourceId, studyId),
        inArray(auditEvents.action, ['ecg.report.sign', 'ecg.report.amend']),
      ),
    )
    .orderBy(desc(auditEvents.at));
  const row = rows.find((r) => r.details.version === version) ?? rows[0];
  return row?.orgId ?? null;
}

/**
 * The signed report of `studyId` as `auth` may see it: 404 when the study is not visible to the
 * caller's organisation (exactly as for a missing one) or not signed yet.
 * @example const signed = await loadSignedReport(db, requireAuth(request), request.params.id);
 */
export async function loadSignedReport(
  db: DbOrTx,
  auth: AuthContext,
  studyId: string,
): Promise<SignedReport> {
  const visible = await assertStudyVisible(db, await ecgScope(db, auth), studyId);
  const study = await loadStudy(db, visible.id);
  const report = study?.report ?? null;
  if (study === null || report === null || study.status !== 'signed') {
    throw GesangError.notFound('Signed ECG report');
  }
  const uploadingOrg = await loadOrg(db, study.orgId);
  if (uploadingOrg === null) {
    throw GesangError.notFound('ECG study');
  }
  const readingId = await readingOrgId(db, study.id, report.signedBy.id, report.version);
  const readingOrg = readingId === null ? null : await loadOrg(db, readingId);
  return { study: { ...study, report }, report, uploadingOrg, readingOrg };
}

/**
 * The study's original file, read again from the content-addressed store (the database keeps only
 * a summary, never the samples).
 * @throws GesangError 500 when the stored file no longer reads (it read at ingest).
 */
export async function readStudyRecord(files: FileStore, sha256: string): Promise<EcgRecord> {
  let bytes: Uint8Array;
  try {
    bytes = await files.read(sha256);
  } catch (error) {
    throw new GesangError(500, 'internal', 'The study’s original file is missing from the store', {
      cause: error,
    });
  }
  try {
    return readEcgFile(bytes);
  } catch (error) {
    throw new GesangError(500, 'internal', 'The study’s original file no longer reads', {
      cause: error,
    });
  }
}
