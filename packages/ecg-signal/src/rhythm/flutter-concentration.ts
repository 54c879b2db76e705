/**
 * The per-lead spectral concentration of `atrial-flutter.ts`: the periodogram of each atrial
 * signal at 1–12 Hz in 0.05 Hz steps, its largest peak in the flutter band, and the share of the
 * total power within ±{@link PEAK_HALF_WIDTH_HZ} of that peak or of its second harmonic.
 * The reference periodogram is Goertzel's recursion per frequency (`spectral.ts`); as that costs
 * N·K steps per lead, every lead is first computed by the chirp z-transform (`zoom-spectrum.ts`,
 * two leads per transform), and only a lead whose concentration comes within
 * {@link SCREEN_MARGIN} of the caller's threshold is recomputed by Goertzel. The two differ by
 * rounding only (about 1e-12 of the power, far below the margin), so every decision and every
 * reported value at or above the threshold is Goertzel's.
 */
import { goertzelPowers } from './spectral.js';
import { pairPowers, zoomPlan } from './zoom-spectrum.js';

/** Flutter band, Hz (240–360/min). */
export const FLUTTER_BAND_HZ = [4, 6] as const;
/** Power summed this far either side of the peak, Hz. */
const PEAK_HALF_WIDTH_HZ = 0.3;
/** The reference band of the power share, Hz. */
const TOTAL_BAND_HZ = [1, 12] as const;
/** Spectral resolution, Hz. */
const STEP_HZ = 0.05;
/** The periodogram's frequencies, 1–12 Hz at 0.05 Hz (accumulated as a running sum). */
const GRID_HZ: readonly number[] = (() => {
  const grid: number[] = [];
  for (let hz = TOTAL_BAND_HZ[0]; hz <= TOTAL_BAND_HZ[1] + 1e-9; hz += STEP_HZ) {
    grid.push(hz);
  }
  return grid;
})();
/** Indices of the grid frequencies inside the flutter band. */
const IN_BAND: readonly number[] = GRID_HZ.flatMap((hz, k) =>
  hz >= FLUTTER_BAND_HZ[0] && hz <= FLUTTER_BAND_HZ[1] ? [k] : [],
);
/** Leads whose fast concentration is within this of the threshold are recomputed by Goertzel. */
const SCREEN_MARGIN = 0.01;
/** Two leads share one transform only when their energies differ by less than this factor. */
const MAX_PAIR_RATIO = 1e6;

/** The spectral peak of one lead. */
export interface LeadConcentration {
  /** Frequency of the largest peak in the flutter band, Hz. */
  peakHz: number;
  /** Share of the 1–12 Hz power at that peak and its second harmonic, 0–1. */
  concentration: number;
}

/**
 * Flutter-band peak and power concentration of every lead.
 * @param series - atrial signal per lead, equally long, low-passed below half of `rateHz`
 * @param rateHz - their sample rate, Hz (above 24)
 * @param threshold - concentrations from `threshold − 0.01` up are Goertzel's exact values
 * @returns one result per lead, in lead order
 * @example
 * leadConcentrations(reduced, 41.7, 0.4)[1]?.concentration; // e.g. 0.8 in typical flutter
 */
export function leadConcentrations(
  series: readonly Float64Array[],
  rateHz: number,
  threshold: number,
): LeadConcentration[] {
  const grid = GRID_HZ;
  const inBand = IN_BAND;
  const length = series[0]?.length ?? 0;
  const plan = zoomPlan(
    length,
    Math.round(TOTAL_BAND_HZ[0] / STEP_HZ),
    grid.length,
    STEP_HZ,
    rateHz,
  );
  const powers = [new Float64Array(grid.length), new Float64Array(grid.length)] as const;
  const out: LeadConcentration[] = [];
  let l = 0;
  while (l < series.length) {
    const lead = series[l] ?? powers[0];
    const next = series[l + 1];
    // A pair shares the rounding error of its larger lead: only leads of similar energy pair up.
    const pair = next !== undefined && comparable(lead, next) ? next : null;
    pairPowers(plan, lead, pair, ...powers);
    const count = pair === null ? 1 : 2;
    for (let k = 0; k < count; k++) {
      const fast = concentrationOf(powers[k] ?? powers[0], grid, inBand);
      // NaN (from a NaN input) takes the exact path too.
      out.push(
        fast.concentration < threshold - SCREEN_MARGIN
          ? fast
          : concentrationOf(goertzelPowers(series[l + k] ?? lead, grid, rateHz), grid, inBand),
      );
    }
    l += count;
  }
  return out;
}

/** Whether two series' energies are within a factor {@link MAX_PAIR_RATIO} of each other. */
function comparable(a: Float64Array, b: Float64Array): boolean {
  let ea = 0;
  let eb = 0;
  for (let i = 0; i < a.length; i++) {
    ea += (a[i] ?? 0) ** 2;
    eb += (b[i] ?? 0) ** 2;
  }
  return ea <= MAX_PAIR_RATIO * eb && eb <= MAX_PAIR_RATIO * ea;
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
): LeadConcentration {
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
