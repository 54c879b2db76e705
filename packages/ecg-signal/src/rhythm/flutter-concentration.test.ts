import { describe, expect, it } from 'vitest';
import { leadConcentrations } from './flutter-concentration.js';
import { goertzelPowers } from './spectral.js';

const RATE_HZ = 500 / 12;
const N = 416;
/** A 5 Hz sawtooth (flutter waves at 300/min), µV. */
const sawtooth = Float64Array.from({ length: N }, (_, n) => 200 * (((5 * n) / RATE_HZ) % 1) - 100);
/** Broadband: a chirp sweeping (and aliasing) across the band plus a 15.3 Hz wave, µV. */
const broadband = Float64Array.from(
  { length: N },
  (_, n) => 40 * Math.sin(n * n * 0.37) + 20 * Math.cos(n * 2.3),
);

/** The concentration by its definition, on the Goertzel periodogram. */
function reference(x: Float64Array): { peakHz: number; concentration: number } {
  // 1–12 Hz at 0.05 Hz, accumulated as a running sum as the module does.
  const hz: number[] = [];
  for (let f = 1; f <= 12 + 1e-9; f += 0.05) {
    hz.push(f);
  }
  const power = goertzelPowers(x, hz, RATE_HZ);
  const total = power.reduce((s, v) => s + v, 0);
  let peak = -1;
  hz.forEach((f, k) => {
    if (f >= 4 && f <= 6 && (peak < 0 || (power[k] ?? 0) > (power[peak] ?? 0))) {
      peak = k;
    }
  });
  const peakHz = hz[peak] ?? Number.NaN;
  const near = hz.reduce(
    (s, f, k) =>
      Math.abs(f - peakHz) <= 0.3 || Math.abs(f - 2 * peakHz) <= 0.3 ? s + (power[k] ?? 0) : s,
    0,
  );
  return { peakHz, concentration: near / total };
}

describe('leadConcentrations', () => {
  it('a 5 Hz sawtooth concentrates at 5 Hz; values at or above the threshold are Goertzel’s', () => {
    const [flutter, other] = leadConcentrations([sawtooth, broadband], RATE_HZ, 0.4);
    expect(flutter?.peakHz).toBeCloseTo(5, 6);
    expect(flutter).toEqual(reference(sawtooth));
    expect(flutter?.concentration).toBeGreaterThan(0.8);
    expect(other?.concentration).toBeLessThan(0.39);
  });

  it('below the threshold, the chirp-z values agree with Goertzel’s to rounding', () => {
    const [, other] = leadConcentrations([sawtooth, broadband], RATE_HZ, 0.4);
    const expected = reference(broadband);
    expect(other?.peakHz).toBe(expected.peakHz);
    expect(other?.concentration).toBeCloseTo(expected.concentration, 10);
  });

  it('a lead of zeros has no concentration, alone or beside a signal', () => {
    const zeros = new Float64Array(N);
    expect(leadConcentrations([zeros], RATE_HZ, 0.4)[0]?.concentration).toBe(0);
    expect(leadConcentrations([sawtooth, zeros], RATE_HZ, 0.4)[1]?.concentration).toBe(0);
  });
});
