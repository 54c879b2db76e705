/**
 * Beat windows: the stretch of every lead around a fiducial, and the mean of several such
 * stretches. The shared currency of template matching (`beat-correlation.ts`) and clustering
 * (`cluster-beats.ts`), as in Hamilton's beat classifier (Hamilton 2002, Computers in
 * Cardiology 29:101–104), whose templates are fixed windows around the fiducial.
 */

/** A beat shape: per lead, samples from `fiducial − preSamples` to `fiducial + postSamples`. */
export interface BeatTemplate {
  /** One array per lead, µV, length `preSamples + postSamples + 1`. */
  leadsUv: Float32Array[];
  /** Samples before the fiducial (≥ 0). */
  preSamples: number;
  /** Samples after the fiducial (≥ 0). */
  postSamples: number;
}

/**
 * The window of `leadsUv` around `fiducial`, one array per lead (zeros outside the record).
 * @param leadsUv - leads, µV
 * @param fiducial - centre sample
 * @param window - samples before and after
 * @returns a template holding that one beat
 * @example
 * cutBeat(leadsUv, 1000, { preSamples: 36, postSamples: 54 }).leadsUv[0]?.length; // 91
 */
export function cutBeat(
  leadsUv: readonly Float32Array[],
  fiducial: number,
  window: { preSamples: number; postSamples: number },
): BeatTemplate {
  const width = window.preSamples + window.postSamples + 1;
  const start = fiducial - window.preSamples;
  const from = Math.max(0, -start);
  return {
    leadsUv: leadsUv.map((lead) => {
      const out = new Float32Array(width);
      out.set(
        lead.subarray(start + from, Math.max(start + from, Math.min(lead.length, start + width))),
        from,
      );
      return out;
    }),
    preSamples: window.preSamples,
    postSamples: window.postSamples,
  };
}

/**
 * Mean of several beats, each shifted by its own lag: a cluster's final shape.
 * @param leadsUv - leads, µV
 * @param fiducials - beat fiducials, samples
 * @param lagOf - per beat, shift onto the cluster template, samples
 * @param list - indices of the beats to average
 * @param window - samples before and after the fiducial
 * @returns the mean beat (zeros without beats)
 * @example
 * meanBeat(leadsUv, fiducials, lagOf, [0, 3, 7], { preSamples: 18, postSamples: 27 });
 */
export function meanBeat(
  leadsUv: readonly Float32Array[],
  fiducials: Int32Array,
  lagOf: Int32Array,
  list: readonly number[],
  window: { preSamples: number; postSamples: number },
): BeatTemplate {
  const width = window.preSamples + window.postSamples + 1;
  const n = Math.max(1, list.length);
  // Each beat's samples are added straight from the leads (zeros outside the record, as
  // `cutBeat` would give), lead by lead, in plain loops.
  return {
    ...window,
    leadsUv: leadsUv.map((lead) => {
      const acc = new Float64Array(width);
      for (const b of list) {
        addWindow(lead, (fiducials[b] ?? 0) + (lagOf[b] ?? 0) - window.preSamples, acc);
      }
      const mean = new Float32Array(width);
      for (let i = 0; i < width; i++) {
        mean[i] = (acc[i] ?? 0) / n;
      }
      return mean;
    }),
  };
}

/** acc[i] += lead[start + i] (0 outside the lead) for every i of acc. */
function addWindow(lead: Float32Array, start: number, acc: Float64Array): void {
  for (let i = 0; i < acc.length; i++) {
    const k = start + i;
    acc[i] = (acc[i] ?? 0) + (k >= 0 && k < lead.length ? (lead[k] ?? 0) : 0);
  }
}
