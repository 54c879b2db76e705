import {
  GesangError,
  addIdentifierBodySchema,
  idParamsSchema,
  patientSchema,
} from '@gesang/domain';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { patientIdentifiers, patients } from '../db/schema/index.js';
import {
  assertAgreesWithResidentId,
  checkIdentifier,
  duplicateIdentifier,
  identifierOwner,
  isUniqueViolation,
} from './identifier-rules.js';
import { loadPatient } from './patient-mapping.js';
import { assertPatientVisible, patientScope, visiblePatientIds } from './visibility.js';

/**
 * POST /api/patients/:id/identifiers: adds an MRN (of the active organisation unless `orgId`
 * names one the caller administers) or another identifier to a visible patient. 201 with the
 * patient when added, 200 when the patient already held it; 409 `duplicate_identifier` (field
 * body.value) when another patient holds it; 409 `conflict` for a second, different resident ID.
 * Audited as `patient.identifier.add` (system and organisation, never the value).
 */
export function addIdentifierRoute(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.post(
    '/api/patients/:id/identifiers',
    {
      config: { permission: 'patient:write' },
      schema: {
        tags: ['patients'],
        summary: 'Add an identifier (MRN, resident ID, ...)',
        params: idParamsSchema,
        body: addIdentifierBodySchema,
        response: { 200: patientSchema, 201: patientSchema },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const { id } = request.params;
      const scope = await patientScope(db, auth);
      await assertPatientVisible(db, scope, id);
      const identifier = await checkIdentifier(db, auth, request.body, 'body');
      const current = await loadPatient(db, id);
      if (identifier.system === 'resident-id') {
        const held = current.identifiers.find((i) => i.system === 'resident-id');
        if (held !== undefined && held.value !== identifier.value) {
          throw GesangError.conflict(
            'This patient already has a different resident ID',
            'body.value',
          );
        }
        assertAgreesWithResidentId(
          identifier.value,
          { birthDate: current.birthDate, sex: current.sex },
          { birthDate: 'body.value', sex: 'body.value' },
        );
      }
      const owner = await identifierOwner(db, identifier);
      if (owner !== null && owner !== id) {
        const visible = await visiblePatientIds(db, scope, [owner]);
        throw duplicateIdentifier('body.value', visible.has(owner) ? owner : undefined);
      }
      const added = owner === null;
      const patient = await db
        .transaction(async (tx) => {
          if (added) {
            await tx.insert(patientIdentifiers).values({ patientId: id, ...identifier });
            await tx.update(patients).set({ updatedAt: new Date() }).where(eq(patients.id, id));
          }
          await writeAudit(tx, request, {
            action: 'patient.identifier.add',
            resourceType: 'patient',
            resourceId: id,
            patientId: id,
            details: { system: identifier.system, orgId: identifier.orgId, added },
          });
          return loadPatient(tx, id);
        })
        .catch((error: unknown) => {
          throw isUniqueViolation(error) ? duplicateIdentifier('body.value') : error;
        });
      return reply.status(added ? 201 : 200).send(patient);
    },
  );
}
