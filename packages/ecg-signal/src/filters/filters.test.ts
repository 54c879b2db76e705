/**
 * Filters on small synthetic signals (sines and steps built here, named as such). Expected values
 * come from the specification (≥ 30 dB at the mains frequency, drift removed, 10 Hz passed), not
 * from the filters' own output.
 */
import { describe, expect, it } from 'vitest';
import { butterworth, designBiquad, magnitudeAt } from './biquad.js';
import { removeBaselineWander } from './baseline.js';
import { mainsNotches, removeMains } from './mains.js';
import { reduceMuscleNoise } from './muscle.js';

const RATES = [250, 360, 500, 1000];

/** Synthetic sine: amplitude 1000 µV. */
function syntheticSine(frequencyHz: number, sampleRateHz: number, durationS = 10): Float32Array {
  const n = Math.round(durationS * sampleRateHz);
  return Float32Array.from(
    { length: n },
    (_, i) => 1000 * Math.sin((2 * Math.PI * frequencyHz * i) / sampleRateHz),
  );
}

/** RMS over the middle half, away from edge effects. */
function middleRms(x: ArrayLike<number>): number {
  const from = Math.floor(x.length / 4);
  const to = Math.floor((3 * x.length) / 4);
  let sum = 0;
  for (let i = from; i < to; i++) {
    sum += (x[i] ?? 0) ** 2;
  }
  return Math.sqrt(sum / (to - from));
}

const gainDb = (out: ArrayLike<number>, input: ArrayLike<number>): number =>
  20 * Math.log10(middleRms(out) / middleRms(input));

describe('biquad design (bilinear, from the sample rate)', () => {
  it('a Butterworth pair is −3 dB at its corner and a notch is deep at its centre', () => {
    for (const fs of RATES) {
      expect(magnitudeAt(butterworth('lowpass', 40, fs, 2), 40, fs)).toBeCloseTo(Math.SQRT1_2, 6);
      expect(magnitudeAt(butterworth('highpass', 0.5, fs, 4), 0.5, fs)).toBeCloseTo(
        Math.SQRT1_2,
        6,
      );
      expect(magnitudeAt([designBiquad('notch', 50, fs, 50 / 3)], 50, fs)).toBeLessThan(1e-9);
    }
  });

  it('rejects a corner above Nyquist', () => {
    expect(() => designBiquad('lowpass', 60, 100, 0.7)).toThrow(RangeError);
  });
});

describe('removeMains (synthetic sines)', () => {
  it('attenuates a 50 Hz and a 60 Hz sine by at least 30 dB at 250–1000 Hz', () => {
    for (const fs of RATES) {
      for (const f of [50, 60]) {
        const x = syntheticSine(f, fs);
        expect(gainDb(removeMains(x, fs), x), `${f} Hz at ${fs} Hz`).toBeLessThan(-30);
      }
    }
  });

  it('passes a 10 Hz sine within 0.1 dB', () => {
    for (const fs of RATES) {
      const x = syntheticSine(10, fs);
      expect(Math.abs(gainDb(removeMains(x, fs), x))).toBeLessThan(0.1);
    }
  });

  it('at 100 Hz places the 60 Hz notch on its 40 Hz alias and skips 50 Hz (Nyquist)', () => {
    const notches = mainsNotches(100);
    expect(notches).toHaveLength(1);
    expect(magnitudeAt(notches, 40, 100)).toBeLessThan(1e-9);
  });

  it('removes harmonics when asked', () => {
    const x = syntheticSine(150, 500);
    expect(gainDb(removeMains(x, 500, { mainsHz: [50], harmonics: true }), x)).toBeLessThan(-30);
    expect(gainDb(removeMains(x, 500, { mainsHz: [50] }), x)).toBeGreaterThan(-1);
  });
});

describe('removeBaselineWander (synthetic drift)', () => {
  for (const method of ['highpass', 'morphological'] as const) {
    it(`${method}: removes a 0.2 Hz drift (≥ 26 dB) and passes a 10 Hz component (±0.5 dB)`, () => {
      for (const fs of RATES) {
        const drift = syntheticSine(0.2, fs, 30);
        expect(gainDb(removeBaselineWander(drift, fs, { method }), drift)).toBeLessThan(-26);
        const tone = syntheticSine(10, fs, 30);
        const withDrift = tone.map((v, i) => v + (drift[i] ?? 0));
        const cleaned = removeBaselineWander(withDrift, fs, { method });
        const residual = cleaned.map((v, i) => v - (tone[i] ?? 0));
        expect(Math.abs(gainDb(cleaned, tone))).toBeLessThan(0.5);
        expect(gainDb(residual, tone)).toBeLessThan(-20);
      }
    });
  }

  it('morphological: removes a level step that the high-pass turns into a slow transient', () => {
    const fs = 500;
    const step = Float32Array.from({ length: 10 * fs }, (_, i) => (i < 5 * fs ? 0 : 2000));
    const morph = removeBaselineWander(step, fs, { method: 'morphological' });
    expect(Math.max(...morph.map(Math.abs))).toBeLessThan(1);
    const linear = removeBaselineWander(step, fs);
    expect(Math.max(...linear.map(Math.abs))).toBeGreaterThan(500);
  });
});

describe('reduceMuscleNoise (synthetic sines)', () => {
  it('passes 10 Hz (±0.5 dB) and attenuates 100 Hz by at least 20 dB', () => {
    for (const fs of [360, 500, 1000]) {
      const low = syntheticSine(10, fs);
      expect(Math.abs(gainDb(reduceMuscleNoise(low, fs), low))).toBeLessThan(0.5);
      const high = syntheticSine(100, fs);
      expect(gainDb(reduceMuscleNoise(high, fs), high)).toBeLessThan(-20);
    }
  });
});
