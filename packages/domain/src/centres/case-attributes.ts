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

/**
 * Units a laboratory reports troponin in (`ng_l`: ng/L, the high-sensitivity assays' unit;
 * `ng_ml`: ng/mL; `ug_l`: µg/L, equal to ng/mL; `pg_ml`: pg/mL, equal to ng/L).
 */
export const troponinUnits = ['ng_l', 'ng_ml', 'ug_l', 'pg_ml'] as const;

/** The P2Y12 inhibitor of the dual antiplatelet loading dose (氯吡格雷, 替格瑞洛). */
export const p2y12Agents = ['clopidogrel', 'ticagrelor'] as const;

/**
 * Thrombolytic agents used in China: alteplase (阿替普酶), reteplase (瑞替普酶), tenecteplase
 * (替奈普酶), urokinase (尿激酶), recombinant prourokinase (重组人尿激酶原), other.
 */
export const lysisAgents = [
  'alteplase',
  'reteplase',
  'tenecteplase',
  'urokinase',
  'prourokinase',
  'other',
] as const;

/**
 * Culprit vessel of a PCI: left main (左主干), left anterior descending (前降支), left circumflex
 * (回旋支), right coronary artery (右冠), other (a graft, a branch).
 */
export const culpritVessels = ['lm', 'lad', 'lcx', 'rca', 'other'] as const;

/**
 * When the exact symptom onset is unknown: how long before first medical contact the symptoms
 * began (`lt_2h`: under 2 h, `2_6h`: 2–6 h, `6_12h`: 6–12 h, `12_24h`: 12–24 h, `gt_24h`: over
 * 24 h), as the national platform lets a band stand in for the onset time.
 */
export const onsetBands = ['lt_2h', '2_6h', '6_12h', '12_24h', 'gt_24h'] as const;

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
  /** Onset band when the exact onset time is unknown (no `symptom_onset` event). */
  onsetBand: z.enum(onsetBands).optional(),
  /** Killip class on arrival, 1–4 (I: no heart failure … IV: cardiogenic shock). */
  killipClass: z.number().int().min(1).max(4).optional(),
  /** First troponin value, in `troponinUnit`. */
  troponinValue: z.number().min(0).max(1_000_000).optional(),
  troponinUnit: z.enum(troponinUnits).optional(),
  /** Aspirin loading dose, mg (usually 300). */
  aspirinDoseMg: z.number().int().min(0).max(1000).optional(),
  p2y12Agent: z.enum(p2y12Agents).optional(),
  /** P2Y12 loading dose, mg (clopidogrel 300–600, ticagrelor 180). */
  p2y12DoseMg: z.number().int().min(0).max(1000).optional(),
  lysisAgent: z.enum(lysisAgents).optional(),
  culpritVessel: z.enum(culpritVessels).optional(),
  /** Stents implanted in the PCI, 0–10 (0: balloon or aspiration only). */
  stentCount: z.number().int().min(0).max(10).optional(),
  /** Diagnosis at discharge (the working diagnosis is `diagnosis`). */
  dischargeDiagnosis: z.enum(chestPainDiagnoses).optional(),
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

/** One of {@link troponinUnits}. */
export type TroponinUnit = (typeof troponinUnits)[number];
/** One of {@link p2y12Agents}. */
export type P2y12Agent = (typeof p2y12Agents)[number];
/** One of {@link lysisAgents}. */
export type LysisAgent = (typeof lysisAgents)[number];
/** One of {@link culpritVessels}. */
export type CulpritVessel = (typeof culpritVessels)[number];
/** One of {@link onsetBands}. */
export type OnsetBand = (typeof onsetBands)[number];

/** A case's attributes, all optional. */
export type CaseAttributes = z.infer<typeof caseAttributesSchema>;
