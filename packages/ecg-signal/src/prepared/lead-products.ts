/**
 * The filtered versions of a prepared record's leads that several stages share, each computed
 * once (for all leads that lack it, four leads per filter pass: `filters/biquad-lanes.ts`):
 * - `baselines05`, `highPassed`: the zero-phase 0.5 Hz high-pass of the AHA recommendation
 *   (Kligfield et al. 2007), computed as lead minus its slow part at ≈ 100 Hz
 *   (`filters/slow-baseline.ts`);
 * - `banded`: that, low-passed at 40 Hz (zero-phase Butterworth): the band of the beat
 *   classifier (de Chazal et al. 2004, `beats/beat-signal.ts`) and of the quality check;
 * - `measured`: the high-passed lead with the 50 and 60 Hz notches, the measurement band of
 *   `measureEcg` (no muscle low-pass, Kligfield et al. 2007), invalid samples NaN again;
 * - `morphology`: `banded` decimated to ≥ 150 Hz for beat typing and rhythm analysis;
 * - `qrs`: the QRS detector's feature and band at 150–300 Hz (`qrs/qrs-feature.ts`), which the
 *   quality check also reads.
 */
import { butterworth, type Biquad } from '../filters/biquad.js';
import { mainsNotches } from '../filters/mains.js';
import { slowParts } from '../filters/slow-baseline.js';
import { subtractSlow, type SlowPart } from '../filters/slow-interpolation.js';
import { filterZeroPhaseInto, laneBuffers } from '../filters/zero-phase-lanes.js';
import { detectionFactor, qrsFeatures, type QrsFeatures } from '../qrs/qrs-feature.js';
import type { LeadProducts, PreparedLead, PreparedSignal } from './prepared-signal.js';
import { scratchFloat32, scratchFloat64 } from '../memory/scratch.js';

/** Baseline high-pass corner, Hz. */
export const BASELINE_CORNER_HZ = 0.5;
/** Low-pass corner of the banded leads, Hz (clipped to 0.45 × the rate). */
export const BANDED_LOWPASS_HZ = 40;
/** Morphology is analysed at no less than this rate, Hz (the band ends at 40 Hz). */
export const MIN_MORPHOLOGY_RATE_HZ = 150;
/** Mains notch bandwidth (single pass), Hz, as `removeMains`. */
const MAINS_BANDWIDTH_HZ = 3;

/**
 * The record's filter work arrays, sized at first use for the longest padded lead any full-rate
 * product filters (the mains notches pad by one second at each end), so that none of them
 * reallocates them (the QRS features, at a third of the rate, need less).
 */
function sizedWork(prepared: PreparedSignal): PreparedSignal['work'] {
  const longest = prepared.length + 2 * Math.ceil(prepared.sampleRateHz) + 1;
  prepared.work.lanes = laneBuffers(longest, prepared.work.lanes, scratchFloat64);
  return prepared.work;
}

/**
 * Fills one product for the leads that lack it and returns it for every lead.
 * @param prepared - the record
 * @param key - the product
 * @param compute - computes the product for the given leads, in their order
 * @returns the product of every lead, in lead order
 */
function ensure<K extends keyof LeadProducts>(
  prepared: PreparedSignal,
  key: K,
  compute: (leads: PreparedLead[]) => NonNullable<LeadProducts[K]>[],
): NonNullable<LeadProducts[K]>[] {
  const missing = prepared.leads.filter((lead) => lead.products[key] === undefined);
  if (missing.length > 0) {
    const computed = compute(missing);
    missing.forEach((lead, k) => {
      lead.products[key] = computed[k];
    });
  }
  return prepared.leads.map((lead) => lead.products[key] as NonNullable<LeadProducts[K]>);
}

/**
 * The slow part (zero-phase 0.5 Hz low-pass) of every lead.
 * @param prepared - the record
 * @returns per lead, at ≈ 100 Hz (`filters/slow-baseline.ts`)
 * @example const [part] = slow05(prepared);
 */
