/**
 * Morphological baseline estimation with flat structuring elements: Sun, Chan & Krishnan, "ECG
 * signal conditioning by morphological filtering", Comput. Biol. Med. 32(6):465–479 (2002). The
 * baseline is the mean of opening-then-closing and closing-then-opening; peaks and pits narrower
 * than the first element (QRS complexes) are excluded from it while level steps (electrode motion,
 * amplifier recovery) are kept in it, so subtracting it removes steps that a linear high-pass would
 * turn into QRS-like transients. Running minima and maxima use the van Herk / Gil–Werman
 * algorithm (van Herk, Pattern Recognit. Lett. 13(7):517–521, 1992; Gil & Werman, IEEE TPAMI
 * 15(5):504–507, 1993): three comparisons per sample whatever the element length.
 * Departure from Sun et al.: element lengths are set in seconds (0.2 s and 0.3 s by default) and
 * converted at the record's own rate, instead of their fixed sample counts at 500 Hz.
 */

/** Scratch arrays reused across passes (each as long as the signal). */
interface Scratch {
  prefix: Float32Array;
  suffix: Float32Array;
}

/** Working precision: µV values need far less than float32's 24-bit mantissa, and half the memory
 * traffic matters in these eight passes over the record. */
type Samples = Float32Array;

/**
 * Running minimum or maximum over a centred window (erosion or dilation by a flat element).
 * @param x input samples; not modified.
 * @param windowSamples window length in samples (≥ 1; an even length is made odd by adding one).
 * @param kind 'min' (erosion) or 'max' (dilation).
 * @returns a new array: out[i] = min or max of x over [i − h, i + h], clipped to the ends.
 * @example runningExtreme(Float64Array.of(1, 5, 2), 3, 'max') // [5, 5, 5]
 */
export function runningExtreme(
  x: ArrayLike<number>,
  windowSamples: number,
  kind: 'min' | 'max',
): Float64Array {
  const input = Float32Array.from(x);
  const out = new Float32Array(input.length);
  const scratch = {
    prefix: new Float32Array(input.length),
    suffix: new Float32Array(input.length),
  };
  extremeInto(input, windowSamples, kind, out, scratch);
  return Float64Array.from(out);
}

/**
 * Opening (erosion then dilation) removes peaks narrower than the element; closing (dilation then
 * erosion) removes pits narrower than it.
 * @param x input samples.
 * @param windowSamples element length, samples.
 * @param kind 'opening' or 'closing'.
 * @returns a new array, same length.
 * @example openOrClose(samples, 73, 'opening')
 */
export function openOrClose(
  x: ArrayLike<number>,
  windowSamples: number,
  kind: 'opening' | 'closing',
): Float64Array {
  const input = Float32Array.from(x);
  const n = input.length;
  const scratch = { prefix: new Float32Array(n), suffix: new Float32Array(n) };
  const middle = new Float32Array(n);
  const out = new Float32Array(n);
  applySequence(input, [windowSamples], kind, middle, out, scratch);
  return Float64Array.from(out);
}

/** Options of {@link morphologicalBaseline}. */
export interface MorphologicalBaselineOptions {
  /** First element, ms (removes QRS-wide peaks and pits), 100–400; default 200. */
  firstElementMs?: number;
  /** Second element, ms (smooths what the first left), 150–600; default 300. */
  secondElementMs?: number;
}

/**
 * Estimate the baseline of one lead by opening/closing (Sun, Chan & Krishnan 2002).
 * @param samplesUv one lead, µV; not modified.
 * @param sampleRateHz sample rate, Hz, 100–1000.
 * @param options element lengths.
 * @returns the baseline, µV, same length; subtract it to remove wander and steps.
 * @example const corrected = lead.map((v, i) => v - baseline[i]);
 */
