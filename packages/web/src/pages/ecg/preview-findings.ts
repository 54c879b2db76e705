/**
 * The cart's own findings and Gesang's machine analysis as viewer findings groups: labels in the
 * UI language, values rounded as a reader reads them (ms and /min whole, mV to 2 places).
 */
import type { Locale } from '@gesang/domain';
import type { CartMeasurement, CartStatement } from '@gesang/ecg-formats';
import { STANDARD_12_LEADS, type Interpretation, type Measurements } from '@gesang/ecg-signal';
import type { TFunction } from 'i18next';
import type { FindingsMeasurement, FindingsStatement } from '../../ecg-viewer/FindingsPanel.js';
import type { Messages } from '../../i18n/locales/zh-CN.js';

/** Rows of the machine measurements, each with a label under `ecgPreview.measurements`. */
type MeasurementKey = keyof Messages['ecgPreview']['measurements'];

/** The statement text field for each UI language. */
const TEXT_FIELD = { 'zh-CN': 'zh', en: 'en', bo: 'bo' } as const;

/**
 * A number with its unit as a reader expects it: whole ms, degrees and rates, µV as mV.
 * @param value the value
 * @param unit UCUM unit
 * @example formatQuantity(412.4, 'ms') // '412 ms'
 * @example formatQuantity(1530, 'uV') // '1.53 mV'
 */
export function formatQuantity(value: number, unit: string): string {
  switch (unit) {
    case 'uV':
      return `${(value / 1000).toFixed(2)} mV`;
    case 'mV':
      return `${value.toFixed(2)} mV`;
    case 'deg':
      return `${Math.round(value)}°`;
    case 'ms':
      return `${Math.round(value)} ms`;
    case '/min':
    case '{beats}/min':
    case 'bpm':
      return `${Math.round(value)} /min`;
    default: {
      // UCUM annotations ({beats}) are words, not units: the number says it.
      const shown = unit.replace(/\{[^}]*\}/g, '').trim();
      return shown === ''
        ? String(Number(value.toFixed(2)))
        : `${Number(value.toFixed(2))} ${shown}`;
    }
  }
}

/**
 * The cart's statements as printed.
 * @param statements from the record
 */
export function cartStatementItems(statements: readonly CartStatement[]): FindingsStatement[] {
  return statements.map((s) => ({
    text: s.text,
    ...(s.code === undefined ? {} : { code: s.code }),
  }));
}

/**
 * The cart's global measurements (those of no particular lead), labelled by their code.
 * @param measurements from the record
 */
export function cartMeasurementItems(
  measurements: readonly CartMeasurement[],
): FindingsMeasurement[] {
  return measurements
    .filter((m) => m.lead === undefined)
    .map((m, i) => ({
      key: `${m.code}-${i}`,
      label: m.code,
      value: formatQuantity(m.value, m.unit),
    }));
}

/** The cart's per-lead measurements as a matrix: one row per code, one column per lead. */
export interface LeadMatrix {
  /** Leads in clinical order (the standard twelve first). */
  leads: string[];
  rows: { code: string; values: Record<string, string> }[];
}

/**
 * Per-lead measurements (SCP-ECG carts give some 25 quantities × 12 leads) as one table.
 * @param measurements from the record
 * @returns leads and rows; no rows when the cart gave no per-lead value
 * @example cartLeadMatrix([{ code: 'RAmplitude', value: 900, unit: 'uV', lead: 'V5' }])
 * // { leads: ['V5'], rows: [{ code: 'RAmplitude', values: { V5: '0.90 mV' } }] }
 */
export function cartLeadMatrix(measurements: readonly CartMeasurement[]): LeadMatrix {
  const rows = new Map<string, Record<string, string>>();
  const leads = new Set<string>();
  for (const m of measurements) {
    if (m.lead !== undefined) {
      leads.add(m.lead);
      const row = rows.get(m.code) ?? {};
      row[m.lead] = formatQuantity(m.value, m.unit);
      rows.set(m.code, row);
    }
  }
  // Clinical order whatever the cart's: I, II, III, aVR … V6, then any other lead.
  const rank = (lead: string): number => {
    const i = (STANDARD_12_LEADS as readonly string[]).indexOf(lead);
    return i < 0 ? STANDARD_12_LEADS.length : i;
  };
  return {
    leads: [...leads].sort((a, b) => rank(a) - rank(b)),
    rows: [...rows].map(([code, values]) => ({ code, values })),
  };
}

/**
 * Gesang's statements in the UI language, critical and urgent ones (those that set the triage)
 * marked.
 * @param result the interpretation
 * @param locale the UI language
 */
export function machineStatementItems(result: Interpretation, locale: Locale): FindingsStatement[] {
  const decisive = new Set(result.triage.reasons.map((r) => r.code));
  const level = result.triage.level;
  return result.statements.map((s) => ({
    text: s.text[TEXT_FIELD[locale]],
    code: s.code,
    ...(decisive.has(s.code) && level !== 'routine' ? { severity: level } : {}),
  }));
}

/**
 * Gesang's global measurements of the median beat.
 * @param m the measurements (null when no beat was found: no rows)
 * @param t the translation function
 */
export function machineMeasurementItems(
  m: Measurements | null,
  t: TFunction,
): FindingsMeasurement[] {
  if (m === null) {
    return [];
  }
  const ms = (v: number | null): string | null => (v === null ? null : `${Math.round(v)} ms`);
  const deg = (v: number | null): string => (v === null ? '—' : `${Math.round(v)}°`);
  const rows: [MeasurementKey, string | null][] = [
    ['heartRate', m.heartRateBpm === null ? null : `${Math.round(m.heartRateBpm)} /min`],
    ['rr', ms(m.rrMeanMs)],
    ['pr', ms(m.prIntervalMs)],
    ['pDuration', ms(m.pDurationMs)],
    ['qrs', ms(m.qrsDurationMs)],
    ['qt', ms(m.qtIntervalMs)],
    ['qtcBazett', ms(m.qtcBazettMs)],
    ['qtcFridericia', ms(m.qtcFridericiaMs)],
    ['axes', `${deg(m.pAxisDeg)} / ${deg(m.qrsAxisDeg)} / ${deg(m.tAxisDeg)}`],
  ];
  return rows.map(([key, value]) => ({
    key,
    label: t(`ecgPreview.measurements.${key}`),
    value: value ?? '—',
  }));
}
