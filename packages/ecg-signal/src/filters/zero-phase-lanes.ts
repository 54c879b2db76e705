/**
 * Forward–backward (zero-phase) filtering of several equally long leads at once, four per pass
 * (`biquad-lanes.ts`), with the padding of `filterZeroPhase` (odd reflection, steady-state start;
 * Gustafsson 1996 as done by MATLAB/SciPy `filtfilt`): the same arithmetic per lead, so the same
 * results, in about half the time. The backward pass stops at the lead's first sample (the
 * padding before it is never read). Work arrays can be passed in and reused, and results are
 * written straight into the caller's arrays, so that filtering a record allocates little.
 */
import type { Biquad } from './biquad.js';
import { runCascadeLanes } from './biquad-lanes.js';
import { runCascadeTwoLanes } from './biquad-two-lanes.js';

/** Four work arrays, at least as long as the padded leads; reused from call to call. */
export type LaneBuffers = [Float64Array, Float64Array, Float64Array, Float64Array];

/**
 * Work arrays of at least `length` samples.
 * @param length - samples per array
 * @param reuse - arrays to reuse when long enough
 * @param allocate - makes a new array (default `new Float64Array`; `scratchFloat64` for a
 *   prepared record's own work arrays, which die with its call: `memory/scratch.ts`)
 * @returns four arrays
 * @example const work = laneBuffers(6000);
 */
export function laneBuffers(
  length: number,
  reuse?: LaneBuffers,
  allocate: (length: number) => Float64Array = (n) => new Float64Array(n),
): LaneBuffers {
  if (reuse && reuse[0].length >= length) {
    return reuse;
  }
  return [allocate(length), allocate(length), allocate(length), allocate(length)];
}

/**
 * Writes the input with `pad` odd-reflected samples before and after it into `work`.
 * @param input - samples
 * @param pad - reflected samples at each end, ≤ length − 1
 * @param work - at least length + 2·pad long
 * @returns `work`
 * @example padReflectedInto(lead, 38, work[0]);
 */
export function padReflectedInto(
  input: ArrayLike<number>,
  pad: number,
  work: Float64Array,
): Float64Array {
  const n = input.length;
  const first = input[0] ?? 0;
  const last = input[n - 1] ?? 0;
  for (let i = 0; i < pad; i++) {
    work[pad - 1 - i] = 2 * first - (input[i + 1] ?? 0);
    work[pad + n + i] = 2 * last - (input[n - 2 - i] ?? 0);
  }
  if (input instanceof Float64Array || input instanceof Float32Array) {
    // The engine's own copy (a plain memory copy from float64).
    work.set(input, pad);
  } else {
    for (let i = 0; i < n; i++) {
      work[pad + i] = input[i] ?? 0;
    }
  }
  return work;
}

/**
 * `filterZeroPhase` of several equally long inputs, written into `outputs`.
 * @param inputs - samples (any unit), all of one length; not modified
 * @param sections - the cascade (its magnitude is applied twice)
 * @param padSamples - reflected samples added at each end (clipped to length − 1)
 * @param outputs - one array per input, same length (float32 rounds the result)
 * @param work - reusable work arrays (allocated when absent or short)
 * @param allocate - makes a work array when needed (as {@link laneBuffers})
 * @returns the work arrays used, for reuse
 * @example filterZeroPhaseInto(leads, butterworth('lowpass', 40, 500, 2), 38, outputs);
 */
export function filterZeroPhaseInto(
  inputs: readonly ArrayLike<number>[],
  sections: readonly Biquad[],
  padSamples: number,
  outputs: readonly (Float32Array | Float64Array)[],
  work?: LaneBuffers,
  allocate?: (length: number) => Float64Array,
): LaneBuffers {
  const n = inputs[0]?.length ?? 0;
  const pad = Math.max(0, Math.min(n - 1, Math.round(padSamples)));
  const total = n + 2 * pad;
  const lanes = laneBuffers(total, work, allocate);
  if (n === 0) {
    return lanes;
  }
  for (let g = 0; g < inputs.length; g += 4) {
    // Missing lanes of the last group keep what they hold; their results are not read.
    for (let k = 0; k < 4; k++) {
      const input = inputs[g + k];
      if (input !== undefined) {
        padReflectedInto(input, pad, lanes[k] as Float64Array);
      }
    }
    // The backward pass stops at the lead's first sample: what it would leave in the padding
    // before it is never read. One or two inputs left: two lanes (`biquad-two-lanes.ts`).
    if (inputs.length - g <= 2) {
      const two = [lanes[0], lanes[1]] as const;
      runCascadeTwoLanes(two, sections, 0, total, 1);
      runCascadeTwoLanes(two, sections, total - 1, pad - 1, -1);
    } else {
      runCascadeLanes(lanes, sections, 0, total, 1);
      runCascadeLanes(lanes, sections, total - 1, pad - 1, -1);
    }
    for (let k = 0; k < 4; k++) {
      outputs[g + k]?.set((lanes[k] as Float64Array).subarray(pad, pad + n));
    }
  }
  return lanes;
}

/**
 * `filterZeroPhase` of several equally long inputs, four at a time.
 * @param inputs - samples (any unit), all of one length; not modified
 * @param sections - the cascade (its magnitude is applied twice)
 * @param padSamples - reflected samples added at each end (clipped to length − 1)
 * @returns one new Float64Array per input, same length
 * @example filterZeroPhaseLeads(leads, butterworth('lowpass', 40, 500, 2), 38)
 */
export function filterZeroPhaseLeads(
  inputs: readonly ArrayLike<number>[],
  sections: readonly Biquad[],
  padSamples: number,
): Float64Array[] {
  const n = inputs[0]?.length ?? 0;
  const outputs = inputs.map(() => new Float64Array(n));
  filterZeroPhaseInto(inputs, sections, padSamples, outputs);
  return outputs;
}
