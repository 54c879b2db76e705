import {
  GesangError,
  idParamsSchema,
  patientCandidatesQuerySchema,
  patientCandidatesSchema,
} from '@gesang/domain';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { ecgStudies } from '../db/schema/index.js';
import { loadPatients } from '../patients/patient-mapping.js';
import { patientScope, visiblePatientsCondition } from '../patients/visibility.js';
import type { EcgRuntime } from './runtime.js';
import { findCandidates } from './study-patient-matches.js';
import { probeOfFilePatient } from './study-patient-probe.js';

/**
 * GET /api/ecg/studies/:id/patient-candidates?q=: registered patients who may be the one in the
 * file, each with why (see findCandidates), strongest first; `q` adds a search by name or
 * identifier. Only patients the caller may see; only for the uploading organisation (404
 * elsewhere, exactly as for a missing study). Each patient answered is audited as read.
 */
export function studyPatientCandidatesRoute(app: FastifyInstance, runtime: EcgRuntime): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = runtime;

  r.get(
    '/api/ecg/studies/:id/patient-candidates',
    {
      config: { permission: 'patient:read' },
      schema: {
        tags: ['ecg'],
        summary: 'Registered patients who may be the patient in the study’s file',
        params: idParamsSchema,
        querystring: patientCandidatesQuerySchema,
        response: { 200: patientCandidatesSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const studyId = request.params.id;
      const [study] =
        auth.activeOrgId === null
          ? []
          : await db
              .select({
                record: ecgStudies.record,
                receivedAt: ecgStudies.receivedAt,
                patientId: ecgStudies.patientId,
              })
              .from(ecgStudies)
              .where(and(eq(ecgStudies.id, studyId), eq(ecgStudies.orgId, auth.activeOrgId)));
      if (study === undefined || auth.activeOrgId === null) {
        throw GesangError.notFound('ECG study');
      }
      const visible = visiblePatientsCondition(await patientScope(db, auth));
      const recordedOn =
        study.record?.acquisitionTime?.date ?? study.receivedAt.toISOString().slice(0, 10);
      const probe = probeOfFilePatient(study.record?.patient ?? null, recordedOn);
      const { q } = request.query;
      const matches = await findCandidates(db, visible, probe, auth.activeOrgId, q);
      const loaded = new Map(
        (
          await loadPatients(
            db,
            matches.map((m) => m.patientId),
          )
        ).map((p) => [p.id, p]),
      );
      const items = matches.flatMap((m) => {
        const patient = loaded.get(m.patientId);
        return patient === undefined ? [] : [{ patient, reasons: m.reasons }];
      });
      await writeAudit(db, request, [
        ...items.map((c) => ({
          action: 'patient.read',
          resourceType: 'patient',
          resourceId: c.patient.id,
          patientId: c.patient.id,
          details: { via: 'ecg-candidates', studyId },
        })),
        {
          action: 'ecg.study.patient-candidates',
          resourceType: 'ecg_study',
          resourceId: studyId,
          patientId: study.patientId,
          details: { q: q ?? null, count: items.length },
        },
      ]);
      return { items };
    },
  );
}