export function slow05(prepared: PreparedSignal): SlowPart[] {
  return ensure(prepared, 'slow05', (leads) =>
    slowParts(
      leads.map((l) => l.held),
      prepared.sampleRateHz,
      BASELINE_CORNER_HZ,
      undefined,
      sizedWork(prepared),
    ),
  );
}

/**
 * Every lead high-passed at 0.5 Hz (zero phase), invalid samples held.
 * @param prepared - the record
 * @returns per lead, µV, full rate
 * @example const leads = highPassed(prepared);
 */
export function highPassed(prepared: PreparedSignal): Float32Array[] {
  const parts = slow05(prepared);
  return ensure(prepared, 'highPassed', (leads) => {
    const outputs = float32Leads(leads.length, prepared.length);
    leads.forEach((lead, k) => {
      const part = parts[prepared.leads.indexOf(lead)];
      if (part) {
        subtractSlow(lead.held, part, outputs[k] as Float32Array);
      }
    });
    return outputs;
  });
}

/** Zero-phase filtering of some leads' high-passed samples into new float32 arrays. */
function filterHighPassed(
  prepared: PreparedSignal,
  leads: PreparedLead[],
  sections: readonly Biquad[],
  padSamples: number,
): Float32Array[] {
  const source = highPassed(prepared);
  const inputs = leads.map((lead) => source[prepared.leads.indexOf(lead)] ?? lead.held);
  const outputs = float32Leads(leads.length, prepared.length);
  if (prepared.length < 2 || sections.length === 0) {
    outputs.forEach((out, k) => out.set(inputs[k] ?? out));
    return outputs;
  }
  prepared.work.lanes = filterZeroPhaseInto(
    inputs,
    sections,
    padSamples,
    outputs,
    sizedWork(prepared).lanes,
  );
  return outputs;
}

/**
 * Every lead in the 0.5–40 Hz band (zero phase; the low-pass clipped to 0.45 × the rate).
 * @param prepared - the record
 * @returns per lead, µV, full rate
 * @example const leads = banded(prepared);
 */
export function banded(prepared: PreparedSignal): Float32Array[] {
  const rate = prepared.sampleRateHz;
  const cornerHz = Math.min(BANDED_LOWPASS_HZ, 0.45 * rate);
  return ensure(prepared, 'banded', (leads) =>
    filterHighPassed(
      prepared,
      leads,
      butterworth('lowpass', cornerHz, rate, 2),
      (3 * rate) / cornerHz,
    ),
  );
}

/**
 * Every lead high-passed at 0.5 Hz and notched at the mains frequencies below Nyquist − 1 Hz
 * (50 and 60 Hz by default; a 60 Hz notch at 100 Hz would fall at 40 Hz, inside the QRS band),
 * invalid samples NaN again: the measurement band of `measureEcg`.
 * @param prepared - the record
 * @param mainsHz - mains frequencies, Hz (default [50, 60]); other values are not cached
 * @returns per lead, µV, full rate
 * @example const leads = measured(prepared);
 */
export function measured(
  prepared: PreparedSignal,
  mainsHz: readonly number[] = [50, 60],
): Float32Array[] {
  const isDefault = mainsHz.length === 2 && mainsHz[0] === 50 && mainsHz[1] === 60;
  const compute = (leads: PreparedLead[]): Float32Array[] => {
    const rate = prepared.sampleRateHz;
    const usable = mainsHz.filter((f) => f < rate / 2 - 1);
    const notched = filterHighPassed(
      prepared,
      leads,
      usable.length > 0 ? mainsNotches(rate, { mainsHz: usable }) : [],
      (3 * rate) / MAINS_BANDWIDTH_HZ,
    );
    leads.forEach((lead, k) => {
      const out = notched[k];
      if (lead.hasInvalid && out) {
        lead.samplesUv.forEach((v, i) => {
          if (!Number.isFinite(v)) {
            out[i] = Number.NaN;
          }
        });
      }
    });
    return notched;
  };
  return isDefault ? ensure(prepared, 'measured', compute) : compute(prepared.leads);
}

