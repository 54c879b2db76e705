/**
 * The leads as the beat classifier sees them: baseline wander removed (zero-phase 0.5 Hz
 * high-pass) and muscle noise reduced (zero-phase 40 Hz low-pass), then decimated to ≥ 150 Hz.
 * The band is that of de Chazal, O'Dwyer & Reilly 2004 (IEEE TBME 51(7):1196–1206), who removed
 * baseline wander with two median filters and then low-passed at 35 Hz; departures: zero-phase
 * Butterworth sections instead of median filters, and 40 Hz (the usual muscle-filter setting)
 * instead of 35 Hz. Samples the file marks invalid (`NaN`) are held at the last valid value, so a
 * beat near a gap still yields finite features. The filtering itself is shared with the other
 * stages through the prepared record (`../prepared/lead-products.ts`).
 */
import { banded, morphology, type MorphologySignal } from '../prepared/lead-products.js';
import { prepareSignal } from '../prepared/prepared-signal.js';
import type { EcgSignal } from '../record.js';

export type { MorphologySignal } from '../prepared/lead-products.js';

/**
 * Filters every lead into the morphology band of the beat classifier, at the full rate.
 * @param signal - the record, µV, 100–1000 Hz, leads of equal length
 * @returns one filtered lead per input lead, µV, same length, no `NaN`
 * @example
 * const leadsUv = filterLeadsForBeats(signal);
 * leadsUv[0]?.length === signal.leads[0]?.samplesUv.length; // true
 */
export function filterLeadsForBeats(signal: EcgSignal): Float32Array[] {
  return banded(prepareSignal(signal));
}

/**
 * Filtered and decimated leads of a record (see {@link filterLeadsForBeats} and
 * `morphologyFactor`).
 * @param signal - the record
 * @returns the morphology-band leads at the reduced rate
 * @example
 * morphologySignal(signal).sampleRateHz; // 166.7 for a 500 Hz record
 */
export function morphologySignal(signal: EcgSignal): MorphologySignal {
  return morphology(prepareSignal(signal));
}
