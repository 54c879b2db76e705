/**
 * How noisy the stretch before each beat is: the curve length per sample (Σ|Δx|) of the interval
 * between the previous beat's T wave and this beat's QRS, divided by the typical curve length per
 * sample of the record's QRS complexes, in each lead; the beat's value is the smallest over the
 * leads (it is noisy only when no lead is clean). In clean signal that stretch holds only the
 * slow P and T waves (ratio about 0.05–0.2); motion artefact and muscle noise raise it to the
 * order of the QRS itself. A curve-length measure as in Zong, Moody & Jiang's wqrs (2003, length
 * transform) used here as a noise index; there is no published threshold for it, so the value
 * is a feature, and `beat-rules.ts` states the cut it uses.
 */

/** The stretch starts this long after the previous fiducial (past its QRS), ms. */
const AFTER_PREVIOUS_MS = 250;
/** ... and ends this long before the beat's fiducial (before its QRS), ms. */
const BEFORE_BEAT_MS = 120;
/** ... and is at most this long, ms. */
const MAX_STRETCH_MS = 500;
/** Shorter stretches are not judged (`NaN`), ms. */
const MIN_STRETCH_MS = 80;
/** The QRS region whose curve length is the reference: fiducial −50 ms to +80 ms. */
const QRS_REGION_MS = { before: 50, after: 80 };

/**
 * Noise index of every beat.
 * @param leadsUv - filtered leads, µV
 * @param sampleRateHz - their rate, Hz
 * @param fiducials - beat fiducials at that rate, ascending
 * @returns per beat the smallest per-lead ratio of stretch to QRS curve length (≥ 0; `NaN` when
 *   the stretch is shorter than 80 ms)
 * @example
 * beatNoiseIndex(leadsUv, 180, fiducials)[10]; // about 0.06 on a clean recording
 */
export function beatNoiseIndex(
  leadsUv: readonly Float32Array[],
  sampleRateHz: number,
  fiducials: Int32Array,
): Float64Array {
  const samples = (ms: number): number => Math.round((ms * sampleRateHz) / 1000);
  const qrsPerSample = leadsUv.map((lead) =>
    median(
      Array.from(fiducials, (f) =>
        curvePerSample(lead, f - samples(QRS_REGION_MS.before), f + samples(QRS_REGION_MS.after)),
      ),
    ),
  );
  return Float64Array.from(fiducials, (f, b) => {
    const previous =
      b > 0 ? (fiducials[b - 1] ?? f) : f - samples(MAX_STRETCH_MS + AFTER_PREVIOUS_MS);
    const from = Math.max(
      previous + samples(AFTER_PREVIOUS_MS),
      f - samples(BEFORE_BEAT_MS + MAX_STRETCH_MS),
    );
    const to = f - samples(BEFORE_BEAT_MS);
    if (to - from < samples(MIN_STRETCH_MS)) {
      return Number.NaN;
    }
    let lowest = Number.POSITIVE_INFINITY;
    leadsUv.forEach((lead, l) => {
      const reference = qrsPerSample[l] ?? 0;
      if (reference > 0) {
        lowest = Math.min(lowest, curvePerSample(lead, from, to) / reference);
      }
    });
    return Number.isFinite(lowest) ? lowest : Number.NaN;
  });
}

function curvePerSample(lead: Float32Array, from: number, to: number): number {
  const a = Math.max(1, from);
  const b = Math.min(lead.length, to);
  let sum = 0;
  for (let i = a; i < b; i++) {
    sum += Math.abs((lead[i] ?? 0) - (lead[i - 1] ?? 0));
  }
  return b > a ? sum / (b - a) : 0;
}

function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((x, y) => x - y);
  return sorted[sorted.length >> 1] ?? 0;
}
