import { describe, expect, it } from 'vitest';
import { frontalAxisDeg, netAreaUvMs } from './axis.js';

describe('frontalAxisDeg (hexaxial, net areas of I and aVF)', () => {
  it.each([
    [{ I: 1000, aVF: 1000 }, 45],
    [{ I: 1000, aVF: 0 }, 0],
    [{ I: 0, aVF: 1000 }, 90],
    [{ I: 0, aVF: -1000 }, -90],
    [{ I: -1000, aVF: 1000 }, 135],
    [{ I: -1000, aVF: 0 }, 180],
  ])('%o → %d°', (areas, expected) => {
    expect(frontalAxisDeg(areas)).toBeCloseTo(expected, 9);
  });

  it('derives I and aVF from II and III (I = II − III, aVF = (II + III) / 2)', () => {
    expect(frontalAxisDeg({ II: 1000, III: 1000 })).toBeCloseTo(90, 9);
    expect(frontalAxisDeg({ II: 1500, III: 500 })).toBeCloseTo(45, 9);
  });

  it('derives aVF from I and II, or from I and III', () => {
    expect(frontalAxisDeg({ I: 1000, II: 1500 })).toBeCloseTo(45, 9);
    expect(frontalAxisDeg({ I: 1000, III: 500 })).toBeCloseTo(45, 9);
  });

  it('null without enough limb leads or without a net vector', () => {
    expect(frontalAxisDeg({ II: 1000 })).toBeNull();
    expect(frontalAxisDeg({})).toBeNull();
    expect(frontalAxisDeg({ I: 0.2, aVF: -0.3 })).toBeNull();
  });
});

describe('netAreaUvMs', () => {
  it('trapezoid area above a baseline', () => {
    const samples = new Float32Array([10, 110, 10, 10]);
    expect(netAreaUvMs(samples, 1000, 0, 2, 10)).toBeCloseTo(100, 9);
    expect(netAreaUvMs(samples, 500, 0, 3, 10)).toBeCloseTo(200, 9);
  });
});
