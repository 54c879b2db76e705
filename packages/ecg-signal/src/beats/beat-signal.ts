/**
 * The leads as the beat classifier sees them: baseline wander removed (zero-phase 0.5 Hz
 * high-pass) and muscle noise reduced (zero-phase 40 Hz low-pass), both from `../filters/`. The
 * band is that of de Chazal, O'Dwyer & Reilly 2004 (IEEE TBME 51(7):1196–1206), who removed
 * baseline wander with two median filters and then low-passed at 35 Hz; departures: zero-phase
 * Butterworth sections from the shared filter module instead of median filters, and 40 Hz (the
 * usual muscle-filter setting) instead of 35 Hz. Samples the file marks invalid (`NaN`) are held at the last valid value, so a beat
 * near a gap still yields finite features.
 */
import type { EcgSignal } from '../record.js';
import { removeBaselineWander } from '../filters/baseline.js';
import { reduceMuscleNoise } from '../filters/muscle.js';

/** Low-pass corner of the morphology band, Hz. */
const LOWPASS_HZ = 40;

/**
 * Filters every lead into the morphology band of the beat classifier.
 * @param signal - the record, µV, 100–1000 Hz, leads of equal length
 * @returns one filtered lead per input lead, µV, same length, no `NaN`
 * @example
 * const leadsUv = filterLeadsForBeats(signal);
 * leadsUv[0]?.length === signal.leads[0]?.samplesUv.length; // true
 */
export function filterLeadsForBeats(signal: EcgSignal): Float32Array[] {
  const rate = signal.sampleRateHz;
  return signal.leads.map((lead) => {
    const held = holdInvalid(lead.samplesUv);
    if (held.length < 2) {
      return held;
    }
    return reduceMuscleNoise(removeBaselineWander(held, rate), rate, {
      cornerHz: Math.min(LOWPASS_HZ, 0.45 * rate),
    });
  });
}

/** Copy with every `NaN` replaced by the last finite value (the first finite one at the start). */
function holdInvalid(samplesUv: Float32Array): Float32Array {
  const out = Float32Array.from(samplesUv);
  const firstValid = out.findIndex((v) => Number.isFinite(v));
  if (firstValid < 0) {
    return out.fill(0);
  }
  let last = out[firstValid] ?? 0;
  for (let i = 0; i < out.length; i++) {
    const v = out[i] ?? Number.NaN;
    if (Number.isFinite(v)) {
      last = v;
    } else {
      out[i] = last;
    }
  }
  return out;
}

/** Morphology is compared at no less than this rate, Hz (the band ends at 40 Hz). */
const MIN_MORPHOLOGY_RATE_HZ = 150;

/**
 * Keeps every `factor`-th sample of the filtered leads, the largest integer factor that leaves at
 * least 150 Hz; the 40 Hz low-pass of {@link filterLeadsForBeats} already prevents aliasing.
 * Template matching costs drop by about the square of the factor.
 * @param leadsUv - filtered leads, µV
 * @param sampleRateHz - their rate, Hz
 * @returns the decimated leads, their rate and the factor (1 when the rate is below 300 Hz)
 * @example
 * decimateLeads(leadsUv, 360).sampleRateHz; // 180
 */
export function decimateLeads(
  leadsUv: readonly Float32Array[],
  sampleRateHz: number,
): { leadsUv: Float32Array[]; sampleRateHz: number; factor: number } {
  const factor = Math.max(1, Math.floor(sampleRateHz / MIN_MORPHOLOGY_RATE_HZ));
  return {
    leadsUv: leadsUv.map((lead) => {
      const out = new Float32Array(Math.ceil(lead.length / factor));
      for (let i = 0; i < out.length; i++) {
        out[i] = lead[i * factor] ?? 0;
      }
      return out;
    }),
    sampleRateHz: sampleRateHz / factor,
    factor,
  };
}

/** The morphology signal of a record, decimated (see {@link decimateLeads}). */
export interface MorphologySignal {
  /** Filtered, decimated leads, µV. */
  leadsUv: Float32Array[];
  /** Their rate, Hz. */
  sampleRateHz: number;
  /** Full rate / this rate. */
  factor: number;
}

/** Beat typing and rhythm analysis of one record share one filtering. */
const morphologyCache = new WeakMap<EcgSignal, MorphologySignal>();

/**
 * Filtered and decimated leads of a record, computed once per signal object (beat typing and
 * rhythm analysis both need them; the signal must not be modified in between).
 * @param signal - the record
 * @returns the morphology-band leads at the reduced rate
 * @example
 * morphologySignal(signal).sampleRateHz; // 166.7 for a 500 Hz record
 */
export function morphologySignal(signal: EcgSignal): MorphologySignal {
  const cached = morphologyCache.get(signal);
  if (cached) {
    return cached;
  }
  const computed = decimateLeads(filterLeadsForBeats(signal), signal.sampleRateHz);
  morphologyCache.set(signal, computed);
  return computed;
}
