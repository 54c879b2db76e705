import { describe, expect, it } from 'vitest';
import { aamiClassOfMitCode, isMitBeatCode } from './beat-codes.js';
import { scoreEc57Record } from './ec57-score.js';
import { summarizeEc57 } from './ec57-summary.js';
import type { AamiBeatClass } from './beat-codes.js';

const opts = { sampleRateHz: 1000, startSample: 0 };

describe('MIT codes → AAMI classes (bxb mapping)', () => {
  it('maps beats and rejects non-beats', () => {
    expect([1, 2, 3, 25].map(aamiClassOfMitCode)).toEqual(['N', 'N', 'N', 'N']);
    expect([4, 7, 8, 9, 11, 34, 35].map(aamiClassOfMitCode)).toEqual(Array(7).fill('S'));
    expect([5, 10, 41].map(aamiClassOfMitCode)).toEqual(['V', 'V', 'V']);
    expect([6, 13, 30, 12, 38].map(aamiClassOfMitCode)).toEqual(['F', 'Q', 'Q', 'Q', 'Q']);
    expect([14, 22, 28, 37, 0].map(isMitBeatCode)).toEqual([false, false, false, false, false]);
  });
});

describe('scoreEc57Record', () => {
  const reference = {
    samples: [1000, 2000, 3000, 4000, 5000],
    classes: ['N', 'V', 'N', 'F', 'V'] as AamiBeatClass[],
  };

  it('counts TP, FN, FP and derives Se and +P', () => {
    const s = scoreEc57Record('hand', reference, { samples: [1000, 2010, 2500, 4000] }, opts);
    expect([s.truePositives, s.falseNegatives, s.falsePositives]).toEqual([3, 2, 1]);
    expect(s.sensitivityPct).toBeCloseTo(60, 10);
    expect(s.positivePredictivityPct).toBeCloseTo(75, 10);
    expect(s.veb).toBeNull(); // a detector without beat classes
  });

  it('keeps the VEB bookkeeping of bxb: F or Q detected as V is neither TP nor FP', () => {
    const test = {
      samples: [1000, 2000, 3000, 4000, 5500, 6000],
      classes: ['V', 'V', 'N', 'V', 'V', 'V'] as AamiBeatClass[],
    };
    const s = scoreEc57Record('hand', reference, test, opts);
    // N→v (FP), V→v (TP), N→n, F→v (not counted), V at 5000 missed (FN); extras at 5500, 6000
    // labelled V (two O→v FPs).
    expect(s.veb).toEqual({
      truePositives: 1,
      falseNegatives: 1,
      falsePositives: 3,
      sensitivityPct: 50,
      positivePredictivityPct: 25,
    });
    expect(s.confusion.F.V).toBe(1);
    expect(s.confusion.V.O).toBe(1);
    expect(s.confusion.O.V).toBe(2);
  });

  it('summarises gross (pooled) and average (per-record mean) figures', () => {
    const a = scoreEc57Record('a', { samples: [1000, 2000] }, { samples: [1000, 2000] }, opts);
    const b = scoreEc57Record(
      'b',
      { samples: [1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000] },
      { samples: [1000, 2000, 3000, 4000, 5000, 6000] },
      opts,
    );
    const g = summarizeEc57([a, b]);
    expect([g.truePositives, g.falseNegatives, g.falsePositives]).toEqual([8, 2, 0]);
    expect(g.grossSensitivityPct).toBeCloseTo(80, 10);
    expect(g.averageSensitivityPct).toBeCloseTo((100 + 75) / 2, 10);
    expect(g.grossPositivePredictivityPct).toBe(100);
    expect(g.grossVeb).toBeNull();
  });
});
