import { describe, expect, it } from 'vitest';
import { classifyBeats } from '../beats/classify-beats.js';
import { analyzeRhythm } from './analyze-rhythm.js';
import {
  beatTrain,
  syntheticEcg,
  syntheticFiducials,
  type SyntheticBeat,
  type SyntheticEcgOptions,
} from './testing/synthetic-ecg.js';
import type { RhythmAnalysis } from './types.js';

function analyze(options: SyntheticEcgOptions): RhythmAnalysis {
  const signal = syntheticEcg(options);
  return analyzeRhythm(signal, classifyBeats(signal, syntheticFiducials(options)));
}
const codes = (a: RhythmAnalysis): string[] => [...new Set(a.findings.map((f) => f.code))];
const regular = (rrMs: number, beats: number, beat: Partial<SyntheticBeat> = {}): SyntheticBeat[] =>
  beatTrain(Array<number>(beats - 1).fill(rrMs), 0.6, beat);

/** P waves every `ppMs` from 0.3 s; `pr[k % pr.length]` is the PR of the k-th, null = dropped. */
function conduction(ppMs: number, count: number, pr: (number | null)[]): SyntheticEcgOptions {
  const beats: SyntheticBeat[] = [];
  const extraPOnsetsS: number[] = [];
  for (let k = 0; k < count; k++) {
    const onsetS = 0.3 + (k * ppMs) / 1000;
    const prMs = pr[k % pr.length] ?? null;
    if (prMs === null) {
      extraPOnsetsS.push(onsetS);
    } else {
      beats.push({ timeS: onsetS + (prMs + 40) / 1000, kind: 'normal', prMs });
    }
  }
  return { durationS: 0.6 + (count * ppMs) / 1000, beats, extraPOnsetsS };
}

describe('analyzeRhythm: sinus rhythms (synthetic ECGs)', () => {
  it('75/min with P waves is sinus rhythm, PR about 160 ms, atrial rate = ventricular rate', () => {
    const a = analyze({ durationS: 10.5, beats: regular(800, 12) });
    expect(a.rhythm).toBe('sinus_rhythm');
    expect(a.ventricularRateBpm).toBeCloseTo(75, 5);
    expect(a.atrialRateBpm).toBeCloseTo(75, 0);
    expect(codes(a)).toEqual([]);
    const prs = Array.from(a.pWaves.prMs);
    expect(Math.min(...prs)).toBeGreaterThan(140);
    expect(Math.max(...prs)).toBeLessThan(180);
  });

  it('50/min is sinus bradycardia, 120/min sinus tachycardia', () => {
    expect(analyze({ durationS: 14, beats: regular(1200, 11) }).rhythm).toBe('sinus_bradycardia');
    expect(analyze({ durationS: 10, beats: regular(500, 19) }).rhythm).toBe('sinus_tachycardia');
  });

  it('a smooth respiratory RR swing with P waves is sinus arrhythmia, not AF', () => {
    const rr = Array.from({ length: 12 }, (_, i) => 850 + 110 * Math.sin((2 * Math.PI * i) / 5));
    const a = analyze({ durationS: 12, beats: beatTrain(rr) });
    expect(a.rhythm).toBe('sinus_arrhythmia');
    expect(codes(a)).not.toContain('atrial_fibrillation');
  });
});

describe('analyzeRhythm: supraventricular arrhythmias (synthetic ECGs)', () => {
  it('random RR without P waves over fibrillatory waves is atrial fibrillation', () => {
    let s = 7;
    const rr = Array.from({ length: 15 }, () => {
      s = (s * 16807) % 2147483647;
      return 450 + (500 * s) / 2147483647;
    });
    const a = analyze({
      durationS: 12,
      beats: beatTrain(rr, 0.6, { prMs: null }),
      fibrillationUv: 40,
    });
    expect(a.rhythm).toBe('atrial_fibrillation');
    expect(a.atrialRateBpm).toBeNull();
    expect(
      a.findings.find((f) => f.code === 'atrial_fibrillation')?.evidence.thresholds,
    ).toMatchObject({
      cosEnAbove: -1.4,
      pShareBelow: 0.5,
    });
  });

  it('flutter waves at 300/min with 2:1 conduction are atrial flutter, atrial rate 300', () => {
    const a = analyze({
      durationS: 10,
      beats: regular(400, 24, { prMs: null }),
      flutter: { ratePerMin: 300, amplitudeUv: 250 },
    });
    expect(a.rhythm).toBe('atrial_flutter');
    expect(a.atrialRateBpm).toBeCloseTo(300, -1);
  });

  it('a regular narrow tachycardia at 180/min without P waves is SVT; with P waves at 150 it is sinus', () => {
    expect(analyze({ durationS: 10, beats: regular(333, 29, { prMs: null }) }).rhythm).toBe(
      'supraventricular_tachycardia',
    );
    expect(analyze({ durationS: 10, beats: regular(400, 24, { prMs: 140 }) }).rhythm).toBe(
      'sinus_tachycardia',
    );
  });
});

