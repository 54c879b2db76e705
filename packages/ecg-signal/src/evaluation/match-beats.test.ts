import { describe, expect, it } from 'vitest';
import { matchBeats } from './match-beats.js';

// Hand-made annotation lists at 1000 Hz, so the 150 ms window is exactly 150 samples.
const opts = { sampleRateHz: 1000, startSample: 0 };

describe('matchBeats (EC57 / bxb rules)', () => {
  it('matches at exactly 150 ms and not at 151 ms, on either side', () => {
    expect(matchBeats([1000], [1150], opts).pairs).toEqual([[0, 0]]);
    expect(matchBeats([1000], [850], opts).pairs).toEqual([[0, 0]]);
    const late = matchBeats([1000], [1151], opts);
    expect(late.pairs).toEqual([]);
    expect(late.missedReference).toEqual([0]);
    expect(late.extraTest).toEqual([0]);
    expect(matchBeats([1000], [849], opts).pairs).toEqual([]);
  });

  it('rounds the window to samples at the record rate (360 Hz: 54 samples)', () => {
    const at360 = { sampleRateHz: 360, startSample: 0 };
    expect(matchBeats([1000], [1054], at360).pairs).toHaveLength(1);
    expect(matchBeats([1000], [1055], at360).pairs).toHaveLength(0);
    expect(matchBeats([1000], [1054], at360).matchWindowSamples).toBe(54);
  });

  it('pairs one to one: a duplicate detection is one TP and one FP', () => {
    const m = matchBeats([1000, 2000], [1010, 1010, 2000], opts);
    expect(m.pairs).toHaveLength(2);
    expect(m.extraTest).toHaveLength(1);
    expect(m.missedReference).toEqual([]);
  });

  it('pairs one to one: a duplicate reference beat is one TP and one FN', () => {
    const m = matchBeats([1000, 1000], [1005], opts);
    expect(m.pairs).toHaveLength(1);
    expect(m.missedReference).toHaveLength(1);
    expect(m.extraTest).toEqual([]);
  });

  it('prefers the closer detection when two fall in the window', () => {
    const m = matchBeats([1000], [900, 1010], opts);
    expect(m.pairs).toEqual([[0, 1]]);
    expect(m.extraTest).toEqual([0]);
  });

  it('counts nothing in the learning period (default 5 min)', () => {
    const start = 300 * 1000;
    const m = matchBeats([1000, start - 500, start + 1000], [1200, 5000, start + 1000], {
      sampleRateHz: 1000,
    });
    expect(m.pairs).toEqual([[2, 2]]);
    expect(m.missedReference).toEqual([]);
    expect(m.extraTest).toEqual([]);
  });

  it('lets the last learning-period detection match the first scored reference beat', () => {
    const start = 300 * 1000;
    const m = matchBeats([start + 50], [start - 60], { sampleRateHz: 1000 });
    expect(m.pairs).toEqual([[0, 0]]);
  });

  it('does not score a reference beat just before the start, nor its detection after it', () => {
    const start = 300 * 1000;
    // Reference at start − 20 is unscored; the detection at start + 10 belongs to it and is
    // dropped (within one window of the start, with a better-placed detection next).
    const m = matchBeats([start - 20, start + 800], [start + 10, start + 800], {
      sampleRateHz: 1000,
    });
    expect(m.pairs).toEqual([[1, 1]]);
    expect(m.extraTest).toEqual([]);
  });

  it('skips excluded ranges and stops at endSample', () => {
    const m = matchBeats([1000, 2000, 3000, 9000], [1000, 2500, 9000], {
      ...opts,
      excludedRanges: [[1900, 2600]],
      endSample: 5000,
    });
    expect(m.pairs).toEqual([[0, 0]]);
    expect(m.missedReference).toEqual([2]);
    expect(m.extraTest).toEqual([]);
  });

  it('rejects unsorted input', () => {
    expect(() => matchBeats([2000, 1000], [], opts)).toThrow(RangeError);
  });
});
