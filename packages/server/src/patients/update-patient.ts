import {
  GesangError,
  idParamsSchema,
  patientSchema,
  updatePatientBodySchema,
  type Sex,
} from '@gesang/domain';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { patientIdentifiers, patients } from '../db/schema/index.js';
import { assertAgreesWithResidentId } from './identifier-rules.js';
import { loadPatient } from './patient-mapping.js';
import { pinyinKeyOf, pinyinOfChineseName } from './patient-names.js';
import { assertPatientVisible, patientScope } from './visibility.js';

const editable = ['nameZh', 'nameBo', 'namePinyin', 'sex', 'birthDate'] as const;

/**
 * PATCH /api/patients/:id: corrects a visible patient's names, sex or birth date. Omitted fields
 * stay; null clears. A new Chinese name without new pinyin gets its pinyin recomputed, as on
 * create. Sex and birth date must still agree with the patient's resident ID. Audited as
 * `patient.update` with the names of the fields that actually changed.
 */
export function updatePatientRoute(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.patch(
    '/api/patients/:id',
    {
      config: { permission: 'patient:write' },
      schema: {
        tags: ['patients'],
        summary: 'Correct a patient',
        params: idParamsSchema,
        body: updatePatientBodySchema,
        response: { 200: patientSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { id } = request.params;
      const body = request.body;
      const scope = await patientScope(db, auth);
      return db.transaction(async (tx) => {
        await assertPatientVisible(tx, scope, id);
        // Row lock: two concurrent corrections apply one after the other, each diffing the other's result.
        const [row] = await tx.select().from(patients).where(eq(patients.id, id)).for('update');
        if (row === undefined) {
          throw GesangError.notFound('Patient');
        }
        const nameZh = body.nameZh === undefined ? row.nameZh : body.nameZh;
        let namePinyin = body.namePinyin === undefined ? row.namePinyin : body.namePinyin;
        if (body.namePinyin === undefined && nameZh !== null && nameZh !== row.nameZh) {
          namePinyin = pinyinOfChineseName(nameZh);
        }
        if (namePinyin === null && nameZh !== null) {
          namePinyin = pinyinOfChineseName(nameZh);
        }
        const next = {
          nameZh,
          nameBo: body.nameBo === undefined ? row.nameBo : body.nameBo,
          namePinyin,
          sex: body.sex ?? (row.sex as Sex),
          birthDate: body.birthDate === undefined ? row.birthDate : body.birthDate,
        };
        if (next.nameZh === null && next.nameBo === null && next.namePinyin === null) {
          throw GesangError.badRequest(
            'A patient keeps at least one of nameZh, nameBo, namePinyin',
            'body.nameZh',
          );
        }
        const [residentId] = await tx
          .select({ value: patientIdentifiers.value })
          .from(patientIdentifiers)
          .where(
            and(eq(patientIdentifiers.patientId, id), eq(patientIdentifiers.system, 'resident-id')),
          );
        if (residentId !== undefined) {
          assertAgreesWithResidentId(
            residentId.value,
            { birthDate: body.birthDate, sex: body.sex },
            { birthDate: 'body.birthDate', sex: 'body.sex' },
          );
        }
        const fields = editable.filter((field) => next[field] !== row[field]);
        if (fields.length > 0) {
          await tx
            .update(patients)
            .set({ ...next, pinyinKey: pinyinKeyOf(next.namePinyin), updatedAt: new Date() })
            .where(eq(patients.id, id));
        }
        await writeAudit(tx, request, {
          action: 'patient.update',
          resourceType: 'patient',
          resourceId: id,
          patientId: id,
          details: { fields },
        });
        return loadPatient(tx, id);
      });
    },
  );
}
