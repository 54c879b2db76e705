/**
 * What a signed report says, resolved once for every output (PDF, FHIR, HL7 v2): the reader's
 * statements with their catalogue text and SNOMED CT concept, and the engine's global
 * measurements with LOINC codes and UCUM units.
 *
 * LOINC codes are those of the US Core clinical test value set (EKG measurements: 8625-6 P-R
 * interval, 8633-0 QRS duration, 8634-8 Q-T interval, 8636-3 Q-T interval corrected, 8626-4 P wave
 * axis, 8632-2 QRS axis, 8638-9 T wave axis, 8601-7 EKG impression) and 8867-4 Heart rate (the FHIR
 * vital-signs code). MDC (ISO/IEEE 11073-10101) numeric codes are left out: we could not check
 * them against the standard's tables here.
 */
import type { AnalysisSummary, ReportStatement } from '@gesang/domain';
import { statementCatalogue, type StatementCode } from '@gesang/ecg-signal';

/** LOINC 11524-6, the report as a whole. */
export const EKG_STUDY = { system: 'http://loinc.org', code: '11524-6', display: 'EKG study' };
/** LOINC 8601-7, the interpretation (statements and conclusion). */
export const EKG_IMPRESSION = {
  system: 'http://loinc.org',
  code: '8601-7',
  display: 'EKG impression',
};
/**
 * Our own statement codes (the engine's catalogue plus `free_text`). A placeholder namespace until
 * the consortium publishes a canonical URL for its code systems.
 */
export const GESANG_STATEMENT_SYSTEM = 'urn:gesang:ecg-statement';

/** One signed statement, resolved against the catalogue. */
export interface ResolvedStatement {
  code: string;
  /** Chinese text: the catalogue's, or the reader's own for `free_text`. */
  zh: string;
  /** English catalogue text; null for `free_text`. */
  en: string | null;
  /** SNOMED CT concept id, when the catalogue has one. */
  snomedCt: string | null;
  /** The reader's own wording, when given (always for `free_text`). */
  readerText: string | null;
}

/**
 * The statements of a report version with catalogue text and codes.
 * @example resolveStatements([{ code: 'atrial_fibrillation' }])[0]?.snomedCt // '164889003'
 */
export function resolveStatements(statements: readonly ReportStatement[]): ResolvedStatement[] {
  return statements.map((s) => {
    const entry = (
      statementCatalogue as Partial<Record<string, (typeof statementCatalogue)[StatementCode]>>
    )[s.code];
    if (entry === undefined) {
      return {
        code: s.code,
        zh: s.text ?? s.code,
        en: null,
        snomedCt: null,
        readerText: s.text ?? null,
      };
    }
    return {
      code: s.code,
      zh: entry.text.zh,
      en: entry.text.en,
      snomedCt: entry.snomedCt,
      readerText: s.text ?? null,
    };
  });
}

/** One global measurement of the report. */
export interface ReportMeasurement {
  key: 'heartRate' | 'pr' | 'qrs' | 'qt' | 'qtc' | 'pAxis' | 'qrsAxis' | 'tAxis';
  loinc: string;
  /** LOINC display. */
  display: string;
  /** Short label printed on the report (zh, en). */
  label: { zh: string; en: string };
  /** UCUM unit. */
  unit: '/min' | 'ms' | 'deg';
  /** Rounded to whole units; null when the engine could not measure it. */
  value: number | null;
  /** How it was derived, when that matters (QTc: Bazett). */
  method?: string;
}

const round = (v: number | null | undefined): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : Math.round(v);

/**
 * The engine's global measurements of the study, in report order (rate, PR, QRS, QT, QTc, axes).
 * Heart rate falls back to the rhythm's ventricular rate when no median beat was measured.
 * @example reportMeasurements(study.analysis).find((m) => m.key === 'qrs')?.value // 75
 */
export function reportMeasurements(analysis: AnalysisSummary | null): ReportMeasurement[] {
  const m = analysis?.measurements ?? null;
  const rate = m?.heartRateBpm ?? analysis?.rhythm?.ventricularRateBpm ?? null;
  const rows: [
    ReportMeasurement['key'],
    string,
    string,
    string,
    string,
    ReportMeasurement['unit'],
    number | null | undefined,
  ][] = [
    ['heartRate', '8867-4', 'Heart rate', '心室率', 'Vent. rate', '/min', rate],
    ['pr', '8625-6', 'P-R interval', 'PR 间期', 'PR', 'ms', m?.prIntervalMs],
    ['qrs', '8633-0', 'QRS duration', 'QRS 时限', 'QRS', 'ms', m?.qrsDurationMs],
    ['qt', '8634-8', 'Q-T interval', 'QT 间期', 'QT', 'ms', m?.qtIntervalMs],
    ['qtc', '8636-3', 'Q-T interval corrected', 'QTc', 'QTc (Bazett)', 'ms', m?.qtcBazettMs],
    ['pAxis', '8626-4', 'P wave axis', 'P 电轴', 'P axis', 'deg', m?.pAxisDeg],
    ['qrsAxis', '8632-2', 'QRS axis', 'QRS 电轴', 'QRS axis', 'deg', m?.qrsAxisDeg],
    ['tAxis', '8638-9', 'T wave axis', 'T 电轴', 'T axis', 'deg', m?.tAxisDeg],
  ];
  return rows.map(([key, loinc, display, zh, en, unit, value]) => ({
    key,
    loinc,
    display,
    label: { zh, en },
    unit,
    value: round(value),
    ...(key === 'qtc' ? { method: 'Bazett' } : {}),
  }));
}

/** Triage level names as printed (zh, en). */
export const triageNames = {
  critical: { zh: '危急', en: 'critical' },
  urgent: { zh: '紧急', en: 'urgent' },
  routine: { zh: '常规', en: 'routine' },
} as const;
