import { idParamsSchema, patientSchema } from '@gesang/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { loadPatient } from './patient-mapping.js';
import { assertPatientVisible, patientScope } from './visibility.js';

/**
 * GET /api/patients/:id: one visible patient with every identifier and linked organisation;
 * 404 when it does not exist or is not visible (the two are never told apart). Audited as
 * `patient.read`.
 */
export function getPatientRoute(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/patients/:id',
    {
      config: { permission: 'patient:read' },
      schema: {
        tags: ['patients'],
        summary: 'One patient',
        params: idParamsSchema,
        response: { 200: patientSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { id } = request.params;
      await assertPatientVisible(db, await patientScope(db, auth), id);
      const patient = await loadPatient(db, id);
      await writeAudit(db, request, {
        action: 'patient.read',
        resourceType: 'patient',
        resourceId: id,
        patientId: id,
        details: { via: 'get' },
      });
      return patient;
    },
  );
}
