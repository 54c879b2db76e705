import { describe, expect, it } from 'vitest';
import { rebuildPhilipsLimbLeads } from './limb-leads.js';

describe('rebuildPhilipsLimbLeads', () => {
  it('rebuilds III, aVR, aVL, aVF from zero residuals by Einthoven and Goldberger', () => {
    const [, , three, aVR, aVL, aVF] = rebuildPhilipsLimbLeads([
      Int32Array.of(100),
      Int32Array.of(300),
      Int32Array.of(0),
      Int32Array.of(0),
      Int32Array.of(0),
      Int32Array.of(0),
    ]);
    expect([three?.[0], aVR?.[0], aVL?.[0], aVF?.[0]]).toEqual([200, -200, -50, 250]);
  });

  it('subtracts the stored residuals', () => {
    const [, , three, aVR, aVL, aVF] = rebuildPhilipsLimbLeads([
      Int32Array.of(100),
      Int32Array.of(300),
      Int32Array.of(1),
      Int32Array.of(2),
      Int32Array.of(3),
      Int32Array.of(4),
    ]);
    // III = 300 − 100 − 1 = 199; aVR = −200 − 2; aVL = trunc((100 − 199)/2) − 3 = −49 − 3;
    // aVF = trunc((300 + 199)/2) − 4 = 249 − 4.
    expect([three?.[0], aVR?.[0], aVL?.[0], aVF?.[0]]).toEqual([199, -202, -52, 245]);
  });

  it('halves odd negative sums toward zero, as C integer division does', () => {
    // I + II = −65: aVR = −trunc(−32.5) = 32 (rounding down would give 33).
    const [, , , aVR] = rebuildPhilipsLimbLeads([
      Int32Array.of(-11),
      Int32Array.of(-54),
      Int32Array.of(0),
      Int32Array.of(0),
      Int32Array.of(0),
      Int32Array.of(0),
    ]);
    expect(aVR?.[0]).toBe(32);
  });

  it('leaves fewer than six leads alone', () => {
    const leads = [Int32Array.of(1), Int32Array.of(2), Int32Array.of(3)];
    expect(rebuildPhilipsLimbLeads(leads)[2]?.[0]).toBe(3);
  });
});
