import {
  studyPatientChanges,
  type StudyLinkedPatient,
  type StudyPatient,
  type StudyPatientChange,
  type StudyStatus,
} from '@gesang/domain';
import { and, desc, eq } from 'drizzle-orm';
import type { AuthContext } from '../auth/auth-context.js';
import type { DbOrTx } from '../db/database.js';
import { ecgStudies, ecgStudyEvents, users } from '../db/schema/index.js';
import { loadPatients } from '../patients/patient-mapping.js';
import { patientScope, visiblePatientIds } from '../patients/visibility.js';

/** The outbox kind of a change of a study's patient. */
export const studyPatientEventKind = 'patient';

/**
 * True when the caller may correct or match the patient of a study uploaded by `studyOrgId`: only
 * the uploading organisation (acting for it now), with `ecg:upload` or `patient:write` there.
 * @example canEditStudyPatient(auth, study.orgId) // true for the county's technician
 */
export function canEditStudyPatient(auth: AuthContext, studyOrgId: string): boolean {
  return (
    auth.activeOrgId === studyOrgId &&
    (auth.permissions.has('ecg:upload') || auth.permissions.has('patient:write'))
  );
}

/**
 * The registered patient a study belongs to, as shown with it. Names, sex and birth date travel
 * with the study (whoever may read the ECG sees whose it is); identifiers only when the caller
 * may see the patient record itself.
 * @param db database or transaction handle.
 * @param auth the caller.
 * @param patientId the study's patient, or null.
 * @returns null when the study has no patient (or the record is gone).
 */
export async function linkedPatientOf(
  db: DbOrTx,
  auth: AuthContext,
  patientId: string | null,
): Promise<StudyLinkedPatient | null> {
  if (patientId === null) {
    return null;
  }
  const [patient] = await loadPatients(db, [patientId]);
  if (patient === undefined) {
    return null;
  }
  const visible = await visiblePatientIds(db, await patientScope(db, auth), [patientId]);
  return {
    id: patient.id,
    nameZh: patient.nameZh,
    nameBo: patient.nameBo,
    namePinyin: patient.namePinyin,
    sex: patient.sex,
    birthDate: patient.birthDate,
    identifiers: visible.has(patientId) ? patient.identifiers : [],
  };
}

const changeOf = (value: unknown): StudyPatientChange['change'] =>
  studyPatientChanges.find((c) => c === value) ?? 'matched';

const idOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The study's patient changes, newest first, from its `patient` outbox events. */
async function patientHistory(db: DbOrTx, studyId: string): Promise<StudyPatientChange[]> {
  const rows = await db
    .select({ event: ecgStudyEvents, actorName: users.displayName })
    .from(ecgStudyEvents)
    .leftJoin(users, eq(users.id, ecgStudyEvents.actorUserId))
    .where(and(eq(ecgStudyEvents.studyId, studyId), eq(ecgStudyEvents.kind, studyPatientEventKind)))
    .orderBy(desc(ecgStudyEvents.id));
  return rows.flatMap(({ event, actorName }) => {
    const patientId = idOrNull(event.payload.patientId);
    if (patientId === null) {
      return [];
    }
    return [
      {
        at: event.at.toISOString(),
        by:
          event.actorUserId === null
            ? null
            : { id: event.actorUserId, displayName: actorName ?? '' },
        change: changeOf(event.payload.change),
        patientId,
        previousPatientId: idOrNull(event.payload.previousPatientId),
        afterSigning: event.payload.afterSigning === true,
      },
    ];
  });
}

/**
 * The patient block of a study for the caller: what the file says, the linked patient, whether
 * the caller may change it (and must give a reason: the report is signed), and the history.
 * Visibility of the study is the caller's job.
 * @param db database or transaction handle.
 * @param auth the caller.
 * @param studyId a study the caller may see.
 */
export async function loadStudyPatient(
  db: DbOrTx,
  auth: AuthContext,
  studyId: string,
): Promise<StudyPatient> {
  const [row] = await db
    .select({
      orgId: ecgStudies.orgId,
      status: ecgStudies.status,
      patientId: ecgStudies.patientId,
      record: ecgStudies.record,
    })
    .from(ecgStudies)
    .where(eq(ecgStudies.id, studyId));
  if (row === undefined) {
    throw new Error(`study ${studyId} vanished`);
  }
  return {
    studyId,
    status: row.status as StudyStatus,
    filePatient: row.record?.patient ?? null,
    patient: await linkedPatientOf(db, auth, row.patientId),
    canEdit: canEditStudyPatient(auth, row.orgId),
    reasonRequired: row.status === 'signed',
    history: await patientHistory(db, studyId),
  };
}
