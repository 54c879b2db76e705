import { describe, expect, it } from 'vitest';
import type { EcgSignal } from '../record.js';
import {
  beatTrain,
  syntheticEcg,
  syntheticFiducials,
  type SyntheticBeat,
} from '../rhythm/testing/synthetic-ecg.js';
import { classifyBeats } from './classify-beats.js';

/**
 * Synthetic sinus train at 75/min with two PVCs (40 % early, full compensatory pause, wide,
 * no P wave) and one APC (31 % early, normal QRS, its own P wave, pause not compensatory).
 */
function ectopicTrain(): { beats: SyntheticBeat[]; expected: string } {
  const rr = [800, 800, 800, 800, 480, 1120, 800, 800, 550, 900, 800, 480, 1120, 800, 800];
  const beats = beatTrain(rr, 0.5);
  for (const v of [5, 12]) {
    beats[v] = { timeS: beats[v]?.timeS ?? 0, kind: 'ventricular', prMs: null };
  }
  return { beats, expected: 'NNNNNVNNNSNNVNNN' };
}

function classify(signal: EcgSignal, fiducials: Int32Array): string {
  return classifyBeats(signal, fiducials).types.join('');
}

describe('classifyBeats (synthetic beat trains)', () => {
  it('types PVCs as V, an APC as S and sinus beats as N', () => {
    const { beats, expected } = ectopicTrain();
    const options = { durationS: 14, beats };
    expect(classify(syntheticEcg(options), syntheticFiducials(options))).toBe(expected);
  });

  it('reports the PR interval of the synthetic P waves (160 ms), none before a PVC', () => {
    // Rare PVCs: the P waves are tracked with the types (they could veto a V).
    const { beats } = ectopicTrain();
    const options = { durationS: 14, beats };
    const { types, features } = classifyBeats(syntheticEcg(options), syntheticFiducials(options));
    types.forEach((t, b) => {
      if (t === 'V') {
        expect(features.prMs[b]).toBeNaN();
      } else {
        expect(Math.abs((features.prMs[b] ?? Number.NaN) - 160)).toBeLessThanOrEqual(10);
      }
    });
  });

  it('does the same on a single lead at 100 Hz', () => {
    const { beats, expected } = ectopicTrain();
    const options = { durationS: 14, beats, sampleRateHz: 100 };
    const signal = syntheticEcg(options);
    const oneLead = { ...signal, leads: signal.leads.slice(0, 1) };
    expect(classify(oneLead, syntheticFiducials(options))).toBe(expected);
  });

  it('types every beat of a ventricular run as V', () => {
    const beats = beatTrain([800, 800, 800, 800, 500, 500, 500, 1000, 800, 800, 800], 0.5);
    for (const v of [5, 6, 7]) {
      beats[v] = { timeS: beats[v]?.timeS ?? 0, kind: 'ventricular', prMs: null };
    }
    const options = { durationS: 10, beats };
    expect(classify(syntheticEcg(options), syntheticFiducials(options))).toBe('NNNNNVVVNNNN');
  });

  it('keeps a regular sinus rhythm all N and reports the features', () => {
    const options = { durationS: 10, beats: beatTrain(Array<number>(11).fill(800)) };
    const result = classifyBeats(syntheticEcg(options), syntheticFiducials(options));
    expect(result.types.every((t) => t === 'N')).toBe(true);
    expect(result.dominantQrsWidthMs).toBeGreaterThan(40);
    expect(result.dominantQrsWidthMs).toBeLessThan(120);
    expect(result.features.localRrMs[5]).toBeCloseTo(800, 0);
    // No beat depends on its P wave here, so the PR intervals are tracked on this first read.
    for (const pr of result.features.prMs) {
      expect(Math.abs(pr - 160)).toBeLessThanOrEqual(10);
    }
  });

  it('handles records with no beat and with one beat', () => {
    const signal = syntheticEcg({ durationS: 3, beats: [{ timeS: 1.5, kind: 'normal' }] });
    expect(classifyBeats(signal, new Int32Array(0)).types).toEqual([]);
    expect(classifyBeats(signal, Int32Array.of(750)).types).toEqual(['N']);
  });
});
