import { describe, expect, it } from 'vitest';
import { segmentCorrelation } from './segment-correlation.js';

describe('segmentCorrelation (hand-made arrays)', () => {
  it('is 1 for equal windows, −1 for mirrored ones, 0 for a flat one', () => {
    const x = Float32Array.of(1, 2, 3, 1, 2, 3, 3, 2, 1, 5, 5, 5);
    expect(segmentCorrelation(x, 0, 3, 3)).toBeCloseTo(1, 12);
    expect(segmentCorrelation(x, 0, 6, 3)).toBeCloseTo(-1, 12);
    expect(segmentCorrelation(x, 0, 9, 3)).toBe(0);
  });

  it('counts samples outside the array as zero', () => {
    const x = Float64Array.of(0, 1, 0, 1);
    // Window at −1 reads (0, 0, 1), window at 1 reads (1, 0, 1): r = 0.5.
    expect(segmentCorrelation(x, -1, 1, 3)).toBeCloseTo(0.5, 12);
  });
});
