/**
 * The cloud-ECG contract: a county's upload becomes a study that is analysed by the engine, put on
 * the readers' worklist by triage, claimed by one reader and signed as a versioned report.
 */
import { z } from 'zod';
import { greenChannelSchema } from './green-channel.js';
import {
  createPatientBodySchema,
  duplicateCandidateSchema,
  patientIdentifierSchema,
  patientSchema,
  sexes,
} from './patients.js';

/** A study's life: received → analysed | rejected; analysed → claimed → signed. */
export const studyStatuses = ['received', 'analysed', 'rejected', 'claimed', 'signed'] as const;

/** One of {@link studyStatuses}. */
export type StudyStatus = (typeof studyStatuses)[number];

/** Triage levels, most urgent first (the engine's `triageLevels`); they order the worklist. */
export const ecgTriageLevels = ['critical', 'urgent', 'routine'] as const;

/** One of {@link ecgTriageLevels}. */
export type EcgTriageLevel = (typeof ecgTriageLevels)[number];

/** Kinds of study events (the outbox rows pushed live over `GET /api/ecg/events`). */
export const studyEventKinds = [
  'received',
  'analysed',
  'rejected',
  'claimed',
  'released',
  'signed',
  'amended',
  /** The green channel of the study opened or was acknowledged by the hub. */
  'green_channel',
  /** The county matched the study to a registered patient or corrected its patient. */
  'patient',
] as const;

/** One of {@link studyEventKinds}. */
export type StudyEventKind = (typeof studyEventKinds)[number];

const localizedStatementText = z.object({ zh: z.string(), en: z.string(), bo: z.string() });
const isoDateTime = z.iso.datetime({ offset: true });

/** What the county adds about the presentation; every field null when not given. */
export const clinicalContextSchema = z.object({
  chestPain: z.boolean().nullable(),
  onsetAt: isoDateTime.nullable(),
  firstMedicalContactAt: isoDateTime.nullable(),
});

/** Optional multipart text fields of `POST /api/ecg/studies`, beside the `file` field. */
export const uploadStudyFieldsSchema = z.object({
  chestPain: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .transform((v) => v === 'true' || v === '1' || v === 'yes')
    .optional(),
  onsetAt: isoDateTime.optional(),
  firstMedicalContactAt: isoDateTime.optional(),
});

/** Why a file was refused: the reader's error code, where in the file, and a sentence. */
export const studyRejectionSchema = z.object({
  /** `not-ecg`, `truncated`, `bad-header`, `bad-data`, `unsupported`, `too-large`, or `analysis-failed`. */
  code: z.string(),
  message: z.string(),
  byteOffset: z.number().int().nullable(),
  /** Field at fault (an XML path for XML formats). */
  field: z.string().nullable(),
});

/** What the file says about itself: format, leads, rate, device, patient and the cart's findings. */
export const recordSummarySchema = z.object({
  format: z.object({
    name: z.string(),
    version: z.string().optional(),
    detail: z.string().optional(),
  }),
  leads: z.array(z.string()),
  sampleRateHz: z.number(),
  samplesPerLead: z.number().int(),
  durationS: z.number(),
  acquisitionTime: z
    .object({
      date: z.string().optional(),
      time: z.string().optional(),
      utcOffsetMinutes: z.number().optional(),
    })
    .nullable(),
  patient: z.object({
    id: z.string().optional(),
    name: z.string().optional(),
    sex: z.enum(['male', 'female', 'other', 'unknown']).optional(),
    ageYears: z.number().optional(),
    birthDate: z.string().optional(),
  }),
  device: z.record(z.string(), z.string()),
  cartStatements: z.array(
    z.object({
      text: z.string(),
      code: z.string().optional(),
      codingSystem: z.string().optional(),
    }),
  ),
  cartMeasurements: z.array(
    z.object({
      code: z.string(),
      value: z.number(),
      unit: z.string(),
      lead: z.string().optional(),
    }),
  ),
  warnings: z.array(z.string()),
});

/** One machine statement with its evidence (leads, values, thresholds, sample indices). */
export const machineStatementSchema = z.object({
  code: z.string(),
  snomedCt: z.string().nullable(),
  text: localizedStatementText,
  evidence: z.record(z.string(), z.unknown()),
});

