/**
 * Atrial flutter: continuous, regular atrial waves at 240–360/min. The QRS complexes are cut out
 * (linear bridge from QRS onset to {@link QRS_END_MS} after the fiducial), and the spectrum of
 * what remains is searched for a concentrated peak in the flutter band; the organisation measure
 * is the share of the 1–12 Hz power lying within ±{@link PEAK_HALF_WIDTH_HZ} of that peak or of
 * its second harmonic (a sawtooth has both), in the lead where it is largest. Spectral analysis of the atrial activity after QRS cancellation is the
 * standard way to tell flutter (one sharp peak) from fibrillation (a broad band) (Bollmann et al.
 * 2006, "Analysis of surface electrocardiograms in atrial fibrillation", Europace 8:911–926).
 * Departures: the QRS is blanked rather than cancelled by a template (a template would also cancel
 * flutter waves locked 2:1 to the QRS), the T wave is left in, and the spectrum is a plain
 * periodogram at 0.05 Hz steps of the signal low-passed at 15 Hz and decimated to about 40 Hz. Because the P and T waves of a strictly periodic sinus tachycardia
 * also put power at harmonics inside the band, flutter further needs the blanked signal to
 * resemble itself one flutter cycle later ({@link FLUTTER_CYCLE_CORRELATION}). Both thresholds are
 * ours, set between the flutter records and the others of the development set (see the real-data
 * rhythm test), not taken from a paper.
 */
import { filterZeroPhaseLeads } from '../filters/zero-phase-lanes.js';
import { butterworth } from '../filters/biquad.js';
import { goertzelPowers, lagCorrelation } from './spectral.js';
import type { RhythmFinding } from './types.js';

/** Flutter: share of the 1–12 Hz atrial power at the flutter peak, at least this. */
export const FLUTTER_CONCENTRATION = 0.4;
/** Flutter: the atrial signal correlates with itself one flutter cycle later at least this much. */
export const FLUTTER_CYCLE_CORRELATION = 0.2;
/** Flutter band, Hz (240–360/min). */
export const FLUTTER_BAND_HZ = [4, 6] as const;
/** Power summed this far either side of the peak, Hz. */
const PEAK_HALF_WIDTH_HZ = 0.3;
/** The reference band of the power share, Hz. */
const TOTAL_BAND_HZ = [1, 12] as const;
/** Spectral resolution, Hz. */
const STEP_HZ = 0.05;
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
 * @returns the peak frequency, its power share and the lead
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
  const from = (f: number): number => f + Math.round(((qrsOnsetOffsetMs - 10) * rateHz) / 1000);
  const to = (f: number): number => f + Math.round((QRS_END_MS * rateHz) / 1000);
  let best: FlutterSpectrum = {
    peakHz: Number.NaN,
    concentration: 0,
    lead: -1,
    cycleCorrelation: 0,
  };
  const step = Math.max(1, Math.floor(rateHz / SPECTRUM_RATE_HZ));
  const blanked = leadsUv.map((lead) => {
    const x = Float64Array.from(lead.subarray(0, length));
    for (const f of fiducials) {
      const a = Math.max(0, from(f));
      const b = Math.min(length - 1, to(f));
      for (let i = a + 1; i < b; i++) {
        x[i] = (x[a] ?? 0) + (((x[b] ?? 0) - (x[a] ?? 0)) * (i - a)) / (b - a);
      }
    }
    return x;
  });
  // Only 1–12 Hz matters: low-pass and decimate to about 40 Hz before the periodogram.
  const smoothed = filterZeroPhaseLeads(
    blanked,
    butterworth('lowpass', LOWPASS_HZ, rateHz, 2),
    rateHz,
  );
  const grid = frequencyGrid();
  const inBand = grid.flatMap((hz, k) =>
    hz >= FLUTTER_BAND_HZ[0] && hz <= FLUTTER_BAND_HZ[1] ? [k] : [],
  );
  for (let l = 0; l < smoothed.length; l++) {
    const smooth = smoothed[l] ?? new Float64Array(0);
    const reduced = new Float64Array(Math.floor(smooth.length / step));
    for (let i = 0; i < reduced.length; i++) {
      reduced[i] = smooth[i * step] ?? 0;
    }
    const { peakHz, concentration } = concentrationOf(
      goertzelPowers(reduced, grid, rateHz / step),
      grid,
      inBand,
    );
    if (concentration > best.concentration) {
      best = {
        peakHz,
        concentration,
        lead: l,
        cycleCorrelation: lagCorrelation(blanked[l] ?? reduced, Math.round(rateHz / peakHz)),
      };
    }
  }
  return best;
}

/**
 * The largest peak in the flutter band and the share of the total power within ±0.3 Hz of it or
 * of its second harmonic (a sawtooth puts power at both). Plain index loops: this runs for every
 * lead, and loops over iterators or in callbacks allocated on every step.
 */
function concentrationOf(
  power: Float64Array,
  grid: readonly number[],
  inBand: readonly number[],
): { peakHz: number; concentration: number } {
  let total = 0;
  for (let k = 0; k < power.length; k++) {
    total += power[k] ?? 0;
  }
  let peakHz = Number.NaN;
  let peakPower = -1;
  for (const k of inBand) {
    if ((power[k] ?? 0) > peakPower) {
      peakPower = power[k] ?? 0;
      peakHz = grid[k] ?? Number.NaN;
    }
  }
  let near = 0;
  for (let k = 0; k < grid.length; k++) {
    const hz = grid[k] ?? 0;
    if (
      Math.abs(hz - peakHz) <= PEAK_HALF_WIDTH_HZ ||
      Math.abs(hz - 2 * peakHz) <= PEAK_HALF_WIDTH_HZ
    ) {
      near += power[k] ?? 0;
    }
  }
  return { peakHz, concentration: total > 0 ? near / total : 0 };
}

/** The periodogram's frequencies, 1–12 Hz at 0.05 Hz (accumulated as a running sum). */
function frequencyGrid(): number[] {
  const grid: number[] = [];
  for (let hz = TOTAL_BAND_HZ[0]; hz <= TOTAL_BAND_HZ[1] + 1e-9; hz += STEP_HZ) {
    grid.push(hz);
  }
  return grid;
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
