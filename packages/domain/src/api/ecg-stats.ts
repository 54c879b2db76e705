/**
 * SLA statistics of the cloud-ECG loop (`GET /api/ecg/stats`): how fast critical ECGs are signed,
 * time to claim and to sign by county, reader and month, breaches with their causes, and how often
 * readers keep, remove or add the machine's statements. For the consortium's quality manager and
 * the reading centre's coordinator.
 */
import { z } from 'zod';
import { ecgTriageLevels, studyPersonSchema } from './ecg.js';

/** A calendar date `YYYY-MM-DD` (a day in the consortium's time zone). */
const localDate = z.iso.date();

/**
 * `GET /api/ecg/stats` query. `from` and `to` are calendar days in the consortium's time zone
 * (Asia/Shanghai), both included, matched against the time the study was received (the county
 * pressed send). Defaults: the last 12 calendar months up to today. `triage` keeps one level only.
 * Every grouping (county, reader, month) is answered at once.
 */
export const ecgStatsQuerySchema = z.object({
  from: localDate.optional(),
  to: localDate.optional(),
  triage: z.enum(ecgTriageLevels).optional(),
});

/**
 * Percentiles of a duration in seconds, by the nearest-rank method: the p-th percentile of n
 * sorted values is the value at rank ⌈p·n⌉ (1-based), always an observed value. Null when n is 0.
 */
export const durationPercentilesSchema = z.object({
  /** How many studies have this duration (claimed, or signed). */
  n: z.number().int().min(0),
  medianS: z.number().nullable(),
  p90S: z.number().nullable(),
  p99S: z.number().nullable(),
});

/** SLA breaches recorded by the escalation timers, by cause. */
export const breachCountsSchema = z.object({
  total: z.number().int().min(0),
  /** Nobody had claimed the study when its SLA passed. */
  unclaimed: z.number().int().min(0),
  /** A reader held it but had not signed when its SLA passed. */
  claimedNotSigned: z.number().int().min(0),
});

/** The figures of one group of studies (or of all of them). */
export const slaFiguresSchema = z.object({
  /** Analysed studies received in the period (files the engine refused are not counted). */
  studies: z.number().int().min(0),
  signed: z.number().int().min(0),
  critical: z.number().int().min(0),
  /**
   * Critical studies that can be judged: signed, or unsigned with their SLA already past. Critical
   * studies still inside their SLA are left out of the share (they may yet meet it).
   */
  criticalJudged: z.number().int().min(0),
  /** Critical studies signed at most `slaMinutesCritical` after receipt (exactly 10:00 counts). */
  criticalWithinSla: z.number().int().min(0),
  /** criticalWithinSla / criticalJudged, 0–1; null when nothing can be judged. */
  criticalWithinSlaShare: z.number().min(0).max(1).nullable(),
  /** From receipt to the first claim by any reader. */
  timeToClaim: durationPercentilesSchema,
  /** From receipt to the signature (version 1). */
  timeToSign: durationPercentilesSchema,
  breaches: breachCountsSchema,
});

/** Figures of one sending organisation (county, township or village clinic). */
export const slaCountyRowSchema = slaFiguresSchema.extend({
  orgId: z.uuid(),
  orgName: z.object({ zh: z.string(), en: z.string(), bo: z.string().nullable() }),
});

/** Figures of one reader: the signer, or the holder of a claimed unsigned study. */
export const slaReaderRowSchema = slaFiguresSchema.extend({
  /** Null for studies nobody holds (never claimed, or released and not claimed again). */
  reader: studyPersonSchema.nullable(),
});

/** Figures of one calendar month (`YYYY-MM`, Asia/Shanghai) of receipt. */
export const slaMonthRowSchema = slaFiguresSchema.extend({
  month: z.string().regex(/^\d{4}-\d{2}$/),
});

/**
 * How one statement code fared on signed studies, the reader's latest report version against the
 * machine's statements: kept by the reader (`agree`), said by the machine and removed by the
 * reader (`machineOnly`, a false positive of the machine), added by the reader when the machine
 * did not say it (`readerOnly`, missed by the machine).
 */
export const statementAgreementSchema = z.object({
  code: z.string(),
  agree: z.number().int().min(0),
  machineOnly: z.number().int().min(0),
  readerOnly: z.number().int().min(0),
  /** machineOnly + readerOnly. */
  disagree: z.number().int().min(0),
  /** agree / (agree + machineOnly + readerOnly), 0–1. */
  agreementShare: z.number().min(0).max(1),
});

/** `GET /api/ecg/stats` answer. */
export const ecgStatsSchema = z.object({
  /** The period used (defaults filled in), calendar days in `timeZone`, both included. */
  from: z.string(),
  to: z.string(),
  triage: z.enum(ecgTriageLevels).nullable(),
  timeZone: z.string(),
  /** The critical SLA (configuration): minutes from receipt to signature. */
  slaMinutesCritical: z.number().int(),
  /**
   * The share of critical ECGs to sign within the SLA: 1, every one (the service's promise; a
   * critical ECG not signed in time is a breach). Drawn as the goal line of the monthly chart.
   */
  criticalWithinSlaGoal: z.number().min(0).max(1),
  percentileMethod: z.literal('nearest-rank'),
  overall: slaFiguresSchema,
  /** By sending organisation, most studies first. */
  byCounty: z.array(slaCountyRowSchema),
  /** By reader, most studies first; the group of studies nobody holds last. */
  byReader: z.array(slaReaderRowSchema),
  /** Every month of the period, oldest first (months without studies have zero counts). */
  byMonth: z.array(slaMonthRowSchema),
  agreement: z.object({
    /** Signed studies compared. */
    signedStudies: z.number().int().min(0),
    /** One row per catalogue code (free text left out), most disagreements first. */
    statements: z.array(statementAgreementSchema),
  }),
});

export type EcgStatsQuery = z.infer<typeof ecgStatsQuerySchema>;
export type DurationPercentiles = z.infer<typeof durationPercentilesSchema>;
export type BreachCounts = z.infer<typeof breachCountsSchema>;
export type SlaFigures = z.infer<typeof slaFiguresSchema>;
export type SlaCountyRow = z.infer<typeof slaCountyRowSchema>;
export type SlaReaderRow = z.infer<typeof slaReaderRowSchema>;
export type SlaMonthRow = z.infer<typeof slaMonthRowSchema>;
export type StatementAgreement = z.infer<typeof statementAgreementSchema>;
export type EcgStats = z.infer<typeof ecgStatsSchema>;
