/**
 * Choosing a WFDB gain and baseline for one lead so that its samples survive a write and a read
 * unchanged. The reader computes µV = (adu − baseline) × (µV per unit ÷ gain), rounded to
 * float32 (signal(5)/header(5) of the WFDB Software Package, G. B. Moody, PhysioNet); a gain is
 * exact for a lead when, for every sample v, some integer n gives exactly v by that computation.
 * Candidates, each checked by running the reader's arithmetic: round gains (1, 2, 2.5, 4, 5 ×
 * 10^k adu/mV, coarsest first), then gains estimated from the lead's own µV step (the smallest
 * difference between distinct values, refined over the whole range) at 4–10 significant digits,
 * in adu/mV and adu/µV, and at half that step (a grid offset by half a step, as EDF's
 * digital-minimum calibration produces). When none is exact and fits the format's range, the
 * fitting candidate with the smallest error is used and the caller warns.
 */

/** A chosen scale for one lead. */
export interface WfdbLeadScale {
  /** ADC units per `units`, as it will be written (a float the reader parses back exactly). */
  gain: number;
  /** Physical units written in the header. */
  units: 'mV' | 'uV';
  /** adu that corresponds to 0 µV (integer). */
  baseline: number;
  /** The samples in adu, the format's invalid value where the sample is NaN. */
  adu: Int32Array;
  /** True when every sample reads back as exactly the same float32. */
  exact: boolean;
  /** Largest absolute difference between a sample and its read-back value, in µV. */
  maxErrorUv: number;
}

const UV_PER_UNIT = { mV: 1000, uV: 1 } as const;

/**
 * Finds the scale under which `samplesUv` round-trips exactly in `bits`-bit samples.
 * @param samplesUv - one lead in µV (NaN allowed: written as the invalid value)
 * @param bits - sample width: 16 (format 16) or 12 (format 212)
 * @returns the scale, its adu, and whether it is exact
 * @example
 * chooseWfdbScale(Float32Array.of(-145, 0, 5), 12).gain; // 200 (adu per mV: a 5 µV step)
 */
export function chooseWfdbScale(samplesUv: Float32Array, bits: 12 | 16): WfdbLeadScale {
  const invalid = -(2 ** (bits - 1));
  const limit = 2 ** (bits - 1) - 1;
  // First pass: the first candidate that reproduces every sample (stops at the first mismatch).
  for (const [gain, units] of candidates(samplesUv, limit)) {
    if (exactScale(samplesUv, gain, units, limit)) {
      const scale = tryScale(samplesUv, gain, units, invalid, limit);
      if (scale?.exact) {
        return scale;
      }
    }
  }
  let best: WfdbLeadScale | undefined;
  for (const [gain, units] of candidates(samplesUv, limit)) {
    const scale = tryScale(samplesUv, gain, units, invalid, limit);
    if (scale !== undefined && (best === undefined || scale.maxErrorUv < best.maxErrorUv)) {
      best = scale;
    }
  }
  // The last candidate always fits, so `best` is set; this keeps the type checker satisfied.
  return best ?? (tryScale(samplesUv, 200, 'mV', invalid, limit) as WfdbLeadScale);
}

/** Whether every sample reads back exactly and the lead fits; stops at the first mismatch. */
function exactScale(
  samplesUv: Float32Array,
  gain: number,
  units: 'mV' | 'uV',
  limit: number,
): boolean {
  if (!(gain > 0) || !Number.isFinite(gain)) {
    return false;
  }
  const scale = UV_PER_UNIT[units] / gain;
  let lowest = Infinity;
  let highest = -Infinity;
  for (const value of samplesUv) {
    if (Number.isNaN(value)) {
      continue;
    }
    const n = Math.round(value / scale);
    if (Math.fround(n * scale) !== value) {
      return false;
    }
    lowest = Math.min(lowest, n);
    highest = Math.max(highest, n);
  }
  return !(highest - lowest > 2 * limit);
}

