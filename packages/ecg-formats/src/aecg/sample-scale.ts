/**
 * The quantisation step of a lead for writers that store integers times a scale (aECG `SLIST_PQ`
 * digits, FHIR `SampledData`): the coarsest step such that every sample, read back as
 * `Math.fround(Number(scaleText) × digit)` (exactly what the readers compute), is the sample
 * itself. Decimal steps are tried first (2.5 µV, 4.88 µV, 0.1 µV: what carts use), then powers of
 * two, which represent any float32 exactly.
 */

/** A lead's step and its integer sample values. */
export interface SampleScale {
  /** The step in µV as written to the file (shortest decimal that reads back as the step). */
  scaleText: string;
  /** Samples divided by the step; `NaN` where the sample is not finite. */
  digits: Float64Array;
}

const MAX_DECIMALS = 6;
const MAX_BINARY_EXPONENT = 160; // float32's smallest subnormal is 2^-149

/**
 * The coarsest exact step for `samplesUv` (non-finite samples are ignored and give NaN digits).
 * @param samplesUv - one lead in µV
 * @returns the step and digits, or undefined when no step keeps the digits below 2^53
 * @example chooseSampleScale(new Float32Array([-5, 2.5, 0])) // { scaleText: '2.5', digits: [-2, 1, 0] }
 */
export function chooseSampleScale(samplesUv: Float32Array): SampleScale | undefined {
  for (let decimals = 0; decimals <= MAX_DECIMALS; decimals++) {
    const scale = tryScale(samplesUv, 10 ** decimals);
    if (scale !== undefined) {
      return scale;
    }
  }
  for (let exponent = 1; exponent <= MAX_BINARY_EXPONENT; exponent++) {
    const scale = tryScale(samplesUv, 2 ** exponent);
    if (scale !== undefined) {
      return scale;
    }
  }
  return undefined;
}

/** A step of g / `perUnit` with g the gcd of the samples × `perUnit`, if that is exact. */
function tryScale(samplesUv: Float32Array, perUnit: number): SampleScale | undefined {
  let divisor = 0;
  for (const value of samplesUv) {
    if (!Number.isFinite(value)) {
      continue;
    }
    const scaled = Math.round(value * perUnit);
    if (!Number.isSafeInteger(scaled) || Math.fround(scaled / perUnit) !== value) {
      return undefined;
    }
    divisor = gcd(divisor, Math.abs(scaled));
  }
  const step = divisor === 0 ? 1 : divisor / perUnit;
  const scaleText = String(step);
  const scaleUv = Number(scaleText);
  const digits = new Float64Array(samplesUv.length);
  for (let i = 0; i < samplesUv.length; i++) {
    const value = samplesUv[i] as number;
    if (!Number.isFinite(value)) {
      digits[i] = NaN;
      continue;
    }
    const digit = Math.round(value / scaleUv);
    if (Math.fround(scaleUv * digit) !== value) {
      return undefined;
    }
    digits[i] = digit;
  }
  return { scaleText, digits };
}

function gcd(a: number, b: number): number {
  while (b !== 0) {
    [a, b] = [b, a % b];
  }
  return a;
}
