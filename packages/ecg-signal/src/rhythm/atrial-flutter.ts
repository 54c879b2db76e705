/**
 * Atrial flutter: continuous, regular atrial waves at 240–360/min. The QRS complexes are cut out
 * (linear bridge from QRS onset to {@link QRS_END_MS} after the fiducial), and the spectrum of
 * what remains is searched for a concentrated peak in the flutter band; the organisation measure
 * is the share of the 1–12 Hz power lying within ±0.3 Hz of that peak or of its second harmonic
 * (a sawtooth has both), in the lead where it is largest (`flutter-concentration.ts`). Spectral
 * analysis of the atrial activity after QRS cancellation is the standard way to tell flutter (one
 * sharp peak) from fibrillation (a broad band) (Bollmann et al. 2006, "Analysis of surface
 * electrocardiograms in atrial fibrillation", Europace 8:911–926). Departures: the QRS is blanked
 * rather than cancelled by a template (a template would also cancel flutter waves locked 2:1 to
 * the QRS), the T wave is left in, and the spectrum is a plain periodogram at 0.05 Hz steps of the
 * signal low-passed at 15 Hz and decimated to about 40 Hz. Because the P and T waves of a
 * strictly periodic sinus tachycardia also put power at harmonics inside the band, flutter
 * further needs the blanked signal to resemble itself one flutter cycle later
 * ({@link FLUTTER_CYCLE_CORRELATION}). Both thresholds are ours, set between the flutter records
 * and the others of the development set (see the real-data rhythm test), not taken from a paper.
 */
import { filterZeroPhaseInto, type LaneBuffers } from '../filters/zero-phase-lanes.js';
import { butterworth } from '../filters/biquad.js';
import { FLUTTER_BAND_HZ, leadConcentrations } from './flutter-concentration.js';
import { lagCorrelation } from './spectral.js';
import type { RhythmFinding } from './types.js';

/** Flutter: share of the 1–12 Hz atrial power at the flutter peak, at least this. */
export const FLUTTER_CONCENTRATION = 0.4;
/** Flutter: the atrial signal correlates with itself one flutter cycle later at least this much. */
export const FLUTTER_CYCLE_CORRELATION = 0.2;
/** End of the blanked QRS after the fiducial, ms. */
const QRS_END_MS = 80;
/** The spectrum is computed at no less than this rate, Hz (after a 15 Hz low-pass). */
const SPECTRUM_RATE_HZ = 40;
/** Low-pass before decimation, Hz. */
const LOWPASS_HZ = 15;
/** Longest stretch analysed, s (keeps a Holter record cheap: its first minute). */
const MAX_SECONDS = 60;

/** Result of {@link flutterSpectrum}. */
export interface FlutterSpectrum {
  /** Frequency of the largest peak in the flutter band, Hz (per minute: × 60). */
  peakHz: number;
  /** Share of the 1–12 Hz power within ±0.3 Hz of that peak, 0–1, in the best lead. */
  concentration: number;
  /** Lead index where the concentration is largest. */
  lead: number;
  /** Correlation of that lead with itself one flutter cycle later, −1 to 1. */
  cycleCorrelation: number;
}

/**
 * Spectral organisation of the atrial activity in the flutter band.
 * @param leadsUv - filtered leads (0.5–40 Hz), µV
 * @param rateHz - their rate, Hz
 * @param fiducials - beat fiducials at that rate, ascending
 * @param qrsOnsetOffsetMs - QRS onset relative to the fiducial, ms (≤ 0)
 * @returns the peak frequency, its power share and the lead (values below
 *   {@link FLUTTER_CONCENTRATION} − 0.01 may differ from Goertzel's by rounding)
 * @example
 * flutterSpectrum(leadsUv, 166.7, fiducials, -40).concentration; // high for typical flutter
 */
