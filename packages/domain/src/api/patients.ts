import { z } from 'zod';

/** Administrative sex as recorded (GB/T 2261.1 codes 0 unknown, 1 male, 2 female, 9 unspecified). */
export const sexes = ['male', 'female', 'other', 'unknown'] as const;

/** Identifier systems a patient may carry. */
export const identifierSystems = ['resident-id', 'mrn', 'passport', 'insurance', 'other'] as const;

/** One identifier. An MRN belongs to the organisation that issued it. */
export const patientIdentifierSchema = z.object({
  system: z.enum(identifierSystems),
  value: z.string().trim().min(1).max(64),
  orgId: z.uuid().nullable().optional(),
});

/** A patient as returned by the API. */
export const patientSchema = z.object({
  id: z.uuid(),
  nameZh: z.string().nullable(),
  nameBo: z.string().nullable(),
  namePinyin: z.string().nullable(),
  sex: z.enum(sexes),
  birthDate: z.string().nullable(),
  identifiers: z.array(patientIdentifierSchema),
  orgIds: z.array(z.uuid()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const dateSchema = z.iso.date();

const patientFields = {
  nameZh: z.string().trim().min(1).max(100).optional(),
  nameBo: z.string().trim().min(1).max(200).optional(),
  namePinyin: z.string().trim().min(1).max(200).optional(),
  sex: z.enum(sexes),
  birthDate: dateSchema.optional(),
};

/** POST /api/patients body: at least one name. MRNs without an orgId belong to the acting organisation. */
export const createPatientBodySchema = z
  .object({
    ...patientFields,
    identifiers: z.array(patientIdentifierSchema).max(20).default([]),
  })
  .refine((p) => p.nameZh ?? p.nameBo ?? p.namePinyin, {
    message: 'give at least one of nameZh, nameBo, namePinyin',
    path: ['nameZh'],
  });

/** PATCH /api/patients/:id body. */
export const updatePatientBodySchema = z.object({
  nameZh: patientFields.nameZh.nullable(),
  nameBo: patientFields.nameBo.nullable(),
  namePinyin: patientFields.namePinyin.nullable(),
  sex: patientFields.sex.optional(),
  birthDate: dateSchema.nullable().optional(),
});

/** A likely duplicate found on create. Details only when the caller may see that patient. */
export const duplicateCandidateSchema = z.object({
  patientId: z.uuid(),
  reasons: z.array(z.enum(['same_identifier', 'same_name_birth_date', 'similar_name_birth_date'])),
  visible: z.boolean(),
  patient: patientSchema.optional(),
});

/** POST /api/patients response. */
export const createPatientResultSchema = z.object({
  patient: patientSchema,
  /** false when an existing master record with the same resident ID was linked instead. */
  created: z.boolean(),
  possibleDuplicates: z.array(duplicateCandidateSchema),
});

/** GET /api/patients query: `q` matches names in any script, or an identifier exactly. */
export const searchPatientsQuerySchema = z.object({
  q: z.string().trim().min(1).max(100).optional(),
  identifier: z.string().trim().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** POST /api/patients/:id/identifiers body. */
export const addIdentifierBodySchema = patientIdentifierSchema;

export type Patient = z.infer<typeof patientSchema>;
export type PatientIdentifier = z.infer<typeof patientIdentifierSchema>;
export type CreatePatientBody = z.infer<typeof createPatientBodySchema>;
export type CreatePatientResult = z.infer<typeof createPatientResultSchema>;
export type Sex = (typeof sexes)[number];
