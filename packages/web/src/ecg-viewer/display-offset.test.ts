import { describe, expect, it } from 'vitest';
import { displayOffsetUv } from './display-offset.js';

describe('displayOffsetUv', () => {
  it('is the median, so QRS peaks do not pull it', () => {
    expect(displayOffsetUv(Float32Array.of(-300, -310, 900, -305, -300))).toBe(-300);
    expect(displayOffsetUv(Float32Array.of(1, 2, 3, 4))).toBe(2.5);
  });

  it('ignores invalid samples and reads a window', () => {
    expect(displayOffsetUv(Float32Array.of(NaN, 5, NaN, 7, 100, 100), 0, 4)).toBe(6);
    expect(displayOffsetUv(Float32Array.of(NaN, NaN))).toBe(0);
  });

  it('samples long leads evenly', () => {
    const day = new Float32Array(1_000_000).fill(-250);
    expect(displayOffsetUv(day)).toBe(-250);
  });
});
