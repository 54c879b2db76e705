/**
 * `measureEcg`: global and per-lead measurements of a resting ECG from its representative
 * (median) beat, the way diagnostic carts measure (CSE study, Willems et al. 1990). Steps:
 * filter (`../filters/preprocess.ts`: baseline wander and mains; no muscle low-pass, which would
 * cut QRS amplitudes, Kligfield et al. 2007, while the median beat averages noise out anyway)
 * → align the beats and keep the dominant ones (`../delineation/beat-selection.ts`) → median
 * beat per lead (`../delineation/median-beat.ts`) → delineation per lead and across leads
 * (`../delineation/delineate.ts`) → intervals, axes, amplitudes and ST levels (`summarise.ts`).
 * The QRS fiducial points are an input, so any detector (or a reference annotation) drives it.
 */
import { alignAndSelectBeats } from '../delineation/beat-selection.js';
import { delineateMedianBeats } from '../delineation/delineate.js';
import { buildMedianBeats } from '../delineation/median-beat.js';
import { measured } from '../prepared/lead-products.js';
import { originalSignal, prepareSignal, type PreparedSignal } from '../prepared/prepared-signal.js';
import type { EcgSignal } from '../record.js';
import { summarise } from './summarise.js';
import { rrStatistics } from './intervals.js';
import type { Measurements } from './types.js';

/** Options of {@link measureEcg}. */
export interface MeasureOptions {
  /**
   * Beats to leave out of the median beat (e.g. ectopic beats from a beat classifier): nonzero
   * or `true` at the index of the fiducial. They still count for the heart rate. When every
   * beat is excluded, all are used: there is no other beat to measure.
   */
  excludeBeats?: ArrayLike<number | boolean>;
  /** Mains frequencies to notch, Hz (default [50, 60]); [] for none. */
  mainsHz?: readonly number[];
  /** Set false when the signal is already filtered (default true). */
  filter?: boolean;
  /** Beats correlating less with the dominant QRS are left out, 0–1 (default 0.9). */
  minCorrelation?: number;
}

/**
 * Measures an ECG from its signal and QRS fiducial points.
 * @param signal - the record; leads of equal length, µV, 100–1000 Hz
 * @param fiducials - one sample index per QRS complex at the record's own rate, increasing
 *   (e.g. R peaks from a detector or an annotation file); at least one
 * @param options - beats to exclude, mains frequencies, filtering, dominant-beat threshold
 * @returns the measurements, with the median beat and the landmarks they come from
 * @throws RangeError when there is no fiducial inside the record, or no lead shows a QRS
 * @example
 * const m = measureEcg(signal, rPeaks);
 * m.qrsDurationMs; // 94
 * m.leads['V2']?.stJ60Uv; // 150
 */
export function measureEcg(
  signal: EcgSignal,
  fiducials: Int32Array,
  options: MeasureOptions = {},
): Measurements {
  return measurePreparedEcg(prepareSignal(signal), fiducials, options);
}

/**
 * {@link measureEcg} on a prepared record, whose filtered leads the other stages share.
 * @param prepared - the record (`prepareSignal`), restricted to the leads to measure
 * @param fiducials - one sample index per QRS complex, increasing
 * @param options - beats to exclude, mains frequencies, filtering, dominant-beat threshold
 * @returns the measurements
 * @throws RangeError when there is no fiducial inside the record, or no lead shows a QRS
 * @example
 * measurePreparedEcg(prepareSignal(signal), rPeaks).qrsDurationMs; // 94
 */
export function measurePreparedEcg(
  prepared: PreparedSignal,
  fiducials: Int32Array,
  options: MeasureOptions = {},
): Measurements {
  const signal = originalSignal(prepared);
  const rate = prepared.sampleRateHz;
  const length = prepared.length;
  const order = [...fiducials.keys()]
    .filter((b) => (fiducials[b] ?? -1) >= 0 && (fiducials[b] ?? length) < length)
    .sort((a, b) => (fiducials[a] ?? 0) - (fiducials[b] ?? 0));
  if (order.length === 0 || signal.leads.length === 0) {
    throw new RangeError(
      `measureEcg needs at least one fiducial inside the ${length} samples and one lead`,
    );
  }
  const sorted = Int32Array.from(order, (b) => fiducials[b] ?? 0);
  const allowed = Uint8Array.from(order, (b) =>
    Number(options.excludeBeats?.[b] ?? 0) !== 0 ? 0 : 1,
  );
  if (!allowed.includes(1)) {
    allowed.fill(1);
  }
  const leads =
    options.filter === false
      ? signal.leads.map((lead) => lead.samplesUv)
      : measured(prepared, options.mainsHz ?? [50, 60]);
  const selection = alignAndSelectBeats(leads, rate, sorted, allowed, {
    minCorrelation: options.minCorrelation ?? 0.9,
  });
  // The spread across beats serves the P-wave test, which looks before the QRS onset only.
  const median = buildMedianBeats(leads, rate, selection.alignedFiducials, selection.used, {
    spreadUntilMs: 100,
  });
  const rr = rrStatistics(sorted, rate);
  const delineated = delineateMedianBeats(median, rr.rrMedianMs);
  // Report per input beat, in the caller's order.
  const alignedFiducials = new Int32Array(fiducials.length).fill(-1);
  const used = new Uint8Array(fiducials.length);
  order.forEach((b, k) => {
    alignedFiducials[b] = selection.alignedFiducials[k] ?? -1;
    used[b] = selection.used[k] ?? 0;
  });
  return summarise(signal, median, delineated, rr, { alignedFiducials, used });
}
