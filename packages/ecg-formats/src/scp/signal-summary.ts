/**
 * Presentation of decoded SCP-ECG signals: lead names with a positional fallback, section 5's
 * reference beats as an {@link EcgSignal} in µV, and a one-line description of how section 6 was
 * stored (for `EcgFileFormat.detail`).
 */
import type { EcgSignal } from '@gesang/ecg-signal';
import type { ScpEncodedData } from './encoded-data.js';
import type { HuffmanTable } from './huffman-table.js';
import { DEFAULT_TABLE_MARK } from './huffman-table.js';
import type { ScpLeadName } from './lead-codes.js';
import type { DecodedReferenceBeats } from './reference-beats.js';
import type { RhythmPlan } from './rhythm-plan.js';
import type { ScpSection } from './section.js';

/** The reference (median) beats of section 5, in µV, at their own rate. */
export interface ScpMedianBeats extends EcgSignal {
  /** The beats' fiducial point from section 4, as a 0-based sample index. */
  fiducialIndex?: number;
}

/**
 * Name of lead `i`, falling back to its position.
 * @example leadName([], 2) // { name: 'lead 3' }
 */
export function leadName(names: readonly ScpLeadName[], i: number): ScpLeadName {
  return names[i] ?? { name: `lead ${i + 1}` };
}

/**
 * Section 5 beats in µV as an {@link EcgSignal}.
 * @param reference - decoded beats in nV
 * @param names - lead names in section 3 order
 * @example medianBeatsUv(reference, names).sampleRateHz // 500
 */
export function medianBeatsUv(
  reference: DecodedReferenceBeats,
  names: readonly ScpLeadName[],
): ScpMedianBeats {
  return {
    sampleRateHz: 1e6 / reference.sampleIntervalUs,
    leads: reference.beatsNv.map((beat, i) => ({
      ...leadName(names, i),
      samplesUv: Float32Array.from(beat, (v) => v / 1000),
    })),
    ...(reference.fiducialIndex === undefined ? {} : { fiducialIndex: reference.fiducialIndex }),
  };
}

/**
 * How section 6 was stored.
 * @example describeEncoding(tables, s2, rhythm, plan) // 'Huffman (default table), second differences'
 */
export function describeEncoding(
  tables: readonly HuffmanTable[] | undefined,
  s2: ScpSection | undefined,
  rhythm: ScpEncodedData,
  plan: RhythmPlan,
): string {
  const isDefault = s2?.body.u16(0, 'number of Huffman tables') === DEFAULT_TABLE_MARK;
  const parts = [
    tables === undefined
      ? '16-bit samples'
      : isDefault
        ? 'Huffman (default table)'
        : `Huffman (${tables.length} table(s) of section 2)`,
    ['', 'first differences', 'second differences'][rhythm.differenceOrder] ?? '',
    plan.subtract ? 'reference beat subtracted' : '',
    plan.bimodal === undefined ? '' : `bimodal (decimation ×${plan.bimodal.factor})`,
  ];
  return parts.filter(Boolean).join(', ');
}
