import { describe, expect, it } from 'vitest';
import type { BeatType } from '../beats/types.js';
import { sinusArrhythmia, sinusCategory } from './sinus.js';
import type { PWaveTrack } from './types.js';

describe('sinusCategory', () => {
  it('bradycardia below 60/min, tachycardia above 100/min', () => {
    expect(sinusCategory(59.9)).toBe('sinus_bradycardia');
    expect(sinusCategory(60)).toBe('sinus_rhythm');
    expect(sinusCategory(100)).toBe('sinus_rhythm');
    expect(sinusCategory(100.1)).toBe('sinus_tachycardia');
  });
});

describe('sinusArrhythmia (synthetic beat trains with P waves)', () => {
  /** Beats at 500 Hz with RR alternating 800 and 800 + `swingMs`, every beat with a P wave. */
  function train(swingMs: number): { types: BeatType[]; samples: Int32Array; track: PWaveTrack } {
    const samples = [0];
    for (let i = 1; i < 12; i++) {
      samples.push((samples[i - 1] ?? 0) + (i % 2 === 0 ? 400 : 400 + swingMs / 2));
    }
    const n = samples.length;
    return {
      types: Array<BeatType>(n).fill('N'),
      samples: Int32Array.from(samples),
      track: {
        pPeakSample: Int32Array.from(samples, (s) => s - 80),
        prMs: new Float64Array(n).fill(160),
        nonConductedPSamples: [],
        allPSamples: samples.map((s) => s - 80),
        hasTemplate: true,
      },
    };
  }

  it('an RR spread of 120 ms is not sinus arrhythmia; 122 ms is', () => {
    const even = train(120);
    expect(sinusArrhythmia(even.types, even.samples, 500, even.track).present).toBe(false);
    const more = train(122);
    const result = sinusArrhythmia(more.types, more.samples, 500, more.track);
    expect(result.present).toBe(true);
    expect(result.variationMs).toBe(122);
  });
});
