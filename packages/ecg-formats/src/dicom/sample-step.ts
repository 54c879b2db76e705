/**
 * Choosing a lead's Channel Sensitivity (µV per sample unit) for 16-bit DICOM waveform samples so
 * that the samples survive a write → read exactly. Samples read from any cart format are integers
 * times the cart's resolution (1 µV, 2.5 µV, 4.88 µV, 5000/1024 µV, …) rounded to float32; we find
 * that resolution from the data: the smallest gap between distinct values (or the smallest
 * magnitude) is a small multiple k of it; for k = 1…64 the candidate is refined on the
 * largest-magnitude sample (best relative precision), written as the shortest decimal (DS, ≤ 16
 * characters) and accepted when `fround(round(v / s) × s) === v` for every sample — exactly what
 * the reader computes. When no step fits, or the range overflows int16 at that step, the finest
 * 1-2-2.5-5 step that fits is used and the caller warns of the loss (at most half a step).
 */

/** The int16 value reserved for NaN samples (Waveform Padding Value). */
export const PADDING_RAW = -32768;
const MAX_RAW = 32767;

/** A lead's encoding: sensitivity, its DS text, the raw samples and what was lost. */
export interface SampleEncoding {
  /** µV per raw unit; equals `Number(sensitivityText)`. */
  sensitivityUv: number;
  /** The Channel Sensitivity as written (DS, ≤ 16 characters). */
  sensitivityText: string;
  /** Raw samples; NaN samples are {@link PADDING_RAW}. */
  raw: Int16Array;
  /** True when every sample reads back exactly. */
  exact: boolean;
  /** Largest |written − original| in µV (0 when exact). */
  maxErrorUv: number;
  /** Number of NaN samples (written as padding). */
  nanCount: number;
}

/**
 * Encodes a lead's samples as int16 with the coarsest sensitivity that keeps them exact.
 * @param samplesUv - the lead, in µV (float32; NaN allowed)
 * @returns sensitivity, raw samples and the loss
 * @example encodeLeadSamples(Float32Array.of(0, 2.5, -5, 7.5)).sensitivityText // '2.5'
 */
export function encodeLeadSamples(samplesUv: Float32Array): SampleEncoding {
  const finite = samplesUv.filter((v) => Number.isFinite(v));
  const nanCount = samplesUv.length - finite.length;
  const maxAbs = finite.reduce((max, v) => Math.max(max, Math.abs(v)), 0);
  const exactStep = maxAbs === 0 ? { step: 1, text: '1' } : findExactStep(finite);
  const chosen =
    exactStep !== undefined && maxAbs / exactStep.step <= MAX_RAW ? exactStep : coarseStep(maxAbs);
  const raw = new Int16Array(samplesUv.length);
  let maxErrorUv = 0;
  samplesUv.forEach((v, i) => {
    if (!Number.isFinite(v)) {
      raw[i] = PADDING_RAW;
      return;
    }
    const r = Math.max(-MAX_RAW, Math.min(MAX_RAW, Math.round(v / chosen.step)));
    raw[i] = r;
    maxErrorUv = Math.max(maxErrorUv, Math.abs(Math.fround(r * chosen.step) - v));
  });
  return {
    sensitivityUv: chosen.step,
    sensitivityText: chosen.text,
    raw,
    exact: maxErrorUv === 0,
    maxErrorUv,
    nanCount,
  };
}

/** The coarsest step on which every value lies exactly (within float32), or undefined. */
function findExactStep(values: Float32Array): { step: number; text: string } | undefined {
  const sorted = Float64Array.from(new Set(values)).sort();
  let gap = Infinity;
  for (let i = 1; i < sorted.length; i++) {
    gap = Math.min(gap, (sorted[i] ?? 0) - (sorted[i - 1] ?? 0));
  }
  const smallest = sorted.reduce(
    (min, v) => (v === 0 ? min : Math.min(min, Math.abs(v))),
    Infinity,
  );
  const base = Math.min(gap, smallest);
  const largest = sorted.reduce((best, v) => (Math.abs(v) > Math.abs(best) ? v : best), 0);
  const probe = probeSet(sorted, largest);
  for (let k = 1; k <= 64; k++) {
    const estimate = base / k;
    const units = Math.round(largest / estimate);
    if (units === 0 || Math.abs(units) > 1e9) {
      continue;
    }
    const refined = largest / units;
    for (let digits = 1; digits <= 17; digits++) {
      const text = dsText(refined, digits);
      const step = Number(text);
      if (text.length <= 16 && step > 0 && fits(probe, step) && fits(sorted, step)) {
        return { step, text };
      }
    }
  }
  return undefined;
}

/** A few values that reject most wrong steps cheaply: extremes and a stride through the rest. */
function probeSet(sorted: Float64Array, largest: number): Float64Array {
  const stride = Math.max(1, Math.floor(sorted.length / 32));
  const picks = [largest, sorted[0] ?? 0, sorted[sorted.length - 1] ?? 0];
  for (let i = 0; i < sorted.length; i += stride) {
    picks.push(sorted[i] ?? 0);
  }
  return Float64Array.from(picks);
}

function fits(values: Float64Array, step: number): boolean {
  for (const v of values) {
    if (Math.fround(Math.round(v / step) * step) !== v) {
      return false;
    }
  }
  return true;
}

/** The finest step of the 1-2-2.5-5 series that keeps |v| / step ≤ 32767. */
function coarseStep(maxAbs: number): { step: number; text: string } {
  const needed = maxAbs / MAX_RAW;
  let decade = 10 ** Math.floor(Math.log10(needed > 0 ? needed : 1));
  for (;;) {
    for (const mantissa of [1, 2, 2.5, 5]) {
      const text = dsText(mantissa * decade, 6);
      const step = Number(text);
      if (step >= needed) {
        return { step, text };
      }
    }
    decade *= 10;
  }
}

/** A positive number as DS text with at most `digits` significant digits, trimmed. */
function dsText(value: number, digits: number): string {
  const text = value.toPrecision(digits);
  if (text.includes('e')) {
    const [mantissa = '', exponent = ''] = text.split('e');
    return `${trimZeros(mantissa)}e${exponent.replace('+', '')}`;
  }
  return trimZeros(text);
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
