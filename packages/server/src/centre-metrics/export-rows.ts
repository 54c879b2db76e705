import { validateCase } from '@gesang/domain';
import type { DbOrTx } from '../db/database.js';
import { loadPatients } from '../patients/patient-mapping.js';
import { patientScope, visiblePatientIds } from '../patients/visibility.js';
import type { AnalyticsContext } from './analytics-context.js';
import type { ExportPatient, ExportRow } from './export-row.js';

/** The rows of an export and how many patients they show. */
export interface ExportRows {
  rows: ExportRow[];
  /** Distinct patients whose identifiers the rows show. */
  patientsShown: number;
}

/**
 * The export rows of the counted cases, oldest first. A case's patient is shown only to a caller
 * holding `patient:read` who may see that patient (the one visibility rule, `patientScope`);
 * otherwise the patient columns stay empty and the case's figures still export.
 * @example const { rows } = await exportRows(db, context);
 */
export async function exportRows(db: DbOrTx, context: AnalyticsContext): Promise<ExportRows> {
  const { auth } = context.caller;
  const patientIds = [
    ...new Set(context.cases.flatMap((l) => (l.patientId === null ? [] : [l.patientId]))),
  ];
  const visible =
    auth.permissions.has('patient:read') && patientIds.length > 0
      ? await visiblePatientIds(db, await patientScope(db, auth), patientIds)
      : new Set<string>();
  const patients = new Map((await loadPatients(db, [...visible])).map((p) => [p.id, p]));
  const orgNames = new Map(context.orgs.map((org) => [org.id, org.name]));
  const nowMs = context.now.getTime();
  const rows = [...context.cases]
    .sort((a, b) => a.referenceMs - b.referenceMs)
    .map((loaded): ExportRow => {
      const orgId = loaded.c.orgId ?? '';
      const patient = loaded.patientId === null ? undefined : patients.get(loaded.patientId);
      const name = orgNames.get(orgId);
      return {
        caseId: loaded.c.id,
        orgName: { zh: name?.zh ?? '', en: name?.en ?? '' },
        demo: context.demo,
        c: loaded.c,
        referenceMs: loaded.referenceMs,
        patient: patient === undefined ? null : toExportPatient(patient, orgId),
        flags: validateCase(loaded.c, { nowMs }).map((flag) => flag.code),
      };
    });
  return { rows, patientsShown: patients.size };
}

function toExportPatient(
  patient: Awaited<ReturnType<typeof loadPatients>>[number],
  orgId: string,
): ExportPatient {
  const mrns = patient.identifiers.filter((i) => i.system === 'mrn');
  return {
    nameZh: patient.nameZh,
    namePinyin: patient.namePinyin,
    sex: patient.sex,
    birthDate: patient.birthDate,
    residentId: patient.identifiers.find((i) => i.system === 'resident-id')?.value ?? null,
    mrn: (mrns.find((i) => i.orgId === orgId) ?? mrns[0])?.value ?? null,
  };
}
