import {
  GesangError,
  type CreatePatientResult,
  type PutStudyPatientBody,
  type StudyPatientChange,
} from '@gesang/domain';
import { eq, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { AuthContext } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import type { Tx } from '../db/database.js';
import { ecgStudies, patientOrgs } from '../db/schema/index.js';
import type { NewPatient } from '../patients/new-patient.js';
import { registerPatient } from '../patients/register-patient.js';
import { assertPatientVisible, type PatientScope } from '../patients/visibility.js';
import { writeStudyEvent } from './study-events.js';
import { studyPatientEventKind } from './study-patient-view.js';

/** What the change did. */
export interface StudyPatientOutcome {
  changed: boolean;
  created: boolean;
  possibleDuplicates: CreatePatientResult['possibleDuplicates'];
}

/** Everything {@link changeStudyPatient} needs, checked before the transaction. */
export interface StudyPatientRequest {
  auth: AuthContext;
  /** The caller's active organisation, which uploaded the study. */
  orgId: string;
  studyId: string;
  scope: PatientScope;
  body: PutStudyPatientBody;
  /** The corrected details after the patient rules' checks (body.patient given). */
  input: NewPatient | null;
}

/**
 * Runs a step of the patient module, whose errors name fields of its own body
 * (`body.identifiers.0.value`): here those details sit under `body.patient`, so the field is moved.
 * @param work the step.
 * @returns what the step returns.
 * @example const input = await underPatient(() => checkNewPatient(db, auth, body.patient));
 */
export async function underPatient<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const field = error instanceof GesangError ? error.field : undefined;
    if (!(error instanceof GesangError) || field === undefined || !/^body(\.|$)/.test(field)) {
      throw error;
    }
    const moved = field.replace(/^body/, 'body.patient');
    throw new GesangError(error.status, error.code, error.message, {
      ...error.options,
      field: moved,
    });
  }
}

/**
 * Makes `orgId` one of the patient's organisations (the ECG taken there is the evidence of care),
 * audited as `patient.link` when it was not one yet.
 */
async function linkToOrganisation(
  tx: Tx,
  request: FastifyRequest,
  patientId: string,
  orgId: string,
  studyId: string,
): Promise<void> {
  const linked = await tx
    .insert(patientOrgs)
    .values({ patientId, orgId })
    .onConflictDoNothing()
    .returning();
  if (linked.length > 0) {
    await writeAudit(tx, request, {
      action: 'patient.link',
      resourceType: 'patient',
      resourceId: patientId,
      patientId,
      details: { orgId, evidence: 'ecg-study', studyId },
    });
  }
}

/**
 * Inside `tx`: locks the study, settles its patient (an existing visible patient by id, or the
 * corrected details registered or matched by the patient module's rules: same resident ID → that
 * record, unless the name differs → 409) and, when it changes, updates the study, writes its
 * `patient` outbox event and the `ecg.study.patient` audit row. After the report is signed a
 * `reason` is required (400 `body.reason`) and recorded.
 * @param tx the transaction.
 * @param request the HTTP request (audit actor).
 * @param input the checked request.
 * @returns whether the study's patient changed and whether a record was registered.
 */
export async function changeStudyPatient(
  tx: Tx,
  request: FastifyRequest,
  input: StudyPatientRequest,
): Promise<StudyPatientOutcome> {
  const { auth, orgId, studyId, body } = input;
  const [study] = await tx
    .select({ status: ecgStudies.status, patientId: ecgStudies.patientId })
    .from(ecgStudies)
    .where(eq(ecgStudies.id, studyId))
    .for('update');
  if (study === undefined) {
    throw GesangError.notFound('ECG study');
  }
  const afterSigning = study.status === 'signed';
  if (afterSigning && body.reason === undefined) {
    throw GesangError.badRequest(
      'The report is signed: give the reason for changing its patient',
      'body.reason',
    );
  }
  let outcome: StudyPatientOutcome = { changed: false, created: false, possibleDuplicates: [] };
  let patientId: string;
  if (body.patientId !== undefined) {
    patientId = body.patientId;
    await assertPatientVisible(tx, input.scope, patientId).catch((error: unknown) => {
      throw error instanceof GesangError && error.status === 404
        ? new GesangError(404, 'not_found', 'Patient not found', { field: 'body.patientId' })
        : error;
    });
    await linkToOrganisation(tx, request, patientId, orgId, studyId);
  } else if (input.input !== null) {
    const checked = input.input;
    const result = await underPatient(() =>
      registerPatient(tx, request, { activeOrgId: orgId, scope: input.scope, input: checked }),
    );
    patientId = result.patient.id;
    outcome = {
      ...outcome,
      created: result.created,
      possibleDuplicates: result.possibleDuplicates,
    };
  } else {
    throw GesangError.badRequest('give either patientId or patient', 'body.patientId');
  }
  const change: StudyPatientChange['change'] =
    body.patientId === undefined ? 'corrected' : 'matched';
  const changed = study.patientId !== patientId;
  if (changed) {
    await tx
      .update(ecgStudies)
      .set({ patientId, updatedAt: sql`now()` })
      .where(eq(ecgStudies.id, studyId));
    await writeStudyEvent(tx, {
      studyId,
      orgId,
      kind: studyPatientEventKind,
      actorUserId: auth.userId,
      // Ids only: events are pushed to every reader who may see the study.
      payload: { change, patientId, previousPatientId: study.patientId, afterSigning },
    });
  }
  await writeAudit(tx, request, {
    action: 'ecg.study.patient',
    resourceType: 'ecg_study',
    resourceId: studyId,
    patientId,
    details: {
      change,
      changed,
      previousPatientId: study.patientId,
      created: outcome.created,
      afterSigning,
      reason: body.reason ?? null,
      ...(body.patient === undefined ? {} : { corrected: correctedFields(body.patient) }),
    },
  });
  return { ...outcome, changed };
}

/** Which details were given in a correction (names of fields and identifier systems only). */
function correctedFields(patient: NonNullable<PutStudyPatientBody['patient']>): string[] {
  const fields = (['nameZh', 'nameBo', 'namePinyin', 'sex', 'birthDate'] as const).filter(
    (key) => patient[key] !== undefined,
  );
  return [...fields, ...patient.identifiers.map((i) => `identifier:${i.system}`)];
}
