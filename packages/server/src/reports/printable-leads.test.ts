import { describe, expect, it } from 'vitest';
import type { EcgRecord } from '@gesang/ecg-formats';
import { printableLeads } from './printable-leads.js';

function sine(
  rateHz: number,
  seconds: number,
  freqHz: number,
  amplitudeUv: number,
  phase = 0,
): Float32Array {
  return Float32Array.from(
    { length: Math.round(rateHz * seconds) },
    (_v, i) => amplitudeUv * Math.sin(2 * Math.PI * freqHz * (i / rateHz) + phase),
  );
}

function record(rateHz: number, seconds: number, leads: Record<string, Float32Array>): EcgRecord {
  return {
    sampleRateHz: rateHz,
    leads: Object.entries(leads).map(([name, samplesUv]) => ({ name, samplesUv })),
    patient: {},
    device: {},
    comments: [],
    cartMeasurements: [],
    cartStatements: [],
    format: { name: 'test' },
    warnings: [],
  };
}

const peak = (x: Float32Array, from: number, to: number): number =>
  Math.max(...Array.from(x.subarray(from, to), Math.abs));

describe('printableLeads', () => {
  it('prints the first 10 s, filtered, and derives the missing limb leads from I and II', () => {
    const i = sine(500, 12, 5, 1000);
    const ii = sine(500, 12, 7, 800, 1);
    const signal = printableLeads(record(500, 12, { I: i, II: ii, V1: sine(500, 12, 3, 500) }));
    expect(signal.sampleRateHz).toBe(500);
    expect(signal.durationS).toBe(10);
    expect(signal.leads.I?.length).toBe(5000);
    expect(signal.derived).toEqual(['III', 'aVR', 'aVL', 'aVF']);
    expect(signal.leads.V2).toBeUndefined();
    expect(signal.filter).toEqual({ highPassHz: 0.5, lowPassHz: 150, notchHz: 50 });
    // In the pass band a 5 Hz sine keeps its amplitude (away from the edges).
    expect(peak(signal.leads.I ?? new Float32Array(), 1000, 4000)).toBeCloseTo(1000, -1);
    // Einthoven and Goldberger hold sample by sample (the filters are linear).
    const I = signal.leads.I ?? new Float32Array();
    const II = signal.leads.II ?? new Float32Array();
    for (const k of [0, 1234, 4999]) {
      const a = I[k] ?? NaN;
      const b = II[k] ?? NaN;
      expect(signal.leads.III?.[k]).toBeCloseTo(b - a, 2);
      expect(signal.leads.aVR?.[k]).toBeCloseTo(-(a + b) / 2, 2);
      expect(signal.leads.aVL?.[k]).toBeCloseTo(a - b / 2, 2);
      expect(signal.leads.aVF?.[k]).toBeCloseTo(b - a / 2, 2);
    }
    expect(signal.rhythm?.name).toBe('II');
    expect(signal.layout).toBe('12-lead');
  });

  it('removes a 50 Hz hum and a baseline offset', () => {
    const noisy = sine(500, 10, 50, 300).map(
      (v, k) => v + 2000 + 1000 * Math.sin((2 * Math.PI * 5 * k) / 500),
    );
    const signal = printableLeads(record(500, 10, { II: noisy }));
    const ii = signal.leads.II ?? new Float32Array();
    expect(peak(ii, 1000, 4000)).toBeLessThan(1060);
    expect(peak(ii, 1000, 4000)).toBeGreaterThan(940);
  });

  it('averages records above 1000 Hz down to at most 1000 Hz', () => {
    const signal = printableLeads(record(2000, 10, { II: sine(2000, 10, 5, 1000) }));
    expect(signal.sampleRateHz).toBe(1000);
    expect(signal.leads.II?.length).toBe(10_000);
    expect(signal.rhythm?.name).toBe('II');
  });

  it('only centres a record below 100 Hz, and uses its first lead for the rhythm strip', () => {
    const signal = printableLeads(
      record(50, 10, { MLII: Float32Array.from({ length: 500 }, (_v, k) => 100 + (k % 2)) }),
    );
    expect(signal.filter).toBeNull();
    expect(signal.rhythm?.name).toBe('MLII');
    // One lead is not a 12-lead ECG: it prints as a 10 s strip, not in a grid of empty cells.
    expect(signal.layout).toBe('strips');
    expect(signal.strips.map((s) => s.name)).toEqual(['MLII']);
    expect(Math.abs(signal.rhythm?.samplesUv[0] ?? NaN)).toBeLessThanOrEqual(1);
  });
});
