/**
 * Adding the reference beat back, on hand-made beats: rhythm sample t (1-based) gets reference
 * sample fcM + (t − fc) over the subtraction zone [SB, SE] of each type-0 complex (EN 1064:2005
 * §5.7, §5.9). Expected arrays are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { addReferenceBeat } from './reference-beat.js';

const beat = Float64Array.of(10, 20, 30, 40, 50); // fiducial at its 3rd sample (fcM = 3)

describe('addReferenceBeat', () => {
  it('aligns the beat on each complex fiducial and adds it over the subtraction zone', () => {
    const rhythm = new Float64Array(12).fill(1);
    const skipped = addReferenceBeat(rhythm, beat, 3, [
      // fc = 4: t = 3..5 receive beat[2 + (t − 4)] = beat[1..3] = 20, 30, 40
      { type: 0, subtractionStart: 3, fiducial: 4, subtractionEnd: 5 },
      // type 1: not the reference beat type, untouched
      { type: 1, subtractionStart: 7, fiducial: 8, subtractionEnd: 9 },
      // fc = 11: t = 9..12 receive beat[0..3]
      { type: 0, subtractionStart: 9, fiducial: 11, subtractionEnd: 12 },
    ]);
    expect(Array.from(rhythm)).toEqual([1, 1, 21, 31, 41, 1, 1, 1, 11, 21, 31, 41]);
    expect(skipped).toBe(0);
  });

  it('skips zone samples outside the rhythm or the beat, and counts them', () => {
    const rhythm = new Float64Array(4);
    // fc = 2: t = 1..4 want beat[0..3] but t = 0 (before the signal) and t = 5.. (after) are dropped;
    // zone 0..6 has 7 samples, 4 are added.
    const skipped = addReferenceBeat(rhythm, beat, 3, [
      { type: 0, subtractionStart: 0, fiducial: 2, subtractionEnd: 6 },
    ]);
    expect(Array.from(rhythm)).toEqual([20, 30, 40, 50]);
    expect(skipped).toBe(3);
  });

  it('stays bounded for a zone spanning the whole 32-bit range', () => {
    const rhythm = new Float64Array(3);
    const skipped = addReferenceBeat(rhythm, beat, 3, [
      { type: 0, subtractionStart: 1, fiducial: 3, subtractionEnd: 0xffffffff },
    ]);
    expect(Array.from(rhythm)).toEqual([10, 20, 30]);
    expect(skipped).toBe(0xffffffff - 3);
  });
});
