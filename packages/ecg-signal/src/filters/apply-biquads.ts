/**
 * Running biquad cascades over sample arrays: causal (direct form II transposed, state started
 * at the steady state of the first sample so a DC offset causes no start-up transient) and
 * zero-phase forward–backward filtering (Gustafsson 1996, "Determining the initial states in
 * forward-backward filtering", IEEE Trans. Signal Process. 44(4):988–992). Departure from
 * Gustafsson: the ends are padded by odd reflection and each pass starts at the steady state of
 * its first padded sample, as MATLAB/SciPy `filtfilt` do, rather than solving for optimal states.
 */
import { bySectionPairs, type Biquad } from './biquad.js';
import { steadyState } from './biquad-lanes.js';
import { padReflectedInto } from './zero-phase-lanes.js';

/**
 * Apply a cascade causally.
 * @param input samples (any unit); not modified.
 * @param sections the cascade, applied in order.
 * @returns a new Float64Array of the same length, in the input's unit.
 * @example filterCausal(samplesUv, butterworth('lowpass', 40, 500, 2))
 */
export function filterCausal(input: ArrayLike<number>, sections: readonly Biquad[]): Float64Array {
  const out = Float64Array.from(input);
  runCascade(out, sections, 0, out.length, 1);
  return out;
}

/**
 * Apply a cascade forward then backward: zero phase, squared magnitude response.
 * @param input samples (any unit); not modified.
 * @param sections the cascade (its magnitude is applied twice).
 * @param padSamples reflected samples added at each end (clipped to length − 1); use about
 *   three time constants of the slowest pole, e.g. 3 · sampleRateHz / lowest corner Hz.
 * @returns a new Float64Array of the same length.
 * @example filterZeroPhase(samplesUv, butterworth('highpass', 0.5, 500, 2), 3000)
 */
export function filterZeroPhase(
  input: ArrayLike<number>,
  sections: readonly Biquad[],
  padSamples: number,
): Float64Array {
  const n = input.length;
  if (n === 0) {
    return new Float64Array(0);
  }
  const pad = Math.max(0, Math.min(n - 1, Math.round(padSamples)));
  const work = padReflectedInto(input, pad, new Float64Array(n + 2 * pad));
  runCascade(work, sections, 0, work.length, 1);
  // Backward down to the first input sample only: the padding before it is not returned.
  runCascade(work, sections, work.length - 1, pad - 1, -1);
  return work.slice(pad, pad + n);
}

/**
 * In place, the sections in order. Sections are run two at a time in one pass (same arithmetic,
 * same order per sample, so the same result as one pass each): the two recurrences are
 * independent chains the CPU overlaps, and the array is read and written half as often.
 */
function runCascade(
  x: Float64Array,
  sections: readonly Biquad[],
  from: number,
  to: number,
  step: 1 | -1,
): void {
  bySectionPairs(
    sections,
    (s, t) => runPair(x, s, t, from, to, step),
    (s) => runSection(x, s, from, to, step),
  );
}

/** {@link runSection} of `s` then of `t`, fused; `from` must be a valid index. */
function runPair(
  x: Float64Array,
  s: Biquad,
  t: Biquad,
  from: number,
  to: number,
  step: 1 | -1,
): void {
  const { b0, b1, b2, a1, a2 } = s;
  const { b0: c0, b1: c1, b2: c2, a1: d1, a2: d2 } = t;
  let [z1, z2] = steadyState(s, x[from] ?? 0);
  // The second section starts at rest at the first section's first output.
  const x0 = x[from] ?? 0;
  const y0 = b0 * x0 + z1;
  let [w1, w2] = steadyState(t, y0);
  for (let i = from; i !== to; i += step) {
    const xi = x[i] ?? 0;
    const yi = b0 * xi + z1;
    z1 = b1 * xi - a1 * yi + z2;
    z2 = b2 * xi - a2 * yi;
    const vi = c0 * yi + w1;
    w1 = c1 * yi - d1 * vi + w2;
    w2 = c2 * yi - d2 * vi;
    x[i] = vi;
  }
}

/** In place, from `from` (inclusive) to `to` (exclusive) stepping `step` (+1 or −1). */
function runSection(x: Float64Array, s: Biquad, from: number, to: number, step: 1 | -1): void {
  const { b0, b1, b2, a1, a2 } = s;
  const x0 = x[from] ?? 0;
  // Steady state for a constant input x0: output y0 = DC gain · x0.
  const dcDen = 1 + a1 + a2;
  const y0 = dcDen !== 0 ? ((b0 + b1 + b2) / dcDen) * x0 : 0;
  let z2 = b2 * x0 - a2 * y0;
  let z1 = b1 * x0 - a1 * y0 + z2;
  for (let i = from; i !== to; i += step) {
    const xi = x[i] ?? 0;
    const yi = b0 * xi + z1;
    z1 = b1 * xi - a1 * yi + z2;
    z2 = b2 * xi - a2 * yi;
    x[i] = yi;
  }
}
