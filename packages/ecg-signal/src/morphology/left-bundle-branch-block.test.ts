/**
 * Left bundle branch block on constructed median beats (piecewise-linear shapes we draw, see
 * `constructed-measurements.ts`), QRS duration at the 110 and 120 ms edges and q depth at the
 * 100 µV edge.
 */
import { describe, expect, it } from 'vitest';
import { constructedMeasurements, type ConstructedLead } from './constructed-measurements.js';
import { assessMorphology } from './assess-morphology.js';
import { assessLbbb } from './left-bundle-branch-block.js';

/** Constructed LBBB for a QRS of `qrs` ms: QS in V1, broad late-peaking R without q in I, V5, V6. */
function lbbb(qrs: number, q = 0) {
  const broadR = (r: number): ConstructedLead => ({
    q,
    r,
    s: 0,
    trace: [
      [0, q],
      [15, q],
      [35, r * 0.6],
      [50, r * 0.55],
      [qrs - 40, r],
      [qrs, 0],
      [qrs + 60, -150],
    ],
  });
  const leads: Record<string, ConstructedLead> = {
    V1: {
      r: 0,
      q: -1200,
      s: 0,
      trace: [
        [0, 0],
        [40, -1200],
        [qrs, 0],
        [qrs + 60, 150],
      ],
    },
    I: broadR(800),
    V4: broadR(600),
    V5: broadR(1000),
    V6: broadR(1100),
  };
  return constructedMeasurements(leads, { qrsDurationMs: qrs });
}

describe('left bundle branch block (constructed)', () => {
  it.each([
    [109, null],
    [110, 'incompleteLbbb'],
    [119, 'incompleteLbbb'],
    [120, 'completeLbbb'],
    [160, 'completeLbbb'],
  ])('QRS %d ms → %s', (qrs, code) => {
    expect(assessLbbb(lbbb(qrs))?.code ?? null).toBe(code);
  });

  it('a q of 100 µV in I, V5 and V6 excludes it; 99 µV does not', () => {
    expect(assessLbbb(lbbb(150, -99))?.code).toBe('completeLbbb');
    expect(assessLbbb(lbbb(150, -100))).toBeNull();
  });

  it('reports R peak time in V5/V6 against 60 ms', () => {
    const finding = assessLbbb(lbbb(150));
    expect(finding?.evidence).toContainEqual(
      expect.objectContaining({ quantity: 'R peak time', leads: ['V6'], met: true }),
    );
  });

  it('an RBBB pattern (rSR′ in V1, qRS in I and V6) is not LBBB', () => {
    const m = constructedMeasurements(
      {
        V1: {
          r: 700,
          s: -400,
          trace: [
            [0, 0],
            [20, 250],
            [40, -400],
            [100, 300],
            [125, 700],
            [140, 50],
          ],
        },
        I: {
          q: -150,
          r: 800,
          s: -300,
          trace: [
            [0, -150],
            [25, 800],
            [45, -100],
            [110, -300],
            [140, 0],
          ],
        },
        V6: {
          q: -150,
          r: 900,
          s: -250,
          trace: [
            [0, -150],
            [25, 900],
            [45, -80],
            [110, -250],
            [140, 0],
          ],
        },
      },
      { qrsDurationMs: 140 },
    );
    expect(assessLbbb(m)).toBeNull();
  });

  it('is not reported for a ventricular-paced QRS (spikes before every beat)', () => {
    const pacing = {
      supported: true,
      note: 'constructed',
      spikes: [],
      beatCount: 10,
      beatsWithVentricularSpike: 10,
      beatsWithAtrialSpike: 0,
    };
    const codes = assessMorphology(lbbb(150), {}, { pacing }).map((f) => f.code);
    expect(codes).toContain('pacedRhythm');
    expect(codes).not.toContain('completeLbbb');
  });
});
