/**
 * A record prepared once for the whole interpretation: every lead with its invalid samples held,
 * and the filtered versions the stages share, each computed at most once per call and only for
 * the leads that ask for it (`lead-products.ts`). Quality, detection, beat typing, measurement
 * and rhythm analysis used to filter the same leads again and again; they now read the same
 * arrays. A prepared signal belongs to one analysis: it is made from the caller's record at the
 * start of a call and dropped at its end, never kept between calls.
 */
import type { SlowPart } from '../filters/slow-baseline.js';
import type { LaneBuffers } from '../filters/zero-phase-lanes.js';
import type { EcgSignal } from '../record.js';

/** Filtered versions of one lead, filled on first use (see `lead-products.ts`). */
export interface LeadProducts {
  /** Zero-phase 0.5 Hz low-pass (the baseline), at ≈ 100 Hz (`filters/slow-baseline.ts`). */
  slow05?: SlowPart;
  /** The lead minus that baseline, µV, full rate (float32). */
  highPassed?: Float32Array;
  /** 0.5–40 Hz: the high-passed lead low-passed at 40 Hz, µV, full rate. */
  banded?: Float32Array;
  /** High-passed and mains-notched, µV, full rate, invalid samples NaN again. */
  measured?: Float32Array;
  /** `banded`, every `factor`-th sample (beat typing and rhythm). */
  morphology?: Float32Array;
  /** QRS feature and 5–20 Hz band at the detection rate (`qrs/qrs-feature.ts`). */
  qrs?: { slopeRmsUvPerS: Float32Array; bandpassedUv: Float32Array };
}

/** One lead of a prepared signal. */
export interface PreparedLead {
  /** Position of the lead in the record. */
  index: number;
  /** Lead name as in the record. */
  name: string;
  /** The record's samples, µV (NaN marks invalid ones); not modified. */
  samplesUv: Float32Array;
  /** The samples with every invalid one replaced by the last valid one (the first at the start). */
  held: Float32Array;
  /** Whether any sample is invalid (NaN or ±∞). */
  hasInvalid: boolean;
  /** Products computed so far. */
  products: LeadProducts;
}

/** A record prepared for analysis. */
export interface PreparedSignal {
  sampleRateHz: number;
  /** Samples per lead. */
  length: number;
  leads: PreparedLead[];
  /**
   * Work arrays the filters reuse within this analysis, and the morphology memo (see
   * `lead-products.ts`); shared by restricted copies.
   */
  work: {
    lanes?: LaneBuffers;
    morphologyMemos?: Map<string, Map<string, Float32Array[]>>;
  };
}

/**
 * Prepares a record: holds invalid samples; filtering happens on demand.
 * @param signal - the record, µV, leads of equal length
 * @returns the prepared record, sharing the caller's sample arrays (never modifying them)
 * @example
 * const prepared = prepareSignal(record);
 * prepared.leads[0]?.held.length; // samples per lead
 */
export function prepareSignal(signal: EcgSignal): PreparedSignal {
  return {
    sampleRateHz: signal.sampleRateHz,
    length: signal.leads[0]?.samplesUv.length ?? 0,
    leads: signal.leads.map((lead, k) => prepareLead(k, String(lead.name), lead.samplesUv)),
    work: {},
  };
}

/**
 * The same prepared record restricted to some leads (their products are shared, not copied).
 * @param prepared - a prepared record
 * @param indices - lead indices to keep, in the order wanted
 * @returns the restricted record
 * @example
 * const usable = selectLeads(prepared, quality.usableLeads);
 */
export function selectLeads(prepared: PreparedSignal, indices: readonly number[]): PreparedSignal {
  return {
    sampleRateHz: prepared.sampleRateHz,
    length: prepared.length,
    leads: indices.flatMap((k) => {
      const lead = prepared.leads[k];
      return lead ? [lead] : [];
    }),
    work: prepared.work,
  };
}

/**
 * The record a prepared signal was made from (its original samples).
 * @param prepared - a prepared record
 * @returns the leads' names and original samples at the record's rate
 * @example
 * detectPacingSpikes(originalSignal(prepared), fiducials);
 */
export function originalSignal(prepared: PreparedSignal): EcgSignal {
  return {
    sampleRateHz: prepared.sampleRateHz,
    leads: prepared.leads.map((lead) => ({ name: lead.name, samplesUv: lead.samplesUv })),
  };
}

function prepareLead(index: number, name: string, samplesUv: Float32Array): PreparedLead {
  if (!anyInvalid(samplesUv)) {
    return { index, name, samplesUv, held: samplesUv, hasInvalid: false, products: {} };
  }
  return { index, name, samplesUv, held: holdFrom(samplesUv), hasInvalid: true, products: {} };
}

/** Whether any sample is NaN or ±∞, four a step (a sum of v − v is NaN as soon as one is). */
function anyInvalid(x: Float32Array): boolean {
  const n = x.length;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const a = x[i] as number;
    const b = x[i + 1] as number;
    const c = x[i + 2] as number;
    const d = x[i + 3] as number;
    if (a - a + (b - b) + (c - c) + (d - d) !== 0) {
      return true;
    }
  }
  for (; i < n; i++) {
    const v = x[i] as number;
    if (v - v !== 0) {
      return true;
    }
  }
  return false;
}

/** Copy with every invalid sample replaced by the last valid one (the first valid one, or 0). */
function holdFrom(samplesUv: Float32Array): Float32Array {
  const out = new Float32Array(samplesUv.length);
  let last = samplesUv.find((v) => Number.isFinite(v)) ?? 0;
  for (let i = 0; i < samplesUv.length; i++) {
    const v = samplesUv[i] ?? Number.NaN;
    last = Number.isFinite(v) ? v : last;
    out[i] = last;
  }
  return out;
}
