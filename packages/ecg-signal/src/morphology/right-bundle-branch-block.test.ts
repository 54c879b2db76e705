/**
 * Right bundle branch block on constructed median beats (piecewise-linear shapes we draw, see
 * `constructed-measurements.ts`), QRS duration at the 110 and 120 ms edges of Surawicz et al.
 * 2009.
 */
import { describe, expect, it } from 'vitest';
import { constructedMeasurements, type ConstructedLead } from './constructed-measurements.js';
import { assessRbbb } from './right-bundle-branch-block.js';

/** Constructed RBBB for a QRS of `qrs` ms: rSR′ in V1, broad terminal S in I and V6. */
function rbbb(qrs: number) {
  const leads: Record<string, ConstructedLead> = {
    V1: {
      r: 700,
      s: -400,
      trace: [
        [0, 0],
        [20, 250],
        [40, -400],
        [qrs - 40, 300],
        [qrs - 15, 700],
        [qrs, 50],
        [qrs + 40, -100],
      ],
    },
    I: {
      r: 800,
      s: -300,
      trace: [
        [0, 0],
        [25, 800],
        [45, -100],
        [qrs - 30, -300],
        [qrs, 0],
      ],
    },
    V6: {
      r: 900,
      s: -250,
      trace: [
        [0, 0],
        [25, 900],
        [45, -80],
        [qrs - 30, -250],
        [qrs, 0],
      ],
    },
  };
  return constructedMeasurements(leads, { qrsDurationMs: qrs });
}

describe('right bundle branch block (constructed)', () => {
  it.each([
    [109, null],
    [110, 'incompleteRbbb'],
    [119, 'incompleteRbbb'],
    [120, 'completeRbbb'],
    [140, 'completeRbbb'],
  ])('QRS %d ms → %s', (qrs, code) => {
    expect(assessRbbb(rbbb(qrs))?.code ?? null).toBe(code);
  });

  it('carries the V1 pattern, the terminal S durations and the QRS duration as evidence', () => {
    const finding = assessRbbb(rbbb(140));
    expect(finding?.leads).toEqual(['V1', 'I', 'V6']);
    expect(finding?.evidence).toContainEqual(
      expect.objectContaining({ quantity: 'QRS duration', value: 140, met: true }),
    );
    expect(finding?.evidence.some((e) => e.quantity.startsWith('terminal R′ duration (+-+)'))).toBe(
      true,
    );
  });

  it('no broad S in I and V6: not RBBB', () => {
    const m = rbbb(140);
    const noS = constructedMeasurements(
      {
        V1: {
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
          trace: [
            [0, 0],
            [60, 800],
            [140, 0],
          ],
        },
        V6: {
          trace: [
            [0, 0],
            [60, 900],
            [140, 0],
          ],
        },
      },
      { qrsDurationMs: m.qrsDurationMs },
    );
    expect(assessRbbb(noS)).toBeNull();
  });
});
