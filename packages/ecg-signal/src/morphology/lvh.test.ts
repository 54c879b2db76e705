/**
 * LVH voltage criteria and strain on constructed measurements (hand-built values), at the
 * thresholds of Sokolow & Lyon 1949 and Casale et al. 1985.
 */
import { describe, expect, it } from 'vitest';
import { constructedMeasurements } from './constructed-measurements.js';
import { assessLvh } from './lvh.js';
import type { PatientContext } from './types.js';

const codes = (m: ReturnType<typeof constructedMeasurements>, context: PatientContext = {}) =>
  assessLvh(m, context).map((f) => f.code);

describe('Sokolow–Lyon (constructed)', () => {
  it('SV1 + RV5: 3499 µV no, 3500 µV yes; the taller of RV5 and RV6 counts', () => {
    const at = (sv1: number, rv5: number, rv6: number) =>
      constructedMeasurements({
        V1: { r: 100, s: -sv1 },
        V5: { r: rv5 },
        V6: { r: rv6 },
        aVL: { r: 300 },
        V3: { s: -500 },
      });
    expect(codes(at(1500, 1999, 1000))).toEqual([]);
    expect(codes(at(1500, 2000, 1000))).toEqual(['lvhSokolowLyon']);
    expect(codes(at(1500, 1000, 2000))).toEqual(['lvhSokolowLyon']);
  });

  it('a QS complex in V1 counts its whole depth as SV1', () => {
    const m = constructedMeasurements({
      V1: { r: 0, q: -1600, s: 0 },
      V5: { r: 1900 },
      aVL: { r: 300 },
      V3: { s: -500 },
    });
    expect(codes(m)).toEqual(['lvhSokolowLyon']);
  });

  it('RaVL: 1099 µV no, 1100 µV yes (and Cornell follows with SV3)', () => {
    const at = (ravl: number) =>
      constructedMeasurements({
        V1: { s: -500 },
        V5: { r: 900 },
        aVL: { r: ravl },
        V3: { s: -100 },
      });
    expect(codes(at(1099))).toEqual([]);
    expect(codes(at(1100))).toEqual(['lvhSokolowLyon']);
  });
});

describe('Cornell voltage (constructed)', () => {
  const at = (sum: number) =>
    constructedMeasurements({
      V1: { s: -500 },
      V5: { r: 900 },
      aVL: { r: 600 },
      V3: { s: -(sum - 600) },
    });

  it('men: > 2800 µV (2800 no, 2801 yes)', () => {
    expect(codes(at(2800), { sex: 'male' })).toEqual([]);
    expect(codes(at(2801), { sex: 'male' })).toEqual(['lvhCornell']);
  });

  it('women: > 2000 µV (2000 no, 2001 yes)', () => {
    expect(codes(at(2000), { sex: 'female' })).toEqual([]);
    expect(codes(at(2001), { sex: 'female' })).toEqual(['lvhCornell']);
  });

  it("sex unknown: the men's threshold, stated in the evidence", () => {
    expect(codes(at(2500))).toEqual([]);
    const [finding] = assessLvh(at(2801));
    expect(finding?.evidence[0]?.quantity).toMatch(/sex unknown: men's threshold/);
  });

  it('not applied under 16 years', () => {
    expect(codes(at(4000), { sex: 'male', ageYears: 15 })).toEqual([]);
    expect(codes(at(4000), { sex: 'male', ageYears: 16 })).toEqual(['lvhCornell']);
  });
});

describe('strain (constructed)', () => {
  const lvh = { V1: { s: -2000 }, aVL: { r: 400 }, V3: { s: -800 } };

  it('LVH voltage with downsloping ST depression and inverted T in V5/V6', () => {
    const m = constructedMeasurements({
      ...lvh,
      V5: { r: 2000, s: 0, stJ: -40, stJ60: -120, t: -250 },
      V6: { r: 1500, s: 0 },
    });
    expect(codes(m, { sex: 'male' })).toEqual(['lvhSokolowLyon', 'lvhStrain']);
  });

  it('not with an upright T', () => {
    const m = constructedMeasurements({
      ...lvh,
      V5: { r: 2000, s: 0, stJ: -40, stJ60: -120, t: 100 },
    });
    expect(codes(m, { sex: 'male' })).toEqual(['lvhSokolowLyon']);
  });

  it('not without LVH voltage', () => {
    const m = constructedMeasurements({
      V1: { s: -500 },
      aVL: { r: 400 },
      V3: { s: -800 },
      V5: { r: 1200, s: 0, stJ: -40, stJ60: -120, t: -250 },
    });
    expect(codes(m, { sex: 'male' })).toEqual([]);
  });
});