describe('analyzeRhythm: AV conduction (synthetic ECGs)', () => {
  it('PR 280 ms is first-degree AV block, PR 160 ms is not', () => {
    expect(codes(analyze({ durationS: 10.5, beats: regular(800, 12, { prMs: 280 }) }))).toEqual([
      'av_block_first_degree',
    ]);
    expect(codes(analyze({ durationS: 10.5, beats: regular(800, 12, { prMs: 160 }) }))).toEqual([]);
  });

  it('PR 160 → 240 → 290 ms then a dropped P is Mobitz I; atrial 75/min, ventricles slower', () => {
    const a = analyze(conduction(800, 16, [160, 240, 290, null]));
    expect(codes(a)).toEqual(['av_block_second_degree_mobitz_1']);
    expect(a.atrialRateBpm).toBeCloseTo(75, 0);
    expect(a.ventricularRateBpm).toBeLessThan(60);
    // Four P waves are dropped; the last one ends the record, with no conducted beat after it.
    expect(a.findings[0]?.evidence.samples).toHaveLength(3);
  });

  it('constant PR 160 ms with every fourth P dropped is Mobitz II', () => {
    expect(codes(analyze(conduction(800, 16, [160, 160, 160, null])))).toEqual([
      'av_block_second_degree_mobitz_2',
    ]);
  });

  it('P waves at 90/min and a regular escape at 39/min, unrelated, is third-degree block', () => {
    const extraPOnsetsS = Array.from({ length: 22 }, (_, k) => 0.25 + k * 0.667);
    const a = analyze({ durationS: 15, beats: regular(1550, 9, { prMs: null }), extraPOnsetsS });
    expect(codes(a)).toEqual(['av_block_third_degree']);
    expect(a.atrialRateBpm).toBeCloseTo(90, -1);
  });
});

describe('analyzeRhythm: ventricular ectopy and pauses (synthetic ECGs)', () => {
  it('four V beats at 120/min are non-sustained VT; counts report the PVCs and the run', () => {
    const beats = beatTrain([800, 800, 800, 800, 500, 500, 500, 500, 1000, 800, 800, 800]);
    for (const v of [5, 6, 7, 8]) {
      beats[v] = { timeS: beats[v]?.timeS ?? 0, kind: 'ventricular', prMs: null };
    }
    const a = analyze({ durationS: 11, beats });
    expect(codes(a)).toEqual(
      expect.arrayContaining(['ventricular_run', 'ventricular_tachycardia_nonsustained']),
    );
    expect(a.counts).toEqual({ pvc: 4, pac: 0, runs: 1 });
    expect(a.rhythm).toBe('sinus_rhythm');
  });

  it('a 2.1 s pause is reported with its RR and threshold', () => {
    const a = analyze({
      durationS: 11,
      beats: beatTrain([800, 800, 800, 2100, 800, 800, 800, 800]),
    });
    const pause = a.findings.find((f) => f.code === 'pause');
    expect(pause?.evidence.values['rrMs']).toBeCloseTo(2100, 0);
    expect(pause?.evidence.thresholds['pauseAboveMs']).toBe(2000);
  });

  it('no beats: undetermined, no rate', () => {
    const signal = syntheticEcg({ durationS: 3, beats: [] });
    const a = analyzeRhythm(signal, classifyBeats(signal, new Int32Array(0)));
    expect(a).toMatchObject({
      rhythm: 'undetermined',
      ventricularRateBpm: null,
      atrialRateBpm: null,
    });
  });
});