/** The engine's pre-read, summarised: no per-beat arrays of a long record. */
export const analysisSummarySchema = z.object({
  statements: z.array(machineStatementSchema),
  /** Global measurements of the median beat (units in the names); null without beats. */
  measurements: z
    .object({
      heartRateBpm: z.number().nullable(),
      rrMeanMs: z.number().nullable(),
      prIntervalMs: z.number().nullable(),
      pDurationMs: z.number().nullable(),
      qrsDurationMs: z.number().nullable(),
      qtIntervalMs: z.number().nullable(),
      qtcBazettMs: z.number().nullable(),
      qtcFridericiaMs: z.number().nullable(),
      pAxisDeg: z.number().nullable(),
      qrsAxisDeg: z.number().nullable(),
      tAxisDeg: z.number().nullable(),
      /** Per lead: amplitudes and ST levels, µV (see the engine's `LeadMeasurements`). */
      leads: z.record(z.string(), z.record(z.string(), z.unknown())),
    })
    .nullable(),
  rhythm: z
    .object({
      rhythm: z.string(),
      ventricularRateBpm: z.number().nullable(),
      atrialRateBpm: z.number().nullable(),
      findings: z.array(
        z.object({ code: z.string(), evidence: z.record(z.string(), z.unknown()) }),
      ),
      counts: z.record(z.string(), z.number()),
    })
    .nullable(),
  /** Detected beats by AAMI class (N, S, V, F, Q) and in total. */
  beats: z.object({ total: z.number().int(), byType: z.record(z.string(), z.number().int()) }),
  quality: z.object({
    overall: z.enum(['good', 'poor', 'unusable']),
    leads: z.array(
      z.object({
        name: z.string(),
        status: z.string(),
        reasons: z.array(z.record(z.string(), z.unknown())),
      }),
    ),
  }),
});

/** The engine's triage: level and the statements that set it. */
export const studyTriageSchema = z.object({
  level: z.enum(ecgTriageLevels),
  reasons: z.array(z.object({ code: z.string(), text: localizedStatementText })),
});

/** A person named on a study (uploader, claimer, signer). */
export const studyPersonSchema = z.object({ id: z.uuid(), displayName: z.string() });

/** A statement the reader signs: a catalogue code (the engine's `statementCodes`) or `free_text`. */
export const reportStatementSchema = z.object({
  code: z.string().trim().min(1).max(64),
  /** Required for `free_text`; otherwise the reader's own wording, if any. */
  text: z.string().trim().min(1).max(1000).optional(),
});

/** One signed version of a study's report. Amendments add versions; none is ever changed. */
export const reportVersionSchema = z.object({
  version: z.number().int().min(1),
  statements: z.array(reportStatementSchema),
  conclusion: z.string(),
  signedBy: studyPersonSchema,
  signedAt: z.string(),
  amendmentReason: z.string().nullable(),
});

/** The fields of a study shown in lists (desk list and worklist). */
export const studySummarySchema = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.object({ zh: z.string(), en: z.string(), bo: z.string().nullable() }),
  status: z.enum(studyStatuses),
  fileName: z.string().nullable(),
  patientId: z.uuid().nullable(),
  /** Patient fields from the file (null before it is read). */
  filePatient: recordSummarySchema.shape.patient.nullable(),
  triage: studyTriageSchema.nullable(),
  rejection: studyRejectionSchema.nullable(),
  clinicalContext: clinicalContextSchema,
  receivedAt: z.string(),
  analysedAt: z.string().nullable(),
  rejectedAt: z.string().nullable(),
  claimedAt: z.string().nullable(),
  signedAt: z.string().nullable(),
  /** When the report is due: receipt + the SLA of the triage level. */
  slaDueAt: z.string().nullable(),
  claimedBy: studyPersonSchema.nullable(),
  signedBy: studyPersonSchema.nullable(),
});

/** `GET /api/ecg/studies/{id}`: the whole study. */
export const studySchema = studySummarySchema.extend({
  idempotencyKey: z.string(),
  file: z.object({ sha256: z.string(), sizeBytes: z.number().int() }),
  uploadedBy: studyPersonSchema.nullable(),
  /** The cart gateway that uploaded it with a device token, if one did. */
  uploadedByDevice: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  record: recordSummarySchema.nullable(),
  analysis: analysisSummarySchema.nullable(),
  /** The latest report version, or null before signing. */
  report: reportVersionSchema.nullable(),
  /** The chest-pain case this ECG opened at the hub (a signed STEMI), or null. */
  greenChannel: greenChannelSchema.nullable(),
});

