import { GesangError, type Patient, type PatientIdentifier, type Sex } from '@gesang/domain';
import { asc, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { patientIdentifiers, patientOrgs, patients } from '../db/schema/index.js';

type PatientRow = typeof patients.$inferSelect;
type IdentifierRow = typeof patientIdentifiers.$inferSelect;

/**
 * Row → API shape.
 * @param row the `patients` row.
 * @param identifiers its identifier rows (every system and organisation).
 * @param orgIds the organisations linked to it (patient_orgs).
 */
export function toPatient(
  row: PatientRow,
  identifiers: IdentifierRow[],
  orgIds: string[],
): Patient {
  return {
    id: row.id,
    nameZh: row.nameZh,
    nameBo: row.nameBo,
    namePinyin: row.namePinyin,
    sex: row.sex as Sex,
    birthDate: row.birthDate,
    identifiers: identifiers.map((i): PatientIdentifier => ({
      system: i.system as PatientIdentifier['system'],
      value: i.value,
      orgId: i.orgId,
    })),
    orgIds,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Loads full patients (identifiers, linked organisations) in the order of `ids`. Does NOT check
 * visibility: callers pass ids that already went through visibility.ts.
 * @param db database or transaction handle.
 * @param ids patient ids; unknown ids are skipped.
 * @example const [patient] = await loadPatients(db, [id]);
 */
export async function loadPatients(db: DbOrTx, ids: readonly string[]): Promise<Patient[]> {
  if (ids.length === 0) {
    return [];
  }
  const list = [...ids];
  // Sequential on purpose: a transaction handle is one connection.
  const rows = await db.select().from(patients).where(inArray(patients.id, list));
  const identifiers = await db
    .select()
    .from(patientIdentifiers)
    .where(inArray(patientIdentifiers.patientId, list))
    .orderBy(
      asc(patientIdentifiers.createdAt),
      asc(patientIdentifiers.system),
      asc(patientIdentifiers.value),
    );
  const links = await db
    .select()
    .from(patientOrgs)
    .where(inArray(patientOrgs.patientId, list))
    .orderBy(asc(patientOrgs.createdAt), asc(patientOrgs.orgId));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const result: Patient[] = [];
  for (const id of list) {
    const row = byId.get(id);
    if (row !== undefined) {
      result.push(
        toPatient(
          row,
          identifiers.filter((i) => i.patientId === id),
          links.filter((l) => l.patientId === id).map((l) => l.orgId),
        ),
      );
    }
  }
  return result;
}

/**
 * Loads one patient; 404 when it does not exist. Visibility is the caller's job.
 * @param db database or transaction handle.
 * @param id the patient's id.
 */
export async function loadPatient(db: DbOrTx, id: string): Promise<Patient> {
  const [patient] = await loadPatients(db, [id]);
  if (patient === undefined) {
    throw GesangError.notFound('Patient');
  }
  return patient;
}
