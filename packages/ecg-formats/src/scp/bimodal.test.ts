/**
 * Bimodal reconstruction on hand-made streams. Layout (EN 1064:2005 §5.9 as the OpenECG decoder
 * reads it): a gap of g samples outside the protected zones is stored as ⌊g/f⌋ decimated values
 * plus g mod f full-rate ones. Each decimated value sits at its block's centre (offset
 * (f − 1)/2); samples in between are linear interpolations, worked out by hand below.
 */
import { describe, expect, it } from 'vitest';
import { bimodalStoredCount, reconstructBimodal } from './bimodal.js';

describe('bimodal compression', () => {
  it('counts stored values: decimated gaps, full-rate zones, full-rate remainders', () => {
    expect(bimodalStoredCount(20, [{ start: 9, end: 12 }], 4)).toBe(2 + 4 + 2);
    expect(bimodalStoredCount(10, [], 4)).toBe(2 + 2);
    expect(bimodalStoredCount(6, [{ start: 1, end: 6 }], 4)).toBe(6);
  });

  it('interpolates between block centres and copies the protected zone', () => {
    // Gap 1..8 from [0, 8]: centres at 1.5 and 5.5 → 0, 0, 1, 3, 5, 7, 8, 8.
    // Zone 9..12 copied. Gap 13..20 from [16, 0]: 16, 16, 14, 10, 6, 2, 0, 0.
    const stored = Float64Array.of(0, 8, 100, 101, 102, 103, 16, 0);
    expect(Array.from(reconstructBimodal(stored, 20, [{ start: 9, end: 12 }], 4))).toEqual([
      0, 0, 1, 3, 5, 7, 8, 8, 100, 101, 102, 103, 16, 16, 14, 10, 6, 2, 0, 0,
    ]);
  });

  it('holds a single block flat and copies the remainder at the full rate', () => {
    // 6 samples, factor 4: one block (value 4) then 2 full-rate samples 9, 7.
    expect(Array.from(reconstructBimodal(Float64Array.of(4, 9, 7), 6, [], 4))).toEqual([
      4, 4, 4, 4, 9, 7,
    ]);
  });

  it('is the identity for factor 1', () => {
    const stored = Float64Array.of(1, 5, 2, 8);
    expect(Array.from(reconstructBimodal(stored, 4, [{ start: 2, end: 3 }], 1))).toEqual([
      1, 5, 2, 8,
    ]);
  });
});