export function flutterSpectrum(
  leadsUv: readonly Float32Array[],
  rateHz: number,
  fiducials: readonly number[],
  qrsOnsetOffsetMs: number,
): FlutterSpectrum {
  const length = Math.min(leadsUv[0]?.length ?? 0, Math.round(MAX_SECONDS * rateHz));
  const offsets = [
    Math.round(((qrsOnsetOffsetMs - 10) * rateHz) / 1000),
    Math.round((QRS_END_MS * rateHz) / 1000),
  ] as const;
  const step = Math.max(1, Math.floor(rateHz / SPECTRUM_RATE_HZ));
  const count = Math.floor(length / step);
  const size = leadsUv.length * (length + count);
  if (scratch.length < size) {
    scratch = new Float64Array(size);
  }
  const flat = scratch.subarray(0, leadsUv.length * length);
  const series = leadsUv.map((lead, l) =>
    blankQrsInto(lead, fiducials, offsets, flat.subarray(l * length, (l + 1) * length)),
  );
  // Only 1–12 Hz matters: low-pass (in place) and decimate to about 40 Hz before the periodogram.
  lanes = filterZeroPhaseInto(
    series,
    butterworth('lowpass', LOWPASS_HZ, rateHz, 2),
    rateHz,
    series,
    lanes,
  );
  const decimated = scratch.subarray(flat.length, size);
  const reduced = series.map((smooth, l) => {
    const out = decimated.subarray(l * count, (l + 1) * count);
    for (let i = 0; i < count; i++) {
      out[i] = smooth[i * step] ?? 0;
    }
    return out;
  });
  const concentrations = leadConcentrations(reduced, rateHz / step, FLUTTER_CONCENTRATION);
  let best = { peakHz: Number.NaN, concentration: 0, lead: -1 };
  for (let l = 0; l < concentrations.length; l++) {
    const c = concentrations[l];
    if (c !== undefined && c.concentration > best.concentration) {
      best = { ...c, lead: l };
    }
  }
  // The cycle correlation is taken on the blanked lead before the low-pass.
  const lead = leadsUv[best.lead];
  const blanked = lead && blankQrsInto(lead, fiducials, offsets, new Float64Array(length));
  return {
    ...best,
    cycleCorrelation: blanked ? lagCorrelation(blanked, Math.round(rateHz / best.peakHz)) : 0,
  };
}

/** Work arrays of the low-pass and of the blanked and decimated leads, kept from call to call. */
let lanes: LaneBuffers | undefined;
let scratch = new Float64Array(0);

/**
 * Copies a lead into `out` (its length) with every QRS replaced by a straight line from
 * `offsets[0]` to `offsets[1]` samples around its fiducial (in fiducial order, so overlapping QRS
 * regions chain).
 */
function blankQrsInto(
  lead: Float32Array,
  fiducials: readonly number[],
  offsets: readonly [number, number],
  out: Float64Array,
): Float64Array {
  const length = out.length;
  out.set(lead.subarray(0, length));
  for (const f of fiducials) {
    const a = Math.max(0, f + offsets[0]);
    const b = Math.min(length - 1, f + offsets[1]);
    if (b - a < 2) {
      continue;
    }
    const xa = out[a] ?? 0;
    const xb = out[b] ?? 0;
    for (let i = a + 1; i < b; i++) {
      out[i] = xa + ((xb - xa) * (i - a)) / (b - a);
    }
  }
  return out;
}

/**
 * The flutter finding, when the spectrum passes both thresholds.
 * @param spectrum - from {@link flutterSpectrum}
 * @returns the finding with the flutter rate, concentration and cycle correlation, or null
 * @example
 * flutterFinding({ peakHz: 5, concentration: 0.7, lead: 1, cycleCorrelation: 0.8 })?.code; // 'atrial_flutter'
 */
export function flutterFinding(spectrum: FlutterSpectrum): RhythmFinding | null {
  if (!(
    spectrum.concentration >= FLUTTER_CONCENTRATION &&
    spectrum.cycleCorrelation >= FLUTTER_CYCLE_CORRELATION
  )) {
    return null;
  }
  return {
    code: 'atrial_flutter',
    evidence: {
      values: {
        flutterRatePerMin: spectrum.peakHz * 60,
        concentration: spectrum.concentration,
        cycleCorrelation: spectrum.cycleCorrelation,
        lead: spectrum.lead,
      },
      thresholds: {
        concentrationFrom: FLUTTER_CONCENTRATION,
        cycleCorrelationFrom: FLUTTER_CYCLE_CORRELATION,
        bandLowPerMin: FLUTTER_BAND_HZ[0] * 60,
        bandHighPerMin: FLUTTER_BAND_HZ[1] * 60,
      },
    },
  };
}
