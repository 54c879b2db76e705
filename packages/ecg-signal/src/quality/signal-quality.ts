/**
 * Quality of every lead of a record (see `lead-quality.ts`), with the record-level summary the
 * statements need: which leads can be read, and whether the record as a whole is of poor quality.
 */
import { prepareSignal, type PreparedSignal } from '../prepared/prepared-signal.js';
import type { EcgSignal } from '../record.js';
import {
  LEAD_QUALITY_THRESHOLDS,
  assessLeadQuality,
  judgeLead,
  type LeadQuality,
  type LeadQualityOptions,
} from './lead-quality.js';
import { preparedWindowMeasures } from './prepared-windows.js';

/** Quality of a whole record. */
export interface SignalQuality {
  /** Per lead, in the record's lead order, with the lead's name. */
  leads: (LeadQuality & { name: string })[];
  /** Indices of the leads that are not unusable. */
  usableLeads: number[];
  /** 'poor' when any lead is poor or unusable, 'unusable' when no lead is usable. */
  overall: 'good' | 'poor' | 'unusable';
}

/**
 * Assess every lead of a record.
 * @param signal the record (1–15 leads, 100–1000 Hz, µV).
 * @param options detected beats (enables the beat-similarity check) and window length.
 * @returns per-lead quality and a record-level verdict.
 * @example assessSignalQuality(signal, { beats: detectQrs(signal).samples }).overall
 */
export function assessSignalQuality(
  signal: EcgSignal,
  options: LeadQualityOptions = {},
): SignalQuality {
  if (options.beats !== undefined) {
    // The beat-similarity check needs each lead's own band-limited signal: lead by lead.
    return summarise(
      signal.leads.map((lead) => ({
        name: String(lead.name),
        ...assessLeadQuality(lead.samplesUv, signal.sampleRateHz, options),
      })),
    );
  }
  return assessPreparedQuality(prepareSignal(signal), options.windowMs);
}

/**
 * {@link assessSignalQuality} without beats, on a prepared record whose filtered leads the other
 * stages share (`prepared-windows.ts`).
 * @param prepared - the record (`prepareSignal`)
 * @param windowMs - window length, ms, ≥ 2000 (default 5000)
 * @returns per-lead quality and a record-level verdict
 * @example assessPreparedQuality(prepareSignal(signal)).usableLeads
 */
export function assessPreparedQuality(prepared: PreparedSignal, windowMs = 5000): SignalQuality {
  const measures = preparedWindowMeasures(prepared, windowMs, LEAD_QUALITY_THRESHOLDS);
  return summarise(
    prepared.leads.map((lead, l) => {
      const windows = measures[l] ?? [];
      return {
        name: lead.name,
        ...judgeLead(
          windows,
          windows.map(() => null),
        ),
      };
    }),
  );
}

function summarise(leads: (LeadQuality & { name: string })[]): SignalQuality {
  const usableLeads = leads.flatMap((lead, k) => (lead.status === 'unusable' ? [] : [k]));
  const overall =
    usableLeads.length === 0
      ? 'unusable'
      : leads.every((lead) => lead.status === 'good')
        ? 'good'
        : 'poor';
  return { leads, usableLeads, overall };
}