/** The morphology signal of a record: banded leads, decimated. */
export interface MorphologySignal {
  /** Filtered, decimated leads, µV. */
  leadsUv: Float32Array[];
  /** Their rate, Hz. */
  sampleRateHz: number;
  /** Full rate / this rate. */
  factor: number;
  /**
   * Results of pure computations on these leads that beat typing and rhythm analysis both need
   * (the pre-QRS median segments of `rhythm/atrial-template.ts`), by a key naming their inputs;
   * it lives as long as this analysis.
   */
  memo: Map<string, Float32Array[]>;
}

/**
 * The decimation factor of the morphology signal: the largest integer leaving ≥ 150 Hz.
 * @param sampleRateHz - the record's rate, Hz
 * @returns 1 below 300 Hz; e.g. 3 at 500 Hz, 2 at 360 Hz
 * @example morphologyFactor(500); // 3
 */
export function morphologyFactor(sampleRateHz: number): number {
  return Math.max(1, Math.floor(sampleRateHz / MIN_MORPHOLOGY_RATE_HZ));
}

/**
 * The banded leads, every `factor`-th sample (the 40 Hz low-pass prevents aliasing).
 * @param prepared - the record
 * @returns the decimated leads, their rate and the factor
 * @example morphology(prepared).sampleRateHz; // 166.7 for a 500 Hz record
 */
export function morphology(prepared: PreparedSignal): MorphologySignal {
  const factor = morphologyFactor(prepared.sampleRateHz);
  const full = banded(prepared);
  const leadsUv = ensure(prepared, 'morphology', (leads) => {
    const outputs = float32Leads(leads.length, Math.ceil(prepared.length / factor));
    leads.forEach((lead, k) => {
      everyNth(full[prepared.leads.indexOf(lead)] ?? lead.held, factor, outputs[k] as Float32Array);
    });
    return outputs;
  });
  // One memo per set of leads: restricted copies of the record share `work`.
  const memos = (prepared.work.morphologyMemos ??= new Map<string, Map<string, Float32Array[]>>());
  const leadSet = prepared.leads.map((lead) => lead.index).join(',');
  const memo = memos.get(leadSet) ?? new Map<string, Float32Array[]>();
  memos.set(leadSet, memo);
  return { leadsUv, sampleRateHz: prepared.sampleRateHz / factor, factor, memo };
}

/**
 * Every `factor`-th sample into `out` (⌈n / factor⌉ long; a plain function: as a callback's loop
 * it ran several times slower).
 */
function everyNth(x: Float32Array, factor: number, out: Float32Array): void {
  for (let i = 0, j = 0; i < out.length; i++, j += factor) {
    out[i] = x[j] as number;
  }
}

/**
 * `count` float32 arrays of `length` samples, views of one buffer: one allocation (and one
 * zero-fill) per product instead of one per lead.
 * @param count - arrays
 * @param length - samples each
 * @returns the arrays, disjoint
 */
function float32Leads(count: number, length: number): Float32Array[] {
  const block = scratchFloat32(count * length);
  return Array.from({ length: count }, (_, k) => block.subarray(k * length, (k + 1) * length));
}

/**
 * The QRS detector's features of every lead (see `qrs/qrs-feature.ts`).
 * @param prepared - the record
 * @returns the features and 5–20 Hz band per lead, at the detection rate
 * @example qrsFeaturesOf(prepared).rateHz; // 166.7 for a 500 Hz record
 */
export function qrsFeaturesOf(prepared: PreparedSignal): QrsFeatures {
  const rate = prepared.sampleRateHz;
  const factor = detectionFactor(rate);
  const perLead = ensure(prepared, 'qrs', (leads) => {
    const f = qrsFeatures(
      leads.map((l) => l.held),
      rate,
      100,
      prepared.work,
    );
    return leads.map((_, k) => ({
      slopeRmsUvPerS: f.slopeRmsUvPerS[k] ?? new Float32Array(0),
      bandpassedUv: f.bandpassedUv[k] ?? new Float32Array(0),
    }));
  });
  return {
    rateHz: rate / factor,
    factor,
    slopeRmsUvPerS: perLead.map((q) => q.slopeRmsUvPerS),
    bandpassedUv: perLead.map((q) => q.bandpassedUv),
  };
}
