import type { CreatePatientResult } from '@gesang/domain';
import type { FastifyRequest } from 'fastify';
import { auditAfterRollback, writeAudit } from '../audit/write-audit.js';
import type { Tx } from '../db/database.js';
import { eq } from 'drizzle-orm';
import { GesangError } from '@gesang/domain';
import { patientIdentifiers, patientOrgs, patients } from '../db/schema/index.js';
import { duplicateIdentifier, identifierOwner } from './identifier-rules.js';
import type { NewPatient, RegisterContext } from './new-patient.js';
import { loadPatient } from './patient-mapping.js';
import { visiblePatientIds, type PatientScope } from './visibility.js';

/**
 * Adds the identifiers `patientId` does not hold yet; 409 `duplicate_identifier` naming the
 * request field when another patient holds one (its id only when visible).
 * @param tx the transaction.
 * @param scope the caller's visibility scope.
 * @param patientId the patient receiving them, or null to only check they are free.
 * @param list checked identifiers.
 * @returns the identifiers that were (or, for null, would be) added.
 */
export async function addMissingIdentifiers(
  tx: Tx,
  scope: PatientScope,
  patientId: string | null,
  list: NewPatient['identifiers'],
): Promise<NewPatient['identifiers']> {
  const missing: NewPatient['identifiers'] = [];
  for (const identifier of list) {
    const owner = await identifierOwner(tx, identifier);
    if (owner !== null && owner !== patientId) {
      const visible = await visiblePatientIds(tx, scope, [owner]);
      throw duplicateIdentifier(
        `${identifier.field}.value`,
        visible.has(owner) ? owner : undefined,
      );
    }
    if (owner === null) {
      missing.push(identifier);
    }
  }
  if (patientId !== null && missing.length > 0) {
    await tx
      .insert(patientIdentifiers)
      .values(missing.map(({ system, value, orgId }) => ({ patientId, system, value, orgId })));
  }
  return missing;
}

/**
 * Master patient index: the resident ID is already known, so instead of a second record the
 * existing one is linked to the active organisation (patient_orgs, plus any new MRN), which makes
 * it visible there. Audited as `patient.link`; the person presenting their ID card is the
 * evidence of care.
 * @param tx the transaction.
 * @param request the HTTP request (for the audit's actor).
 * @param context active organisation, visibility scope and validated input.
 * @param patientId the master record holding the resident ID.
 * @returns created:false with the linked patient and no duplicates.
 */
export async function linkExistingPatient(
  tx: Tx,
  request: FastifyRequest,
  context: RegisterContext,
  patientId: string,
): Promise<CreatePatientResult> {
  // A resident ID is not a secret: linking also needs the name on the card to match the master
  // record, so that typing someone's ID number does not open their record to a new hospital.
  const [existing] = await tx.select().from(patients).where(eq(patients.id, patientId));
  const input = context.input;
  const nameMatches =
    existing !== undefined &&
    ((input.nameZh !== null && input.nameZh === existing.nameZh) ||
      (input.nameBo !== null && input.nameBo === existing.nameBo) ||
      (input.pinyinKey !== null && input.pinyinKey === existing.pinyinKey));
  if (!nameMatches) {
    const field = input.identifiers.find((i) => i.system === 'resident-id')?.field ?? 'body';
    // The 409 rolls the transaction back; the refusal is still recorded.
    auditAfterRollback(request, {
      action: 'patient.link',
      outcome: 'denied',
      resourceType: 'patient',
      resourceId: patientId,
      patientId,
      details: { orgId: context.activeOrgId, reason: 'name_mismatch' },
    });
    throw new GesangError(
      409,
      'duplicate_identifier',
      'This resident ID is registered to a person with another name; check the ID card or ask an administrator',
      { field: `${field}.value` },
    );
  }
  const added = await addMissingIdentifiers(
    tx,
    context.scope,
    patientId,
    context.input.identifiers,
  );
  const linked = await tx
    .insert(patientOrgs)
    .values({ patientId, orgId: context.activeOrgId })
    .onConflictDoNothing()
    .returning();
  await writeAudit(tx, request, {
    action: 'patient.link',
    resourceType: 'patient',
    resourceId: patientId,
    patientId,
    details: {
      orgId: context.activeOrgId,
      evidence: 'resident-id',
      newlyLinked: linked.length > 0,
      identifiersAdded: added.map((i) => i.system),
    },
  });
  return { patient: await loadPatient(tx, patientId), created: false, possibleDuplicates: [] };
}
