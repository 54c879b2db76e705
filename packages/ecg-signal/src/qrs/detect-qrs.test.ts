/**
 * Detector rules on synthetic ECGs built here (Gaussian waves, `synthetic-ecg.ts`), whose true R
 * peaks are known by construction. Real-data performance is tested on MIT-BIH in
 * `packages/ecg-cli/src/eval/qrs-mitdb.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import type { EcgSignal } from '../record.js';
import { detectQrs } from './detect-qrs.js';
import {
  NORMAL_BEAT,
  VENTRICULAR_BEAT,
  regularBeats,
  seededRandom,
  syntheticLead,
  type SyntheticBeat,
} from './synthetic-ecg.js';

function syntheticSignal(
  beats: readonly SyntheticBeat[],
  durationS: number,
  sampleRateHz: number,
  leads = 1,
): EcgSignal {
  const samplesUv = syntheticLead(beats, durationS, sampleRateHz);
  return {
    sampleRateHz,
    leads: Array.from({ length: leads }, (_, k) => ({
      name: `L${k}`,
      samplesUv: samplesUv.map((v) => v * (1 - 0.1 * k)),
    })),
  };
}

/** Each true beat has exactly one detection within ±tolMs, and there are no others. */
function expectExactly(
  detected: Int32Array,
  beats: readonly SyntheticBeat[],
  fs: number,
  tolMs = 30,
): void {
  expect(detected.length).toBe(beats.length);
  beats.forEach((beat, j) => {
    expect(Math.abs((detected[j] ?? -1e9) - beat.timeS * fs)).toBeLessThanOrEqual(
      (tolMs / 1000) * fs,
    );
  });
}

describe('detectQrs on synthetic ECGs', () => {
  it('finds every beat of a 6-second record at 100, 250, 360, 500 and 1000 Hz', () => {
    for (const fs of [100, 250, 360, 500, 1000]) {
      const beats = regularBeats(6, 72);
      expectExactly(detectQrs(syntheticSignal(beats, 6, fs)).samples, beats, fs);
    }
  });

  it('reports fiducials at the record rate, on the R peak (±1 sample at 1000 Hz)', () => {
    const beats = regularBeats(10, 60);
    const { samples, sampleRateHz } = detectQrs(syntheticSignal(beats, 10, 1000));
    expect(sampleRateHz).toBe(1000);
    expectExactly(samples, beats, 1000, 1);
  });

  it('keeps 200 ms between detections: a second QRS-like spike 120 ms after each R is not a beat', () => {
    const fs = 500;
    const spike = [{ offsetMs: 120, widthMs: 8, amplitudeUv: 900 }];
    const beats = regularBeats(20, 60).map((b) => ({ ...b, waves: [...NORMAL_BEAT, ...spike] }));
    const { samples } = detectQrs(syntheticSignal(beats, 20, fs));
    const gaps = Array.from(samples.slice(1), (s, j) => s - (samples[j] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(0.2 * fs);
    expect(samples.length).toBe(beats.length);
  });

  it('detects premature ventricular beats (bigeminy) and not their T waves', () => {
    const fs = 360;
    const beats: SyntheticBeat[] = [];
    for (let t = 0.5, k = 0; t < 29.5; k++) {
      const ectopic = k % 2 === 1;
      beats.push({ timeS: t, waves: ectopic ? VENTRICULAR_BEAT : NORMAL_BEAT });
      t += ectopic ? 1.2 : 0.6;
    }
    expectExactly(detectQrs(syntheticSignal(beats, 30, fs)).samples, beats, fs, 80);
  });

  it('detects paced beats once each: a 2-ms pacing spike before a wide QRS', () => {
    const fs = 1000;
    const spike = { offsetMs: -60, widthMs: 0.7, amplitudeUv: 3000 };
    const paced = [spike, ...VENTRICULAR_BEAT];
    const beats = regularBeats(20, 70).map((b) => ({ ...b, waves: paced }));
    expectExactly(detectQrs(syntheticSignal(beats, 20, fs)).samples, beats, fs, 100);
  });

  it('keeps an interpolated ventricular beat (no pause after it) in a 10-second record', () => {
    const fs = 500;
    const beats: SyntheticBeat[] = regularBeats(10, 60);
    beats.splice(5, 0, { timeS: 5.0, waves: VENTRICULAR_BEAT });
    expectExactly(detectQrs(syntheticSignal(beats, 10, fs)).samples, beats, fs, 80);
  });

  it('does not take tall T waves for QRS complexes', () => {
    const fs = 250;
    const tallT = NORMAL_BEAT.map((w) => (w.offsetMs === 280 ? { ...w, amplitudeUv: 1000 } : w));
    const beats = regularBeats(30, 80).map((b) => ({ ...b, waves: tallT }));
    expectExactly(detectQrs(syntheticSignal(beats, 30, fs)).samples, beats, fs);
  });

  it('uses the clean lead when another is flat or buried in noise (15 leads)', () => {
    const fs = 500;
    const beats = regularBeats(30, 75);
    const signal = syntheticSignal(beats, 30, fs, 15);
    const random = seededRandom(3);
    signal.leads[0] = { name: 'flat', samplesUv: new Float32Array(30 * fs) };
    signal.leads[1] = {
      name: 'noisy',
      samplesUv: Float32Array.from({ length: 30 * fs }, () => 4000 * (random() - 0.5)),
    };
    const result = detectQrs(signal);
    expectExactly(result.samples, beats, fs);
    expect(result.leadShares[0]).toBe(0);
    expect(result.leadShares[1] ?? 1).toBeLessThan(0.01);
    expect(result.leadShares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('follows the caller’s lead weights: a zero-weight lead is ignored', () => {
    const fs = 360;
    const beats = regularBeats(20, 70);
    const other = regularBeats(20, 110, 0.7);
    const signal: EcgSignal = {
      sampleRateHz: fs,
      leads: [
        { name: 'A', samplesUv: syntheticLead(beats, 20, fs) },
        { name: 'B', samplesUv: syntheticLead(other, 20, fs) },
      ],
    };
    expectExactly(detectQrs(signal, { leadWeights: [1, 0] }).samples, beats, fs);
    expectExactly(detectQrs(signal, { leadWeights: [0, 1] }).samples, other, fs);
  });

  it('finds nothing on a flat record and rejects malformed input', () => {
    expect(
      detectQrs({ sampleRateHz: 500, leads: [{ name: 'II', samplesUv: new Float32Array(5000) }] })
        .samples,
    ).toHaveLength(0);
    expect(() => detectQrs({ sampleRateHz: 500, leads: [] })).toThrow(RangeError);
    expect(() =>
      detectQrs({ sampleRateHz: 50, leads: [{ name: 'II', samplesUv: new Float32Array(500) }] }),
    ).toThrow(RangeError);
    expect(() =>
      detectQrs({
        sampleRateHz: 500,
        leads: [
          { name: 'I', samplesUv: new Float32Array(500) },
          { name: 'II', samplesUv: new Float32Array(400) },
        ],
      }),
    ).toThrow(/lead II/);
  });

  it('holds invalid (NaN) samples instead of failing', () => {
    const fs = 500;
    const beats = regularBeats(10, 60);
    const signal = syntheticSignal(beats, 10, fs);
    const lead = signal.leads[0]?.samplesUv ?? new Float32Array(0);
    lead.fill(NaN, 2 * fs + 300, 2 * fs + 310);
    expectExactly(detectQrs(signal).samples, beats, fs);
  });
});
