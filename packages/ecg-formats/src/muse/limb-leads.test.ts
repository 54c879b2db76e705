import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.js';
import { museDate } from './demographics.js';
import { deriveLimbLeads } from './limb-leads.js';

describe('deriveLimbLeads', () => {
  it('computes III, aVR, aVL, aVF so that I + III = II and aVR + aVL + aVF = 0', () => {
    const { III, aVR, aVL, aVF } = deriveLimbLeads(
      Float32Array.of(100, -40),
      Float32Array.of(300, 10),
    );
    expect(Array.from(III)).toEqual([200, 50]);
    expect(Array.from(aVR)).toEqual([-200, 15]);
    expect(Array.from(aVL)).toEqual([-50, -45]);
    expect(Array.from(aVF)).toEqual([250, 30]);
  });
});

describe('crc32', () => {
  it('gives the standard check value of "123456789"', () => {
    expect(crc32(Uint8Array.from('123456789', (c) => c.charCodeAt(0)))).toBe(0xcbf43926);
  });
});

describe('museDate', () => {
  it('turns MM-DD-YYYY into ISO and refuses non-dates', () => {
    expect(museDate('05-10-2021')).toBe('2021-05-10');
    expect(museDate('13-10-2021')).toBeUndefined();
    expect(museDate('2021-05-10')).toBeUndefined();
    expect(museDate(undefined)).toBeUndefined();
  });
});
