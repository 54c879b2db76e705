/**
 * The record's P-wave template, the shape searched for before every QRS (`p-waves.ts`). When
 * the caller passes measurements whose median beat has a P wave (`measureEcg`, delineated after
 * Martínez et al. 2004), its P wave is the template. Otherwise the template is built here as the
 * CSE programs build their representative beat (Willems et al. 1987): the sample-wise median of
 * the stretch before the QRS over the dominant, non-premature beats, in which `p-peak.ts` finds
 * the P peak and onset; the P wave must also be present beat by beat
 * ({@link MIN_CONSISTENCY}, `waveConsistency`), which the residue of fibrillatory waves in a
 * median is not. Departure from the CSE median beat: only the pre-QRS stretch, at most
 * {@link MAX_BEATS} beats, and a knee rather than a threshold for the P onset. Without such a P
 * wave the diastolic search of `diastolic-template.ts` is tried.
 */
import type { Measurements } from '../measurements/types.js';
import type { ClassifiedBeats } from '../beats/types.js';
import { qrsWidth, spatialVelocity } from '../beats/qrs-width.js';
import { diastolicTemplate } from './diastolic-template.js';
import { medianSegments, waveConsistency } from './median-segments.js';
import { BUMP_MS, SEARCH_FROM_MS, findPeak } from './p-peak.js';

/** Per-beat consistency of the P wave (`waveConsistency`) needed for a template. */
const MIN_CONSISTENCY = 2;
/** Beats used for the median. */
const MAX_BEATS = 200;
/** QRS onset of the median: spatial velocity below this fraction of its peak. */
const QRS_ONSET_FRACTION = 0.05;
/** The PR-segment level is read this long before the QRS onset, ms. */
const PR_LEVEL_MS = 30;
/** Half-width of the template around the P peak, ms. */
const HALF_WIDTH_MS = 50;

/** A P-wave template at the analysis rate. */
export interface AtrialTemplate {
  /** Per lead, µV, centred on the P peak (`halfWidthSamples` either side). */
  leadsUv: Float32Array[];
  /** Samples either side of the peak. */
  halfWidthSamples: number;
  /** P onset to P peak, ms. */
  onsetToPeakMs: number;
  /** QRS onset minus fiducial, ms (negative or 0). */
  qrsOnsetOffsetMs: number;
  /** Where the template came from. */
  source: 'measurements' | 'pre-qrs' | 'diastole';
}

/**
 * Builds the P template: from `measurements` when they hold a P wave, else from the stretch
 * before the QRS, else (P waves not locked to the QRS, as in complete heart block) from the
 * diastolic intervals (`diastolic-template.ts`).
 * @param leadsUv - filtered leads at the analysis rate, µV
 * @param rateHz - analysis rate, Hz
 * @param factor - full rate / analysis rate (integer ≥ 1)
 * @param beats - classified beats (samples at the full rate)
 * @param measurements - optional median-beat measurements of the same record
 * @param memo - results shared within one analysis of these leads (`MorphologySignal.memo`);
 *   the leads must not change while it is in use
 * @returns the template, or null when no P wave stands out (e.g. atrial fibrillation)
 * @example
 * const template = buildAtrialTemplate(leadsUv, 180, 2, beats);
 */
export function buildAtrialTemplate(
  leadsUv: readonly Float32Array[],
  rateHz: number,
  factor: number,
  beats: ClassifiedBeats,
  measurements?: Measurements,
  memo?: Map<string, Float32Array[]>,
): AtrialTemplate | null {
  const ms = (v: number): number => Math.round((v * rateHz) / 1000);
  const fiducials = Array.from(beats.samples, (s) => Math.round(s / factor));
  const chosen = fiducials.filter((_, b) => {
    const pre =
      (beats.features.preRrMs[b] ?? Number.NaN) / (beats.features.localRrMs[b] ?? Number.NaN);
    return beats.types[b] === 'N' && !(pre < 0.9);
  });
  const step = Math.max(1, chosen.length / MAX_BEATS);
  const sample = chosen.filter((_, i) => Math.floor(i % step) === 0);
  if (sample.length === 0) {
    return null;
  }
  const before = ms(SEARCH_FROM_MS + 150);
  const key = `median-segments ${before} ${ms(150)} ${sample.join(',')}`;
  const median = memo?.get(key) ?? medianSegments(leadsUv, sample, before, ms(150));
  memo?.set(key, median);
  const onsetIndex = qrsWidth(
    spatialVelocity(median, rateHz),
    before,
    rateHz,
    QRS_ONSET_FRACTION,
  ).onsetSample;
  const qrsOnsetOffsetMs = ((onsetIndex - before) * 1000) / rateHz;
  const rrMs = medianOf(Array.from(beats.features.preRrMs).filter((v) => Number.isFinite(v)));
  // The previous beat's T wave ends about one QT (Bazett: 400 ms · √(RR / 1 s)) after it.
  const earliest = before - ms(rrMs) + ms(400 * Math.sqrt(rrMs / 1000));
  const measured = measuredPeak(measurements, before, rateHz);
  const peak = measured ?? findPeak(median, onsetIndex, earliest, rateHz);
  // The P wave must be there beat after beat, not only in the median (AF leaves a residue).
  const consistent =
    peak !== null &&
    (measured !== null ||
      waveConsistency(leadsUv, sample, peak.index - before, ms(BUMP_MS)) >= MIN_CONSISTENCY);
  if (peak === null || !consistent) {
    const diastolic = diastolicTemplate(leadsUv, rateHz, fiducials, qrsOnsetOffsetMs);
    return diastolic ? { ...diastolic, qrsOnsetOffsetMs, source: 'diastole' } : null;
  }
  const half = ms(HALF_WIDTH_MS);
  const base = median.map((lead) => lead[onsetIndex - ms(PR_LEVEL_MS)] ?? 0);
  return {
    leadsUv: median.map((lead, l) =>
      lead.slice(peak.index - half, peak.index + half + 1).map((v) => v - (base[l] ?? 0)),
    ),
    halfWidthSamples: half,
    onsetToPeakMs: peak.onsetToPeakMs,
    qrsOnsetOffsetMs,
    source: measured ? 'measurements' : 'pre-qrs',
  };
}

/** P peak of the measured median beat, as an index into our median (fiducial at `before`). */
function measuredPeak(
  m: Measurements | undefined,
  before: number,
  rateHz: number,
): { index: number; onsetToPeakMs: number } | null {
  const peak = m?.waves.pPeak;
  const onset = m?.waves.pOnset;
  if (!peak || !onset) {
    return null;
  }
  return {
    index: before + Math.round((peak.offsetMs * rateHz) / 1000),
    onsetToPeakMs: peak.offsetMs - onset.offsetMs,
  };
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 1000;
}
