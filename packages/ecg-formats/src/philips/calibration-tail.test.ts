import { describe, expect, it } from 'vitest';
import { calibrationTailStart, cutCalibrationTail } from './calibration-tail.js';

/** A small built signal (named as such): ECG-like values, zeros, a 1 mV pulse, zeros. */
function builtLeads(pulseSamples: number): { name: string; samplesUv: Float32Array }[] {
  const make = (ecg: number[]): Float32Array =>
    Float32Array.from([...ecg, 0, 0, ...new Array<number>(pulseSamples).fill(1000), 0, 0, 0]);
  return [
    { name: 'I', samplesUv: make([5, -10, 0, 20]) },
    { name: 'II', samplesUv: make([15, 0, 30, 0]) },
  ];
}

describe('the Philips calibration tail', () => {
  it('is found where the all-leads-zero run before a ≥ 40 ms 1 mV pulse begins', () => {
    // 500 Hz: 40 ms = 20 samples. Lead II's own trailing 0 at index 3 is ECG, lead I's is not 0.
    expect(calibrationTailStart(builtLeads(20), 500)).toBe(4);
    expect(calibrationTailStart(builtLeads(19), 500)).toBeUndefined();
  });

  it('is cut with a warning; a record without one is left alone', () => {
    const cut = cutCalibrationTail(builtLeads(100), 500);
    expect(cut.leads.map((l) => [...l.samplesUv])).toEqual([
      [5, -10, 0, 20],
      [15, 0, 30, 0],
    ]);
    expect(cut.warning).toMatch(/calibration pulse/);
    const plain = [{ name: 'I', samplesUv: Float32Array.of(1, 2, 3, 0, 0) }];
    expect(cutCalibrationTail(plain, 500)).toEqual({ leads: plain });
  });
});
