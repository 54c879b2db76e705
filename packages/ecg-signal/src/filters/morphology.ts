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
import { extremePairInto } from './extreme-pair.js';
import { extremePairMeanInto } from './extreme-pair-mean.js';

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

/** Work arrays of {@link subtractMorphologicalBaseline}, reusable from lead to lead. */
export interface MorphologyWork {
  suffix: Float32Array;
  suffix2: Float32Array;
  a: Float32Array;
  b: Float32Array;
  c: Float32Array;
  d: Float32Array;
}

/**
 * Work arrays for leads of up to `length` samples.
 * @param length - samples (they grow on demand)
 * @param allocate - makes a new array (default `new Float32Array`; `scratchFloat32` for work
 *   arrays that die with their call: `memory/scratch.ts`)
 * @returns fresh arrays
 * @example const work = morphologyWork(5000);
 */
export function morphologyWork(
  length: number,
  allocate: (length: number) => Float32Array = (n) => new Float32Array(n),
): MorphologyWork {
  return {
    suffix: allocate(length),
    suffix2: allocate(length),
    a: allocate(length),
    b: allocate(length),
    c: allocate(length),
    d: allocate(length),
  };
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
  const x = Float32Array.from(samplesUv);
  const out = new Float64Array(x.length);
  subtractMorphologicalBaseline(x, sampleRateHz, out, options, false);
  return out;
}

/**
 * In place: `out[i] = out[i] − baseline[i]` (or, with `subtract` false, `out[i] = baseline[i]`)
 * for the baseline of {@link morphologicalBaseline}. A dilation by one element followed by a
 * dilation by another is a dilation by their combined length (flat elements add up, even where
 * the windows are clipped at the ends), so close(open(x)) = erode₂(dilate₁₊₂(erode₁(x))) and
 * likewise for open(close(x)): six passes instead of eight, the same values, run as three passes
 * that each erode one signal and dilate the other (`extreme-pair.ts`); the last forms the
 * baseline, their mean, as it goes (`extreme-pair-mean.ts`).
 * @param x the lead, µV, float32 (the working precision)
 * @param sampleRateHz sample rate, Hz
 * @param out result, same length (the signal to correct, or the baseline's destination)
 * @param options element lengths
 * @param subtract whether to subtract the baseline from `out` (default true)
 * @param work work arrays to reuse from lead to lead ({@link morphologyWork}; grown as needed)
 * @example subtractMorphologicalBaseline(lead32, 166.7, lead64);
 */
