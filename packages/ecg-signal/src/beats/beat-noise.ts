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
  const qrsBefore = samples(QRS_REGION_MS.before);
  const qrsAfter = samples(QRS_REGION_MS.after);
  const qrsPerSample = leadsUv.map((lead) => {
    const curves: number[] = [];
    for (const f of fiducials) {
      curves.push(curvePerSample(lead, f - qrsBefore, f + qrsAfter));
    }
    return median(curves);
  });
  const afterPrevious = samples(AFTER_PREVIOUS_MS);
  const beforeBeat = samples(BEFORE_BEAT_MS);
  const longest = samples(BEFORE_BEAT_MS + MAX_STRETCH_MS);
  const firstPrevious = samples(MAX_STRETCH_MS + AFTER_PREVIOUS_MS);
  const shortest = samples(MIN_STRETCH_MS);
  const out = new Float64Array(fiducials.length);
  // Plain loops: a minimum updated inside a callback lives in the closure and is boxed.
  for (let b = 0; b < fiducials.length; b++) {
    const f = fiducials[b] as number;
    const previous = b > 0 ? (fiducials[b - 1] as number) : f - firstPrevious;
    const from = Math.max(previous + afterPrevious, f - longest);
    const to = f - beforeBeat;
    if (to - from < shortest) {
      out[b] = Number.NaN;
      continue;
    }
    let lowest = Number.POSITIVE_INFINITY;
    for (let l = 0; l < leadsUv.length; l++) {
      const reference = qrsPerSample[l] ?? 0;
      if (reference > 0) {
        lowest = Math.min(lowest, curvePerSample(leadsUv[l] as Float32Array, from, to) / reference);
      }
    }
    out[b] = Number.isFinite(lowest) ? lowest : Number.NaN;
  }
  return out;
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

/** The upper middle of the finite values (0 without any), sorted natively in a typed array. */
function median(values: number[]): number {
  const sorted = Float64Array.from(values.filter((v) => Number.isFinite(v))).sort();
  return sorted[sorted.length >> 1] ?? 0;
}
