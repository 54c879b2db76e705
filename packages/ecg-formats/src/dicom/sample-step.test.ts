import { describe, expect, it } from 'vitest';
import { PADDING_RAW, encodeLeadSamples } from './sample-step.js';
import { randomDicomUid, uidFromUuidBytes } from './uid.js';

/** Samples `k × step` for k in [from, to), rounded to float32 as every reader stores them. */
function grid(step: number, from: number, to: number): Float32Array {
  const out = new Float32Array(to - from);
  for (let k = from; k < to; k++) {
    out[k - from] = k * step;
  }
  return out;
}

/** What the reader computes from the written file: fround(raw × Number(sensitivity text)). */
function decoded(samples: Float32Array): Float32Array {
  const encoding = encodeLeadSamples(samples);
  const step = Number(encoding.sensitivityText);
  return Float32Array.from(encoding.raw, (raw) => (raw === PADDING_RAW ? NaN : raw * step));
}

describe('encodeLeadSamples: a Channel Sensitivity that keeps samples exact', () => {
  it.each([
    ['1 µV', 1, '1'],
    ['2.5 µV', 2.5, '2.5'],
    ['1.25 µV', 1.25, '1.25'],
    ['4.88 µV (non-dyadic)', 4.88, '4.88'],
    ['5000/1024 µV', 5000 / 1024, '4.8828125'],
    ['0.1 µV', 0.1, '0.1'],
    // 2.44140625 exactly; the shorter 2.4414063 already reproduces every float32 sample here
    ['1000/409.6 µV', 1000 / 409.6, '2.4414063'],
  ])('finds the %s step and reproduces every sample', (_label, step, text) => {
    const samples = grid(step, -3000, 3000);
    const encoding = encodeLeadSamples(samples);
    expect(encoding.sensitivityText).toBe(text);
    expect(encoding.exact).toBe(true);
    expect(decoded(samples)).toEqual(samples);
  });

  it('takes the coarsest exact step when every sample is an even multiple', () => {
    const samples = grid(5, -100, 100); // 5 µV steps: 2.5 also works, 5 is coarser
    expect(encodeLeadSamples(samples).sensitivityText).toBe('5');
  });

  it('finds the step from sparse values (gap is a multiple of the step)', () => {
    const samples = Float32Array.of(0, 7.5, 15, -22.5, 2.5 * 1001);
    const encoding = encodeLeadSamples(samples);
    expect(encoding.exact).toBe(true);
    expect(decoded(samples)).toEqual(samples);
  });

  it('writes NaN as the padding value and keeps the rest exact', () => {
    const samples = Float32Array.of(1, NaN, -3, 2);
    const encoding = encodeLeadSamples(samples);
    expect(encoding.nanCount).toBe(1);
    expect(encoding.raw[1]).toBe(PADDING_RAW);
    expect(encoding.exact).toBe(true);
  });

  it('quantises samples on no common grid, and says how much was lost', () => {
    const samples = Float32Array.from({ length: 500 }, (_, i) => 1000 * Math.sin(i / 7) + 0.123456);
    const encoding = encodeLeadSamples(samples);
    expect(encoding.exact).toBe(false);
    expect(encoding.sensitivityText).toBe('0.05'); // finest 1-2-2.5-5 step with 1000 / 32767 ≤ step
    expect(encoding.maxErrorUv).toBeLessThanOrEqual(0.025 + 1e-4);
  });

  it('uses a coarser step when the exact one overflows int16', () => {
    const samples = Float32Array.of(0, 1, 50000, -60000); // 1 µV exact, but 60000 > 32767
    const encoding = encodeLeadSamples(samples);
    expect(encoding.exact).toBe(false);
    expect(encoding.sensitivityUv).toBe(2);
    expect(encoding.maxErrorUv).toBe(1);
  });

  it('writes an all-zero lead at 1 µV', () => {
    expect(encodeLeadSamples(new Float32Array(10))).toMatchObject({
      sensitivityText: '1',
      exact: true,
    });
  });
});

describe('UUID-derived UIDs (PS3.5 §B.2)', () => {
  it('are 2.25. + the decimal of a version-4 UUID', () => {
    const zero = uidFromUuidBytes(new Uint8Array(16));
    // 0x00000000-0000-4000-8000-000000000000 = 0x40 << 72 | 0x80 << 56
    expect(zero).toBe(`2.25.${((0x40n << 72n) | (0x80n << 56n)).toString()}`);
    const uid = randomDicomUid();
    expect(uid).toMatch(/^2\.25\.[1-9]\d{0,38}$/);
    expect(uid.length).toBeLessThanOrEqual(64);
    expect(randomDicomUid()).not.toBe(uid);
  });
});
