import {
  GesangError,
  idParamsSchema,
  putStudyPatientBodySchema,
  putStudyPatientResultSchema,
  studyPatientSchema,
} from '@gesang/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { signalChannels } from '../jobs/signals.js';
import { checkNewPatient } from '../patients/create-patient.js';
import { duplicateIdentifier, isUniqueViolation } from '../patients/identifier-rules.js';
import { patientScope } from '../patients/visibility.js';
import type { EcgRuntime } from './runtime.js';
import {
  changeStudyPatient,
  underPatient,
  type StudyPatientOutcome,
} from './study-patient-change.js';
import { studyPatientCandidatesRoute } from './study-patient-candidates.js';
import { canEditStudyPatient, loadStudyPatient } from './study-patient-view.js';
import { assertStudyVisible, ecgScope } from './visibility.js';

/**
 * GET /api/ecg/studies/:id/patient: the study's patient block (what the file says, the linked
 * registered patient, whether the caller may change it, and who changed it when), for everyone
 * who may see the study; audited.
 * PUT /api/ecg/studies/:id/patient: the uploading organisation (ecg:upload or patient:write there)
 * links the study to a registered patient it may see (`patientId`) or corrects the details
 * (`patient`: registered, or matched by resident ID with the patient module's rules, 409 when the
 * name differs). Allowed in every status; once the report is signed only with a `reason`. Writes a
 * `patient` study event (readers' screens reload live) and an `ecg.study.patient` audit row.
 * Other organisations: 404 when the study is not visible to them, 403 when it is.
 * Also wires GET /api/ecg/studies/:id/patient-candidates.
 */
export function studyPatientRoutes(app: FastifyInstance, runtime: EcgRuntime): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = runtime;

  r.get(
    '/api/ecg/studies/:id/patient',
    {
      config: { permission: 'ecg:read' },
      schema: {
        tags: ['ecg'],
        summary: 'The patient of a study: from the file, the linked patient, changes',
        params: idParamsSchema,
        response: { 200: studyPatientSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const visible = await assertStudyVisible(db, await ecgScope(db, auth), request.params.id);
      const view = await loadStudyPatient(db, auth, visible.id);
      await writeAudit(db, request, [
        {
          action: 'ecg.study.patient.read',
          resourceType: 'ecg_study',
          resourceId: visible.id,
          patientId: visible.patientId,
        },
        ...(view.patient === null
          ? []
          : [
              {
                action: 'patient.read',
                resourceType: 'patient',
                resourceId: view.patient.id,
                patientId: view.patient.id,
                details: { via: 'ecg-study', studyId: visible.id },
              },
            ]),
      ]);
      return view;
    },
  );

  r.put(
    '/api/ecg/studies/:id/patient',
    {
      config: { permission: 'ecg:read' },
      schema: {
        tags: ['ecg'],
        summary: 'Link a study to a registered patient, or correct its patient details',
        params: idParamsSchema,
        body: putStudyPatientBodySchema,
        response: { 200: putStudyPatientResultSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const visible = await assertStudyVisible(db, await ecgScope(db, auth), request.params.id);
      if (!canEditStudyPatient(auth, visible.orgId)) {
        throw GesangError.forbidden(
          'Only the uploading organisation (ecg:upload or patient:write) changes the patient of its ECG',
        );
      }
      const { body } = request;
      const scope = await patientScope(db, auth);
      const given = body.patient;
      const input =
        given === undefined ? null : await underPatient(() => checkNewPatient(db, auth, given));
      const change = { auth, orgId: visible.orgId, studyId: visible.id, scope, body, input };
      const attempt = (): Promise<StudyPatientOutcome> =>
        db.transaction((tx) => changeStudyPatient(tx, request, change));
      let outcome: StudyPatientOutcome;
      try {
        outcome = await attempt();
      } catch (error) {
        if (!isUniqueViolation(error)) {
          throw error;
        }
        // A concurrent registration took the same resident ID or MRN first: try once more, which
        // links to it or answers 409 like any other taken identifier.
        outcome = await attempt().catch((again: unknown) => {
          throw isUniqueViolation(again) ? duplicateIdentifier('body.patient.identifiers') : again;
        });
      }
      if (outcome.changed) {
        runtime.signals.emit(signalChannels.studyEvents);
      }
      return {
        studyPatient: await loadStudyPatient(db, auth, visible.id),
        changed: outcome.changed,
        created: outcome.created,
        possibleDuplicates: outcome.possibleDuplicates,
      };
    },
  );

  studyPatientCandidatesRoute(app, runtime);
}
