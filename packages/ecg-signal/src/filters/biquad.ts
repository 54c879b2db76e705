/**
 * Second-order IIR sections ("biquads") designed by the bilinear transform with frequency
 * pre-warping, after R. Bristow-Johnson, "Cookbook formulae for audio EQ biquad filter
 * coefficients" (W3C Audio EQ Cookbook). Butterworth filters of even order are cascades of these
 * sections with the pole-pair quality factors Q_k = 1 / (2 sin((2k − 1)π / 2N)) (Butterworth
 * 1930; e.g. Oppenheim & Schafer, Discrete-Time Signal Processing, 3rd ed., §7.1), so the cascade
 * equals the bilinear-transformed analogue Butterworth prototype. Coefficients are always
 * designed from the record's own sample rate.
 */

/** One normalised second-order section: y = b0·x + b1·x₋₁ + b2·x₋₂ − a1·y₋₁ − a2·y₋₂. */
export interface Biquad {
  readonly b0: number;
  readonly b1: number;
  readonly b2: number;
  readonly a1: number;
  readonly a2: number;
}

/** Filter kinds designed by {@link designBiquad}. */
export type BiquadKind = 'lowpass' | 'highpass' | 'notch';

/**
 * Design one section.
 * @param kind low-pass, high-pass or notch (band-stop).
 * @param frequencyHz corner (−3 dB at Q = 1/√2) or notch centre, Hz; 0 < f ≤ sampleRateHz / 2.
 * @param sampleRateHz sample rate, Hz (> 0).
 * @param q quality factor (> 0): 1/√2 for a Butterworth pair; centre / bandwidth for a notch.
 * @returns the normalised coefficients (a0 = 1).
 * @example designBiquad('notch', 50, 500, 10)
 */
export function designBiquad(
  kind: BiquadKind,
  frequencyHz: number,
  sampleRateHz: number,
  q: number,
): Biquad {
  if (!(frequencyHz > 0 && frequencyHz <= sampleRateHz / 2) || !(q > 0)) {
    throw new RangeError(
      `biquad ${kind}: need 0 < ${frequencyHz} Hz <= ${sampleRateHz / 2} Hz and q = ${q} > 0`,
    );
  }
  const w0 = (2 * Math.PI * frequencyHz) / sampleRateHz;
  const cosW0 = Math.cos(w0);
  const alpha = Math.sin(w0) / (2 * q);
  const a0 = 1 + alpha;
  const a1 = (-2 * cosW0) / a0;
  const a2 = (1 - alpha) / a0;
  switch (kind) {
    case 'lowpass': {
      const b = (1 - cosW0) / 2 / a0;
      return { b0: b, b1: 2 * b, b2: b, a1, a2 };
    }
    case 'highpass': {
      const b = (1 + cosW0) / 2 / a0;
      return { b0: b, b1: -2 * b, b2: b, a1, a2 };
    }
    case 'notch':
      return { b0: 1 / a0, b1: a1, b2: 1 / a0, a1, a2 };
  }
}

/**
 * Butterworth low- or high-pass of even order as a cascade of sections.
 * @param kind 'lowpass' or 'highpass'.
 * @param cornerHz −3 dB frequency, Hz; 0 < f < sampleRateHz / 2.
 * @param sampleRateHz sample rate, Hz.
 * @param order filter order: 2, 4, 6 or 8.
 * @returns order / 2 sections, to apply in sequence.
 * @example butterworth('highpass', 0.5, 360, 2)
 */
export function butterworth(
  kind: 'lowpass' | 'highpass',
  cornerHz: number,
  sampleRateHz: number,
  order: 2 | 4 | 6 | 8,
): Biquad[] {
  const sections: Biquad[] = [];
  for (let k = 1; k <= order / 2; k++) {
    const q = 1 / (2 * Math.sin(((2 * k - 1) * Math.PI) / (2 * order)));
    sections.push(designBiquad(kind, cornerHz, sampleRateHz, q));
  }
  return sections;
}

/**
 * Magnitude response of a cascade at one frequency (for tests and design checks).
 * @param sections the cascade.
 * @param frequencyHz frequency, Hz, 0 ≤ f ≤ sampleRateHz / 2.
 * @param sampleRateHz sample rate, Hz.
 * @returns |H(e^jω)|, linear.
 */
export function magnitudeAt(
  sections: readonly Biquad[],
  frequencyHz: number,
  sampleRateHz: number,
): number {
  const w = (2 * Math.PI * frequencyHz) / sampleRateHz;
  let gain = 1;
  for (const s of sections) {
    const num = complexPoly(s.b0, s.b1, s.b2, w);
    const den = complexPoly(1, s.a1, s.a2, w);
    gain *= num / den;
  }
  return gain;
}

/** |c0 + c1·e^−jω + c2·e^−2jω| */
function complexPoly(c0: number, c1: number, c2: number, w: number): number {
  const re = c0 + c1 * Math.cos(w) + c2 * Math.cos(2 * w);
  const im = -c1 * Math.sin(w) - c2 * Math.sin(2 * w);
  return Math.hypot(re, im);
}

/**
 * Walks a cascade two sections at a time, and the last one alone when their number is odd: the
 * order in which the fused filter loops (`apply-biquads.ts`, `biquad-lanes.ts`,
 * `biquad-two-lanes.ts`) apply them.
 * @param sections - the cascade, in order
 * @param pair - runs two sections in one pass
 * @param single - runs the odd one out
 * @example bySectionPairs(sections, (s, t) => runPair(x, s, t), (s) => runSection(x, s));
 */
export function bySectionPairs(
  sections: readonly Biquad[],
  pair: (s: Biquad, t: Biquad) => void,
  single: (s: Biquad) => void,
): void {
  let k = 0;
  for (; k + 1 < sections.length; k += 2) {
    pair(sections[k] as Biquad, sections[k + 1] as Biquad);
  }
  const last = sections[k];
  if (last !== undefined) {
    single(last);
  }
}
