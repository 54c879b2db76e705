/**
 * Multi-lead QRS detection, the public entry point. Two passes over a combined feature:
 * 1. each lead's slope-RMS feature (`qrs-feature.ts`, after Pan & Tompkins 1985) is normalised by
 *    its local QRS level and the leads are averaged with weights estimated from the features alone
 *    (`lead-weights.ts`); adaptive thresholds with search-back (`adaptive-threshold.ts`, Hamilton &
 *    Tompkins 1986) give first-pass beats;
 * 2. lead levels and weights are re-estimated at those beats (a per-lead SNR, after Li, Mark &
 *    Clifford 2008), the leads re-combined and the rules applied again;
 * then detections that split an RR interval without looking like any neighbour are removed
 * (`prune-inserted.ts`) and each beat is moved onto its fiducial point (`fiducial.ts`).
 * All of this runs at the detection rate, 150–300 Hz (`qrs-feature.ts`); only the fiducial
 * points are refined back to the record's own rate.
 */
import { withScratch } from '../memory/scratch.js';
import { qrsFeaturesOf } from '../prepared/lead-products.js';
import { prepareSignal, type PreparedSignal } from '../prepared/prepared-signal.js';
import type { EcgSignal } from '../record.js';
import { adaptiveThresholdPeaks } from './adaptive-threshold.js';
import { combineLeads } from './combine-leads.js';
import { alignFiducials } from './fiducial.js';
import { amplitudeWeights, beatSnrWeights, type LeadBlockWeights } from './lead-weights.js';
import { pruneInsertedBeats } from './prune-inserted.js';

/** Options of {@link detectQrs}. */
export interface DetectQrsOptions {
  /**
   * Per-lead multipliers 0–1 applied to the detector's own reliability weights, in lead order
   * (e.g. 0 for a lead the quality check found unusable). Default: 1 for every lead.
   */
  leadWeights?: readonly number[];
  /** Minimum distance between two QRS complexes, ms, 150–300 (default 200). */
  refractoryMs?: number;
}

/** Result of {@link detectQrs}. */
export interface QrsDetection {
  /** QRS fiducial points, sample indices at the record's own rate, strictly ascending. */
  samples: Int32Array;
  /** The record's sample rate, Hz (copied for convenience). */
  sampleRateHz: number;
  /** Share of each lead in the final combination, averaged over the record; sums to 1 (or 0). */
  leadShares: Float64Array;
}

/**
 * Detect QRS complexes using all leads.
 * @param signal the record: 1–15 leads of equal length, 100–1000 Hz (up to 2000 accepted), µV.
 * @param options lead multipliers and refractory period.
 * @returns fiducial sample indices and each lead's share in the decision.
 * @throws RangeError when the record has no lead, leads of unequal length or a rate outside
 *   100–2000 Hz.
 * @example
 * const { samples } = detectQrs({ sampleRateHz: 500, leads: [{ name: 'II', samplesUv }] });
 */
export function detectQrs(signal: EcgSignal, options: DetectQrsOptions = {}): QrsDetection {
  validate(signal);
  // The features are lent from the scratch pool for this call only (`memory/scratch.ts`).
  return withScratch(() => detectPreparedQrs(prepareSignal(signal), options));
}

/**
 * {@link detectQrs} on a prepared record (validated by the caller).
 * @param prepared - the record (`prepareSignal`)
 * @param options - lead multipliers and refractory period
 * @returns fiducial sample indices and each lead's share in the decision
 * @example
 * const { samples } = detectPreparedQrs(prepareSignal(signal));
 */
export function detectPreparedQrs(
  prepared: PreparedSignal,
  options: DetectQrsOptions = {},
): QrsDetection {
  const fullRateHz = prepared.sampleRateHz;
  const features = qrsFeaturesOf(prepared);
  const sampleRateHz = features.rateHz;
  const blockSamples = Math.max(1, Math.round(sampleRateHz));
  const slopes = features.slopeRmsUvPerS;
  const bandpassed = features.bandpassedUv;
  const scaled = (w: LeadBlockWeights[]): LeadBlockWeights[] =>
    w.map((lead, k) => ({
      levelUvPerS: lead.levelUvPerS,
      weight: lead.weight.map((v) => v * clamp01(options.leadWeights?.[k] ?? 1)),
    }));
  const thresholdOptions = { refractoryMs: options.refractoryMs ?? 200 };

  const first = scaled(slopes.map((f) => amplitudeWeights(f, blockSamples)));
  const firstBeats = adaptiveThresholdPeaks(
    combineLeads(slopes, first, blockSamples),
    sampleRateHz,
    thresholdOptions,
  );
  const second = withFallback(
    scaled(slopes.map((f) => beatSnrWeights(f, firstBeats, sampleRateHz, blockSamples))),
    first,
  );
  const beats = adaptiveThresholdPeaks(
    combineLeads(slopes, second, blockSamples),
    sampleRateHz,
    thresholdOptions,
  );
  const kept = pruneInsertedBeats(beats, {
    bandpassedUv: bandpassed,
    weights: second,
    blockSamples,
    sampleRateHz,
  });
  return {
    samples: alignFiducials(
      kept,
      { bandpassedUv: bandpassed, weights: second, blockSamples },
      {
        rateHz: sampleRateHz,
        factor: features.factor,
        fullLength: prepared.length,
      },
    ),
    sampleRateHz: fullRateHz,
    leadShares: leadShares(second),
  };
}

/**
 * Checks what {@link detectQrs} needs: a rate of 100–2000 Hz and 1 or more leads of equal length.
 * @param signal - the record
 * @throws RangeError naming the problem
 * @example validate(signal);
 */
export function validate(signal: EcgSignal): void {
  const { sampleRateHz, leads } = signal;
  if (!(sampleRateHz >= 100 && sampleRateHz <= 2000)) {
    throw new RangeError(`detectQrs: sample rate ${sampleRateHz} Hz outside 100–2000 Hz`);
  }
  const length = leads[0]?.samplesUv.length;
  if (length === undefined) {
    throw new RangeError('detectQrs: the record has no lead');
  }
  const odd = leads.find((lead) => lead.samplesUv.length !== length);
  if (odd) {
    throw new RangeError(
      `detectQrs: lead ${odd.name} has ${odd.samplesUv.length} samples, lead ${leads[0]?.name} ${length}`,
    );
  }
}

/** Blocks where the second pass knows no lead (no beat nearby) keep the first-pass estimate. */
function withFallback(second: LeadBlockWeights[], first: LeadBlockWeights[]): LeadBlockWeights[] {
  const blocks = second[0]?.weight.length ?? 0;
  for (let b = 0; b < blocks; b++) {
    if (second.every((lead) => !((lead.weight[b] ?? 0) > 0))) {
      second.forEach((lead, k) => {
        lead.levelUvPerS[b] = first[k]?.levelUvPerS[b] ?? NaN;
        lead.weight[b] = first[k]?.weight[b] ?? 0;
      });
    }
  }
  return second;
}

function leadShares(weights: LeadBlockWeights[]): Float64Array {
  const shares = new Float64Array(weights.length);
  const blocks = weights[0]?.weight.length ?? 0;
  for (let b = 0; b < blocks; b++) {
    const total = weights.reduce((s, lead) => s + (lead.weight[b] ?? 0), 0);
    if (total > 0) {
      weights.forEach((lead, k) => {
        shares[k] = (shares[k] ?? 0) + (lead.weight[b] ?? 0) / total / blocks;
      });
    }
  }
  const sum = shares.reduce((a, b) => a + b, 0);
  return sum > 0 ? shares.map((v) => v / sum) : shares;
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}