export function morphologicalBaseline(
  samplesUv: ArrayLike<number>,
  sampleRateHz: number,
  options: MorphologicalBaselineOptions = {},
): Float64Array {
  const first = Math.round(((options.firstElementMs ?? 200) / 1000) * sampleRateHz);
  const second = Math.round(((options.secondElementMs ?? 300) / 1000) * sampleRateHz);
  const x = Float32Array.from(samplesUv);
  const n = x.length;
  const scratch = { prefix: new Float32Array(n), suffix: new Float32Array(n) };
  const tmp = new Float32Array(n);
  const openClose = new Float32Array(n);
  // close(open(x, first), second): erode, dilate (opening), then dilate, erode (closing).
  applySequence(x, [first, second], 'opening', tmp, openClose, scratch);
  const closeOpen = new Float32Array(n);
  applySequence(x, [first, second], 'closing', tmp, closeOpen, scratch);
  const baseline = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    baseline[i] = ((openClose[i] ?? 0) + (closeOpen[i] ?? 0)) / 2;
  }
  return baseline;
}

/**
 * Alternating operators: with one element, `start`; with two, `start` by the first element then
 * its dual by the second. `tmp` and `out` must differ from `x`; the result ends in `out`.
 */
function applySequence(
  x: Samples,
  elements: readonly number[],
  start: 'opening' | 'closing',
  tmp: Samples,
  out: Samples,
  scratch: Scratch,
): void {
  const [first = 1, second] = elements;
  const a: 'min' | 'max' = start === 'opening' ? 'min' : 'max';
  const b: 'min' | 'max' = a === 'min' ? 'max' : 'min';
  extremeInto(x, first, a, tmp, scratch);
  extremeInto(tmp, first, b, out, scratch);
  if (second !== undefined) {
    // The dual operator: an opening is followed by a closing and vice versa.
    extremeInto(out, second, b, tmp, scratch);
    extremeInto(tmp, second, a, out, scratch);
  }
}

/**
 * van Herk / Gil–Werman running extreme of `x` into `out` (distinct arrays). With blocks of w
 * samples, `prefix` holds the extreme from each block's start and `suffix` the one to each
 * block's end (the last block is cut at the signal's end); a centred window of w samples spans at
 * most two blocks, so its extreme is max(suffix[lo], prefix[hi]).
 */
function extremeInto(
  x: Samples,
  windowSamples: number,
  kind: 'min' | 'max',
  out: Samples,
  { prefix, suffix }: Scratch,
): void {
  const n = x.length;
  const h = Math.max(0, Math.floor(windowSamples / 2));
  const w = 2 * h + 1;
  // One max-routine for both: the minimum is the negated maximum of the negated signal.
  const s = kind === 'max' ? 1 : -1;
  for (let start = 0; start < n; start += w) {
    const end = Math.min(n, start + w);
    let run = -Infinity;
    for (let i = start; i < end; i++) {
      const v = s * (x[i] ?? 0);
      run = v > run ? v : run;
      prefix[i] = run;
    }
    run = -Infinity;
    for (let i = end - 1; i >= start; i--) {
      const v = s * (x[i] ?? 0);
      run = v > run ? v : run;
      suffix[i] = run;
    }
  }
  // Left edge: the window [0, i + h] lies in block 0 (i + h < w).
  const left = Math.min(n, h);
  for (let i = 0; i < left; i++) {
    out[i] = s * (prefix[Math.min(n - 1, i + h)] ?? 0);
  }
  // Interior: [i − h, i + h] is w samples long, so it starts a block or spans two.
  for (let i = h; i < n - h; i++) {
    const a = suffix[i - h] ?? 0;
    const b = prefix[i + h] ?? 0;
    out[i] = s * (a > b ? a : b);
  }
  // Right edge: [i − h, n − 1] spans two blocks, or ends inside lo's (last, cut) block.
  const lastStart = Math.floor((n - 1) / w) * w;
  for (let i = Math.max(h, n - h); i < n; i++) {
    const lo = i - h;
    const a = suffix[lo] ?? 0;
    const b = lo >= lastStart ? a : (prefix[n - 1] ?? 0);
    out[i] = s * (a > b ? a : b);
  }
}
