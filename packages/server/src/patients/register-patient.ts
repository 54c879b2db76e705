import type { CreatePatientResult } from '@gesang/domain';
import type { FastifyRequest } from 'fastify';
import { writeAudit } from '../audit/write-audit.js';
import type { Tx } from '../db/database.js';
import {
  patientDuplicateFlags,
  patientIdentifiers,
  patientOrgs,
  patients,
} from '../db/schema/index.js';
import { findDuplicates } from './duplicate-candidates.js';
import { identifierOwner } from './identifier-rules.js';
import { addMissingIdentifiers, linkExistingPatient } from './link-patient.js';
import type { RegisterContext } from './new-patient.js';
import { loadPatient, loadPatients } from './patient-mapping.js';
import { visiblePatientIds } from './visibility.js';

/**
 * Registers a patient inside `tx`: links the existing master record when the resident ID is
 * known, else inserts the patient, its identifiers (MRNs already belonging to the active
 * organisation when no orgId was given), its link to the active organisation and a flag per
 * likely duplicate, and audits `patient.create` (or `patient.link`) in the same transaction.
 * @param tx the transaction.
 * @param request the HTTP request (for the audit's actor).
 * @param context active organisation, visibility scope and validated input.
 * @returns the contract's CreatePatientResult.
 */
export async function registerPatient(
  tx: Tx,
  request: FastifyRequest,
  context: RegisterContext,
): Promise<CreatePatientResult> {
  const { input, scope } = context;
  const residentId = input.identifiers.find((i) => i.system === 'resident-id');
  if (residentId !== undefined) {
    const existing = await identifierOwner(tx, residentId);
    if (existing !== null) {
      return linkExistingPatient(tx, request, context, existing);
    }
  }
  await addMissingIdentifiers(tx, scope, null, input.identifiers);
  const [row] = await tx
    .insert(patients)
    .values({
      nameZh: input.nameZh,
      nameBo: input.nameBo,
      namePinyin: input.namePinyin,
      pinyinKey: input.pinyinKey,
      sex: input.sex,
      birthDate: input.birthDate,
      createdByOrgId: context.activeOrgId,
    })
    .returning({ id: patients.id });
  if (row === undefined) {
    throw new Error('insert returned nothing');
  }
  const id = row.id;
  if (input.identifiers.length > 0) {
    await tx.insert(patientIdentifiers).values(
      input.identifiers.map(({ system, value, orgId }) => ({
        patientId: id,
        system,
        value,
        orgId,
      })),
    );
  }
  await tx.insert(patientOrgs).values({ patientId: id, orgId: context.activeOrgId });
  const matches = await findDuplicates(tx, { id, ...input });
  if (matches.length > 0) {
    await tx
      .insert(patientDuplicateFlags)
      .values(
        matches.map((m) => ({ patientId: id, candidateId: m.patientId, reasons: m.reasons })),
      );
  }
  const visible = await visiblePatientIds(
    tx,
    scope,
    matches.map((m) => m.patientId),
  );
  const details = new Map((await loadPatients(tx, [...visible])).map((p) => [p.id, p]));
  const possibleDuplicates = matches.map((m) => {
    const patient = details.get(m.patientId);
    return {
      patientId: m.patientId,
      reasons: m.reasons,
      visible: patient !== undefined,
      ...(patient === undefined ? {} : { patient }),
    };
  });
  await writeAudit(tx, request, [
    {
      action: 'patient.create',
      resourceType: 'patient',
      resourceId: id,
      patientId: id,
      details: {
        orgId: context.activeOrgId,
        identifiers: input.identifiers.map((i) => i.system),
        possibleDuplicates: matches.length,
      },
    },
    // The visible candidates' details are shown to the caller: a read like any other.
    ...[...details.keys()].map((candidateId) => ({
      action: 'patient.read',
      resourceType: 'patient',
      resourceId: candidateId,
      patientId: candidateId,
      details: { via: 'duplicate-check', newPatientId: id },
    })),
  ]);
  return { patient: await loadPatient(tx, id), created: true, possibleDuplicates };
}
