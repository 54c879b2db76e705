import {
  GesangError,
  createPatientBodySchema,
  createPatientResultSchema,
  residentIdBirthDate,
  type CreatePatientBody,
} from '@gesang/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActiveOrg, requireAuth, type AuthContext } from '../auth/auth-context.js';
import type { DbOrTx } from '../db/database.js';
import {
  assertAgreesWithResidentId,
  checkIdentifier,
  duplicateIdentifier,
  isUniqueViolation,
} from './identifier-rules.js';
import { pinyinKeyOf, pinyinOfChineseName } from './patient-names.js';
import type { NewPatient } from './new-patient.js';
import { registerPatient } from './register-patient.js';
import { patientScope } from './visibility.js';

/**
 * Validates a create request into a {@link NewPatient}: every identifier checked (resident IDs
 * against GB 11643, one at most), a resident ID's birth date and sex must agree with the ones
 * given (a missing birth date is taken from it), and pinyin computed from the Chinese name when
 * not given.
 * @param db database handle (organisations are looked up for foreign MRNs).
 * @param auth the caller.
 * @param body the parsed request body.
 * @throws GesangError 400 naming the field at fault (`body.identifiers.N.value`, `body.birthDate`, ...).
 */
export async function checkNewPatient(
  db: DbOrTx,
  auth: AuthContext,
  body: CreatePatientBody,
): Promise<NewPatient> {
  const identifiers: NewPatient['identifiers'] = [];
  const seen = new Set<string>();
  for (const [index, input] of body.identifiers.entries()) {
    const field = `body.identifiers.${index}`;
    const checked = await checkIdentifier(db, auth, input, field);
    const key = `${checked.system}|${checked.value}|${checked.orgId ?? ''}`;
    if (seen.has(key)) {
      throw GesangError.badRequest('This identifier is given twice', `${field}.value`);
    }
    if (checked.system === 'resident-id' && identifiers.some((i) => i.system === 'resident-id')) {
      throw GesangError.badRequest('A patient has one resident ID', `${field}.value`);
    }
    seen.add(key);
    identifiers.push({ ...checked, field });
  }
  const resident = identifiers.find((i) => i.system === 'resident-id');
  const residentId = resident?.value ?? null;
  if (residentId !== null) {
    assertAgreesWithResidentId(residentId, body, { birthDate: 'body.birthDate', sex: 'body.sex' });
  }
  const birthDate =
    body.birthDate ?? (residentId === null ? null : residentIdBirthDate(residentId));
  if (birthDate !== null && birthDate > new Date().toISOString().slice(0, 10)) {
    // Name the field the date came from: the one given, or else the resident ID it was read from.
    const field =
      body.birthDate === undefined ? `${resident?.field ?? 'body'}.value` : 'body.birthDate';
    throw GesangError.badRequest('The birth date is in the future', field);
  }
  const nameZh = body.nameZh ?? null;
  const namePinyin = body.namePinyin ?? (nameZh === null ? null : pinyinOfChineseName(nameZh));
  return {
    nameZh,
    nameBo: body.nameBo ?? null,
    namePinyin,
    pinyinKey: pinyinKeyOf(namePinyin),
    sex: body.sex,
    birthDate,
    residentId,
    identifiers,
  };
}

/**
 * POST /api/patients: registers a patient for the active organisation. One master record per
 * person: when the resident ID is already known, that record is linked to the active organisation
 * instead (200, created:false; the person presenting their ID card is the evidence of care).
 * Otherwise 201 with likely duplicates, whose details are shown only when visible to the caller.
 */
export function createPatientRoute(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.post(
    '/api/patients',
    {
      config: { permission: 'patient:write' },
      schema: {
        tags: ['patients'],
        summary: 'Register a patient (or link the existing master record)',
        body: createPatientBodySchema,
        response: { 200: createPatientResultSchema, 201: createPatientResultSchema },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const activeOrgId = requireActiveOrg(auth);
      const input = await checkNewPatient(db, auth, request.body);
      const scope = await patientScope(db, auth);
      const attempt = (): ReturnType<typeof registerPatient> =>
        db.transaction((tx) => registerPatient(tx, request, { activeOrgId, scope, input }));
      let result;
      try {
        result = await attempt();
      } catch (error) {
        if (!isUniqueViolation(error)) {
          throw error;
        }
        // A concurrent request registered the same resident ID or MRN first: the second attempt
        // links to it or answers 409 like any other taken identifier.
        result = await attempt().catch((again: unknown) => {
          throw isUniqueViolation(again) ? duplicateIdentifier('body.identifiers') : again;
        });
      }
      return reply.status(result.created ? 201 : 200).send(result);
    },
  );
}