/** Round gains first, then gains estimated from the data, then one that surely fits the range. */
function* candidates(samplesUv: Float32Array, limit: number): Generator<[number, 'mV' | 'uV']> {
  let min = Infinity;
  let max = -Infinity;
  for (const v of samplesUv) {
    if (Number.isFinite(v)) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
  }
  if (!(min < max) && !(min !== 0 && Number.isFinite(min))) {
    yield [200, 'mV']; // all zero or all NaN: WFDB's customary gain
    return;
  }
  for (let exponent = 0; exponent <= 6; exponent++) {
    for (const mantissa of [1, 2, 2.5, 4, 5]) {
      yield [Number((mantissa * 10 ** exponent).toPrecision(2)), 'mV'];
    }
  }
  const step = estimateStepUv(samplesUv, min, max);
  for (const stepUv of [step, step / 2]) {
    for (let digits = 4; digits <= 10; digits++) {
      yield [Number((1000 / stepUv).toPrecision(digits)), 'mV'];
      yield [Number((1 / stepUv).toPrecision(digits)), 'uV'];
    }
    yield [1000 / stepUv, 'mV'];
    yield [1 / stepUv, 'uV'];
  }
  // Spread the range over 2·limit − 2 units: always fits, with a step of range / (2·limit − 2).
  yield [(2 * limit - 2) / Math.max(max - min, 1e-9), 'uV'];
}

/**
 * The lead's µV step: the largest gap/m (m = 1–16, gap = smallest difference between distinct
 * values) of which every value's distance from the minimum is a whole multiple, refined over the
 * whole range; the smallest gap itself when none is.
 */
function estimateStepUv(samplesUv: Float32Array, min: number, max: number): number {
  const sorted = new Float64Array(samplesUv.length);
  let count = 0;
  for (const v of samplesUv) {
    if (Number.isFinite(v)) {
      sorted[count++] = v;
    }
  }
  const distinct: number[] = [];
  let gap = Infinity;
  for (const v of sorted.subarray(0, count).sort()) {
    const last = distinct[distinct.length - 1];
    if (last === undefined || v > last) {
      gap = last === undefined ? gap : Math.min(gap, v - last);
      distinct.push(v);
    }
  }
  if (!Number.isFinite(gap)) {
    return Math.abs(min); // one distinct non-zero value
  }
  const span = max - min;
  for (let m = 1; m <= 16; m++) {
    const step = gap / m;
    const whole = distinct.every((v) => {
      const k = (v - min) / step;
      return Math.abs(k - Math.round(k)) < 0.01;
    });
    if (whole) {
      return span / Math.round(span / step);
    }
  }
  return gap;
}

/** Runs the reader's arithmetic for one gain; undefined when the lead does not fit the range. */
function tryScale(
  samplesUv: Float32Array,
  gain: number,
  units: 'mV' | 'uV',
  invalid: number,
  limit: number,
): WfdbLeadScale | undefined {
  if (!(gain > 0) || !Number.isFinite(gain)) {
    return undefined;
  }
  const scale = UV_PER_UNIT[units] / gain;
  const steps = new Float64Array(samplesUv.length);
  let lowest = Infinity;
  let highest = -Infinity;
  for (let i = 0; i < samplesUv.length; i++) {
    const n = Math.round((samplesUv[i] ?? NaN) / scale);
    steps[i] = n;
    if (Number.isFinite(n)) {
      lowest = Math.min(lowest, n);
      highest = Math.max(highest, n);
    }
  }
  if (highest - lowest > 2 * limit) {
    return undefined;
  }
  const baseline = Number.isFinite(lowest) ? -Math.round((lowest + highest) / 2) : 0;
  const adu = new Int32Array(samplesUv.length);
  let exact = true;
  let maxErrorUv = 0;
  for (let i = 0; i < samplesUv.length; i++) {
    const n = steps[i] ?? NaN;
    const value = samplesUv[i] ?? NaN;
    if (!Number.isFinite(n)) {
      adu[i] = invalid;
      exact &&= Number.isNaN(value);
      continue;
    }
    adu[i] = n + baseline;
    const readBack = Math.fround(n * scale); // the reader's (adu − baseline) × scale
    exact &&= readBack === value;
    maxErrorUv = Math.max(maxErrorUv, Math.abs(readBack - value));
  }
  return { gain, units, baseline, adu, exact, maxErrorUv };
}
