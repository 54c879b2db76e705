/**
 * Rate and QT-correction formulas. Bazett 1920 ("An analysis of the time-relations of
 * electrocardiograms", Heart 7:353–370): QTc = QT / √RR; Fridericia 1920 ("Die Systolendauer
 * im Elektrokardiogramm bei normalen Menschen und bei Herzkranken", Acta Med. Scand.
 * 53:469–486): QTc = QT / ∛RR; RR in seconds, so both equal QT at 60 beats/min.
 */

/**
 * RR statistics of a beat sequence.
 * @param fiducials - beat positions, samples, increasing
 * @param sampleRateHz - Hz, > 0
 * @returns mean and median RR, ms, and the rate from the mean RR, beats/min; nulls with < 2 beats
 * @example
 * rrStatistics(Int32Array.from([0, 500, 1000]), 500); // { rrMeanMs: 1000, rrMedianMs: 1000, heartRateBpm: 60 }
 */
export function rrStatistics(
  fiducials: Int32Array,
  sampleRateHz: number,
): { rrMeanMs: number | null; rrMedianMs: number | null; heartRateBpm: number | null } {
  const rr: number[] = [];
  for (let b = 1; b < fiducials.length; b++) {
    rr.push((((fiducials[b] ?? 0) - (fiducials[b - 1] ?? 0)) * 1000) / sampleRateHz);
  }
  if (rr.length === 0) {
    return { rrMeanMs: null, rrMedianMs: null, heartRateBpm: null };
  }
  const rrMeanMs = rr.reduce((a, b) => a + b, 0) / rr.length;
  const sorted = rr.sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const rrMedianMs =
    sorted.length % 2 === 1
      ? (sorted[mid] ?? 0)
      : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { rrMeanMs, rrMedianMs, heartRateBpm: 60_000 / rrMeanMs };
}

/**
 * Bazett's corrected QT.
 * @param qtIntervalMs - QT, ms, > 0
 * @param rrMs - RR, ms, > 0
 * @returns QTc, ms
 * @throws RangeError when an interval is not a positive finite number
 * @example
 * qtcBazettMs(400, 640); // 500
 */
export function qtcBazettMs(qtIntervalMs: number, rrMs: number): number {
  checkPositive(qtIntervalMs, rrMs);
  return qtIntervalMs / Math.sqrt(rrMs / 1000);
}

/**
 * Fridericia's corrected QT.
 * @param qtIntervalMs - QT, ms, > 0
 * @param rrMs - RR, ms, > 0
 * @returns QTc, ms
 * @throws RangeError when an interval is not a positive finite number
 * @example
 * qtcFridericiaMs(400, 512); // 500
 */
export function qtcFridericiaMs(qtIntervalMs: number, rrMs: number): number {
  checkPositive(qtIntervalMs, rrMs);
  return qtIntervalMs / Math.cbrt(rrMs / 1000);
}

/** Both intervals must be positive and finite. */
function checkPositive(qtIntervalMs: number, rrMs: number): void {
  if (!(qtIntervalMs > 0 && Number.isFinite(qtIntervalMs) && rrMs > 0 && Number.isFinite(rrMs))) {
    throw new RangeError(
      `QT correction needs QT > 0 and RR > 0 ms (got QT ${qtIntervalMs}, RR ${rrMs})`,
    );
  }
}