export function subtractMorphologicalBaseline(
  x: Float32Array,
  sampleRateHz: number,
  out: Float64Array,
  options: MorphologicalBaselineOptions = {},
  subtract = true,
  work: MorphologyWork = morphologyWork(0),
): void {
  const first = Math.round(((options.firstElementMs ?? 200) / 1000) * sampleRateHz);
  const second = Math.round(((options.secondElementMs ?? 300) / 1000) * sampleRateHz);
  const h1 = Math.max(0, Math.floor(first / 2));
  const h2 = Math.max(0, Math.floor(second / 2));
  const n = x.length;
  if (work.a.length < n) {
    Object.assign(work, morphologyWork(n));
  }
  const scratch = {
    lowSuffix: work.suffix.subarray(0, n),
    highSuffix: work.suffix2.subarray(0, n),
  };
  const a = work.a.subarray(0, n);
  const b = work.b.subarray(0, n);
  const c = work.c.subarray(0, n);
  const d = work.d.subarray(0, n);
  // close(open(x, first), second) = erode₂(dilate₁₊₂(erode₁(x))) and
  // open(close(x, first), second) = dilate₂(erode₁₊₂(dilate₁(x))), side by side: each step
  // erodes one and dilates the other (`extreme-pair.ts`).
  extremePairInto(x, x, 2 * h1 + 1, a, b, scratch); // erode₁(x), dilate₁(x)
  extremePairInto(b, a, 2 * (h1 + h2) + 1, c, d, scratch); // erode₁₊₂(dilate₁), dilate₁₊₂(erode₁)
  // close(open(x)) and open(close(x)), of which only their mean, the baseline, is kept.
  extremePairMeanInto(d, c, 2 * h2 + 1, out, subtract, scratch);
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
 * most two blocks, so its extreme is max(suffix[lo], prefix[hi]). The minimum runs the same code
 * with every comparison reversed.
 */
function extremeInto(
  x: Samples,
  windowSamples: number,
  kind: 'min' | 'max',
  out: Samples,
  { prefix, suffix }: Scratch,
): void {
  if (kind === 'max') {
    blockRunsMax(x, windowSamples, prefix, suffix);
  } else {
    blockRunsMin(x, windowSamples, prefix, suffix);
  }
  const n = x.length;
  const h = Math.max(0, Math.floor(windowSamples / 2));
  const w = 2 * h + 1;
  const better =
    kind === 'max'
      ? (p: number, q: number) => (p > q ? p : q)
      : (p: number, q: number) => (p < q ? p : q);
  // Left edge: the window [0, i + h] lies in block 0 (i + h < w).
  const left = Math.min(n, h);
  for (let i = 0; i < left; i++) {
    out[i] = prefix[Math.min(n - 1, i + h)] ?? 0;
  }
  // Interior: [i − h, i + h] is w samples long, so it starts a block or spans two.
  if (kind === 'max') {
    for (let i = h; i < n - h; i++) {
      const p = suffix[i - h] ?? 0;
      const q = prefix[i + h] ?? 0;
      out[i] = p > q ? p : q;
    }
  } else {
    for (let i = h; i < n - h; i++) {
      const p = suffix[i - h] ?? 0;
      const q = prefix[i + h] ?? 0;
      out[i] = p < q ? p : q;
    }
  }
  // Right edge: [i − h, n − 1] spans two blocks, or ends inside lo's (last, cut) block.
  const lastStart = Math.floor((n - 1) / w) * w;
  for (let i = Math.max(h, n - h); i < n; i++) {
    const lo = i - h;
    const p = suffix[lo] ?? 0;
    out[i] = lo >= lastStart ? p : better(p, prefix[n - 1] ?? 0);
  }
}

/** Running maxima from each block's start (prefix) and to each block's end (suffix). */
function blockRunsMax(x: Samples, windowSamples: number, prefix: Samples, suffix: Samples): void {
  const n = x.length;
  const w = 2 * Math.max(0, Math.floor(windowSamples / 2)) + 1;
  for (let start = 0; start < n; start += w) {
    const end = Math.min(n, start + w);
    let run = Number.NEGATIVE_INFINITY;
    for (let i = start; i < end; i++) {
      const v = x[i] ?? 0;
      run = v > run ? v : run;
      prefix[i] = run;
    }
    run = Number.NEGATIVE_INFINITY;
    for (let i = end - 1; i >= start; i--) {
      const v = x[i] ?? 0;
      run = v > run ? v : run;
      suffix[i] = run;
    }
  }
}

/** Running minima from each block's start (prefix) and to each block's end (suffix). */
function blockRunsMin(x: Samples, windowSamples: number, prefix: Samples, suffix: Samples): void {
  const n = x.length;
  const w = 2 * Math.max(0, Math.floor(windowSamples / 2)) + 1;
  for (let start = 0; start < n; start += w) {
    const end = Math.min(n, start + w);
    let run = Number.POSITIVE_INFINITY;
    for (let i = start; i < end; i++) {
      const v = x[i] ?? 0;
      run = v < run ? v : run;
      prefix[i] = run;
    }
    run = Number.POSITIVE_INFINITY;
    for (let i = end - 1; i >= start; i--) {
      const v = x[i] ?? 0;
      run = v < run ? v : run;
      suffix[i] = run;
    }
  }
}
