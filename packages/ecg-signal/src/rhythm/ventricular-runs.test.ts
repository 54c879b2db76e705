import { describe, expect, it } from 'vitest';
import type { BeatType } from '../beats/types.js';
import { pauseFindings, runFindings, ventricularRuns } from './ventricular-runs.js';

const RATE = 500;

/** Synthetic beat train: N beats every 400 samples, then a V run at `vIntervalSamples`, then N. */
function train(
  vBeats: number,
  vIntervalSamples: number,
): { types: BeatType[]; samples: Int32Array } {
  const types: BeatType[] = [];
  const samples: number[] = [];
  let t = 0;
  const push = (type: BeatType, step: number): void => {
    types.push(type);
    samples.push(t);
    t += step;
  };
  for (let i = 0; i < 4; i++) {
    push('N', 400);
  }
  for (let i = 0; i < vBeats; i++) {
    push('V', i === vBeats - 1 ? 600 : vIntervalSamples);
  }
  for (let i = 0; i < 4; i++) {
    push('N', 400);
  }
  return { types, samples: Int32Array.from(samples) };
}

const codes = (types: BeatType[], samples: Int32Array): string[] =>
  runFindings(ventricularRuns(types, samples, RATE), samples).map((f) => f.code);

describe('ventricular runs and VT (synthetic beat trains)', () => {
  it('a 3-beat run at exactly 100/min is a ventricular run, not VT', () => {
    const { types, samples } = train(3, 300); // 600 ms = 100/min
    const runs = ventricularRuns(types, samples, RATE);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.rateBpm).toBe(100);
    expect(codes(types, samples)).toEqual(['ventricular_run']);
  });

  it('a 3-beat run at 101/min is non-sustained VT', () => {
    const { types, samples } = train(3, 297); // 594 ms = 101.01/min
    expect(ventricularRuns(types, samples, RATE)[0]?.rateBpm).toBeCloseTo(101.01, 2);
    expect(codes(types, samples)).toEqual([
      'ventricular_run',
      'ventricular_tachycardia_nonsustained',
    ]);
  });

  it('two consecutive V beats are no run', () => {
    const { types, samples } = train(2, 200);
    expect(ventricularRuns(types, samples, RATE)).toEqual([]);
  });

  it('VT lasting 30 s is sustained, 29.998 s is not', () => {
    // 61 beats 250 samples apart = 60 intervals = 15000 samples = 30 s at 500 Hz.
    const sustained = train(61, 250);
    expect(codes(sustained.types, sustained.samples)).toContain(
      'ventricular_tachycardia_sustained',
    );
    const types: BeatType[] = Array<BeatType>(61).fill('V');
    const samples = Int32Array.from({ length: 61 }, (_, i) => (i === 60 ? 14999 : i * 250));
    expect(codes(types, samples)).toContain('ventricular_tachycardia_nonsustained');
  });

  it('reports beats, rate and thresholds as evidence', () => {
    const { types, samples } = train(4, 250);
    const [run] = runFindings(ventricularRuns(types, samples, RATE), samples);
    expect(run?.evidence.beats).toEqual([4, 5, 6, 7]);
    expect(run?.evidence.values['rateBpm']).toBe(120);
    expect(run?.evidence.thresholds).toMatchObject({
      minBeats: 3,
      vtRateAboveBpm: 100,
      sustainedFromS: 30,
    });
  });
});

describe('pauses (synthetic beat trains)', () => {
  it('an RR of exactly 2.0 s is no pause; 2.01 s is', () => {
    expect(pauseFindings(Int32Array.of(0, 400, 1400), RATE)).toEqual([]);
    const [pause] = pauseFindings(Int32Array.of(0, 400, 1405), RATE);
    expect(pause?.code).toBe('pause');
    expect(pause?.evidence.values['rrMs']).toBe(2010);
    expect(pause?.evidence.thresholds['pauseAboveMs']).toBe(2000);
    expect(pause?.evidence.beats).toEqual([1, 2]);
  });
});