/** `GET /api/ecg/studies` query (the county desk: the acting organisation's studies). */
export const listStudiesQuerySchema = z.object({
  status: z.enum(studyStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** `GET /api/ecg/worklist` query. */
export const worklistQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

/** `POST /api/ecg/studies/{id}/sign` body. */
export const signStudyBodySchema = z.object({
  statements: z.array(reportStatementSchema).max(50),
  conclusion: z.string().trim().min(1).max(4000),
});

/** `POST /api/ecg/studies/{id}/amend` body: a new version, with the reason for changing it. */
export const amendStudyBodySchema = signStudyBodySchema.extend({
  reason: z.string().trim().min(1).max(1000),
});

/** One outbox row as pushed over Server-Sent Events (`event: study`, `id:` = `id`). */
export const studyEventSchema = z.object({
  id: z.number().int(),
  studyId: z.uuid(),
  orgId: z.uuid(),
  kind: z.enum(studyEventKinds),
  actorUserId: z.uuid().nullable(),
  at: z.string(),
  payload: z.record(z.string(), z.unknown()),
});

/** A cart gateway's upload token, as listed (the token itself is shown only at creation). */
export const deviceTokenSchema = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

/** `POST /api/ecg/device-tokens` body: a name saying which gateway or cart it is for. */
export const createDeviceTokenBodySchema = z.object({ name: z.string().trim().min(1).max(100) });

/** `POST /api/ecg/device-tokens` answer: the token, to configure in the gateway now. */
export const createdDeviceTokenSchema = deviceTokenSchema.extend({
  /** Send as `Authorization: Bearer <token>` to `POST /api/ecg/device/studies`. Shown once. */
  token: z.string(),
});

export type ClinicalContext = z.infer<typeof clinicalContextSchema>;
export type StudyRejection = z.infer<typeof studyRejectionSchema>;
export type RecordSummary = z.infer<typeof recordSummarySchema>;
export type AnalysisSummary = z.infer<typeof analysisSummarySchema>;
export type StudyTriage = z.infer<typeof studyTriageSchema>;
export type StudyPerson = z.infer<typeof studyPersonSchema>;
export type ReportStatement = z.infer<typeof reportStatementSchema>;
export type ReportVersion = z.infer<typeof reportVersionSchema>;
export type StudySummary = z.infer<typeof studySummarySchema>;
export type Study = z.infer<typeof studySchema>;
export type SignStudyBody = z.infer<typeof signStudyBodySchema>;
export type AmendStudyBody = z.infer<typeof amendStudyBodySchema>;
export type StudyEvent = z.infer<typeof studyEventSchema>;
export type DeviceToken = z.infer<typeof deviceTokenSchema>;
export type CreatedDeviceToken = z.infer<typeof createdDeviceTokenSchema>;

// The patient of a study (county desk: correct or match) and the patient's earlier ECGs (reader).

/** The registered patient a study belongs to, as shown with the study. */
export const studyLinkedPatientSchema = z.object({
  id: z.uuid(),
  nameZh: z.string().nullable(),
  nameBo: z.string().nullable(),
  namePinyin: z.string().nullable(),
  sex: z.enum(sexes),
  birthDate: z.string().nullable(),
  /** Only when the caller may see the patient record itself (its organisations); else empty. */
  identifiers: z.array(patientIdentifierSchema),
});

/** How a study got its patient: picked from the register, or details typed and registered. */
export const studyPatientChanges = ['matched', 'corrected'] as const;

/** One change of a study's patient (from the study's `patient` events), newest first. */
export const studyPatientChangeSchema = z.object({
  at: z.string(),
  by: studyPersonSchema.nullable(),
  change: z.enum(studyPatientChanges),
  patientId: z.uuid(),
  previousPatientId: z.uuid().nullable(),
  /** Made after the report was signed (with a reason, in the audit log). */
  afterSigning: z.boolean(),
});

/** `GET /api/ecg/studies/{id}/patient`: what the file says, who the study is linked to, history. */
export const studyPatientSchema = z.object({
  studyId: z.uuid(),
  status: z.enum(studyStatuses),
  /** Patient fields as the file gives them (null before the file is read). */
  filePatient: recordSummarySchema.shape.patient.nullable(),
  patient: studyLinkedPatientSchema.nullable(),
  /** The caller may correct or match it: the uploading organisation with ecg:upload or patient:write. */
  canEdit: z.boolean(),
  /** The report is signed: a change needs a `reason`. */
  reasonRequired: z.boolean(),
  history: z.array(studyPatientChangeSchema),
});

/**
 * `PUT /api/ecg/studies/{id}/patient` body: either `patientId` (link a registered patient the
 * caller may see) or `patient` (corrected details, registered or matched by the patient rules).
 * `reason` is required once the report is signed.
 */
export const putStudyPatientBodySchema = z
  .object({
    patientId: z.uuid().optional(),
    patient: createPatientBodySchema.optional(),
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .refine((b) => (b.patientId === undefined) !== (b.patient === undefined), {
    message: 'give either patientId or patient',
    path: ['patientId'],
  });

/** `PUT /api/ecg/studies/{id}/patient` answer. */
export const putStudyPatientResultSchema = z.object({
  studyPatient: studyPatientSchema,
  /** False when the study already belonged to that patient (nothing recorded). */
  changed: z.boolean(),
  /** A new master record was registered from the corrected details. */
  created: z.boolean(),
  /** Likely duplicates of a newly registered record (details only when visible). */
  possibleDuplicates: z.array(duplicateCandidateSchema),
});

/** Why a registered patient may be the one in the file, strongest first. */
export const patientCandidateReasons = [
  'resident_id',
  'mrn',
  'identifier',
  'name_birth_date',
  'name_age',
  'similar_name_birth_date',
  'name',
  'search',
] as const;

/** `GET /api/ecg/studies/{id}/patient-candidates` query: `q` searches names or identifiers too. */
export const patientCandidatesQuerySchema = z.object({
  q: z.string().trim().min(1).max(100).optional(),
});

/** One likely match for the study's patient. */
export const patientCandidateSchema = z.object({
  patient: patientSchema,
  reasons: z.array(z.enum(patientCandidateReasons)).min(1),
});

/** `GET /api/ecg/studies/{id}/patient-candidates` answer, best match first. */
export const patientCandidatesSchema = z.object({ items: z.array(patientCandidateSchema) });

/** One earlier ECG of the same patient, as the reader's list and compare view show it. */
export const priorStudySchema = z.object({
  id: z.uuid(),
  orgName: studySummarySchema.shape.orgName,
  status: z.enum(studyStatuses),
  fileName: z.string().nullable(),
  receivedAt: z.string(),
  acquisitionTime: recordSummarySchema.shape.acquisitionTime,
  triage: studyTriageSchema.nullable(),
  /** The engine's global measurements (null before analysis or without beats). */
  measurements: z
    .object({
      heartRateBpm: z.number().nullable(),
      prIntervalMs: z.number().nullable(),
      qrsDurationMs: z.number().nullable(),
      qtcBazettMs: z.number().nullable(),
      qrsAxisDeg: z.number().nullable(),
    })
    .nullable(),
  /** The latest signed report version, or null. */
  report: reportVersionSchema
    .pick({ version: true, conclusion: true, signedAt: true, signedBy: true })
    .nullable(),
});

/** `GET /api/ecg/studies/{id}/prior`: the patient and their earlier ECGs, newest first. */
export const priorStudiesSchema = z.object({
  patient: studyLinkedPatientSchema.nullable(),
  items: z.array(priorStudySchema),
});

export type StudyLinkedPatient = z.infer<typeof studyLinkedPatientSchema>;
export type StudyPatientChange = z.infer<typeof studyPatientChangeSchema>;
export type StudyPatient = z.infer<typeof studyPatientSchema>;
export type PutStudyPatientBody = z.infer<typeof putStudyPatientBodySchema>;
export type PutStudyPatientResult = z.infer<typeof putStudyPatientResultSchema>;
export type PatientCandidateReason = (typeof patientCandidateReasons)[number];
export type PatientCandidate = z.infer<typeof patientCandidateSchema>;
export type PriorStudy = z.infer<typeof priorStudySchema>;
export type PriorStudies = z.infer<typeof priorStudiesSchema>;
