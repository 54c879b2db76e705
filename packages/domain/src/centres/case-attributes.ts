/**
 * Case attributes the metrics' "applies to" column needs (diagnosis, reperfusion strategy, arrival
 * mode, ISS, risk colour, outcome …). Every attribute is optional: a metric whose predicate needs a
 * missing attribute simply does not count the case.
 */
import { z } from 'zod';

/** Chest-pain working diagnosis, as the national chest-pain platform classifies it. */
export const chestPainDiagnoses = [
  'stemi',
  'nstemi',
  'ua',
  'aortic_dissection',
  'pulmonary_embolism',
  'other',
] as const;

/** Reperfusion strategy of a chest-pain case (`transfer_for_pci`: sent out to a PCI hospital). */
export const reperfusionStrategies = ['primary_pci', 'lysis', 'transfer_for_pci', 'none'] as const;

/** How the patient reached the hospital (`ambulance_120`: the 120 emergency service). */
export const arrivalModes = ['ambulance_120', 'self', 'transfer_in', 'in_hospital'] as const;

/** Stroke type. */
export const strokeTypes = ['ischaemic', 'haemorrhagic', 'tia', 'other'] as const;

/**
 * China's five-colour pregnancy risk grading: green low, yellow general, orange high, red very
 * high risk, purple infectious disease.
 */
export const maternalRiskColours = ['green', 'yellow', 'orange', 'red', 'purple'] as const;

/** Outcome at discharge (`transferred`: sent on to another hospital). */
export const caseOutcomes = ['survived', 'died', 'transferred'] as const;

/** One of {@link chestPainDiagnoses}. */
export type ChestPainDiagnosis = (typeof chestPainDiagnoses)[number];
/** One of {@link reperfusionStrategies}. */
export type ReperfusionStrategy = (typeof reperfusionStrategies)[number];
/** One of {@link arrivalModes}. */
export type ArrivalMode = (typeof arrivalModes)[number];
/** One of {@link strokeTypes}. */
export type StrokeType = (typeof strokeTypes)[number];
/** One of {@link maternalRiskColours}. */
export type MaternalRiskColour = (typeof maternalRiskColours)[number];
/** One of {@link caseOutcomes}. */
export type CaseOutcome = (typeof caseOutcomes)[number];

/**
 * Zod schema of a case's attributes (one flat object for all centres; unknown keys are refused so
 * a typo is reported, not ignored).
 * @example caseAttributesSchema.parse({ diagnosis: 'stemi', reperfusion: 'primary_pci' })
 */
export const caseAttributesSchema = z.strictObject({
  // Common to all centres.
  arrivalMode: z.enum(arrivalModes).optional(),
  outcome: z.enum(caseOutcomes).optional(),
  /** Transferred out to another hospital (trauma, neonatal). */
  transferOut: z.boolean().optional(),
  // Chest pain.
  diagnosis: z.enum(chestPainDiagnoses).optional(),
  reperfusion: z.enum(reperfusionStrategies).optional(),
  /** Ambulance patient taken straight to the cath lab, bypassing the emergency department. */
  bypassEd: z.boolean().optional(),
  /** Patient taken to the cath lab without passing through the CCU. */
  bypassCcu: z.boolean().optional(),
  /** A pre-hospital ECG was transmitted to the hospital (remote ECG). */
  remoteEcgTransmitted: z.boolean().optional(),
  /** Needs a two-way ambulance transfer (excluded from the DIDO target). */
  twoWayTransfer: z.boolean().optional(),
  // Stroke.
  strokeType: z.enum(strokeTypes).optional(),
  ivLysis: z.boolean().optional(),
  thrombectomy: z.boolean().optional(),
  // Trauma.
  /** Injury Severity Score, 0–75. */
  iss: z.number().int().min(0).max(75).optional(),
  haemorrhagicShock: z.boolean().optional(),
  // Maternal.
  riskColour: z.enum(maternalRiskColours).optional(),
  /** Caesarean urgency category 1–4 (1: immediate threat to life of mother or fetus). */
  caesareanCategory: z.number().int().min(1).max(4).optional(),
  /** Severe maternal morbidity that nearly ended in death (WHO near-miss criteria). */
  nearMiss: z.boolean().optional(),
  // Maternal and neonatal.
  /** Critically ill on admission (a rescue case). */
  critical: z.boolean().optional(),
  // Neonatal.
  gestationalAgeWeeks: z.number().min(20).max(45).optional(),
  birthWeightG: z.number().int().min(200).max(7000).optional(),
});

/** A case's attributes, all optional. */
export type CaseAttributes = z.infer<typeof caseAttributesSchema>;
