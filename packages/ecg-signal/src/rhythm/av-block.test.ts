import { describe, expect, it } from 'vitest';
import type { BeatType } from '../beats/types.js';
import { firstDegreeAvBlock, secondDegreeAvBlock } from './av-block.js';
import { medianPpMs, thirdDegreeAvBlock } from './third-degree.js';
import type { PWaveTrack } from './types.js';

const RATE = 500;

describe('firstDegreeAvBlock', () => {
  it('PR 200 ms is not first-degree block; 201 ms is', () => {
    expect(firstDegreeAvBlock([200, 200, 200, 200])).toBeNull();
    const finding = firstDegreeAvBlock([201, 201, 201, 201]);
    expect(finding?.code).toBe('av_block_first_degree');
    expect(finding?.evidence.values['prMedianMs']).toBe(201);
    expect(finding?.evidence.thresholds['prAboveMs']).toBe(200);
  });

  it('needs a P wave on at least half of the beats', () => {
    expect(firstDegreeAvBlock([260, 260, Number.NaN, Number.NaN, Number.NaN])).toBeNull();
    expect(firstDegreeAvBlock([260, 260, 260, Number.NaN, Number.NaN])).not.toBeNull();
  });
});

/**
 * Synthetic conduction sequence: P waves every 400 samples (800 ms); `prMs[k]` is the PR of the
 * k-th P wave, or null when it is not conducted. QRS fiducials sit PR + 40 ms after the P peak
 * minus 50 ms (P onset to peak), as the P tracker would report them.
 */
function sequence(prMs: (number | null)[]): {
  types: BeatType[];
  samples: Int32Array;
  track: PWaveTrack;
} {
  const samples: number[] = [];
  const pPeaks: number[] = [];
  const prs: number[] = [];
  const dropped: number[] = [];
  prMs.forEach((pr, k) => {
    const peak = 200 + 400 * k;
    if (pr === null) {
      dropped.push(peak);
      return;
    }
    samples.push(peak - 25 + Math.round(((pr + 40) * RATE) / 1000));
    pPeaks.push(peak);
    prs.push(pr);
  });
  return {
    types: samples.map(() => 'N'),
    samples: Int32Array.from(samples),
    track: {
      pPeakSample: Int32Array.from(pPeaks),
      prMs: Float64Array.from(prs),
      nonConductedPSamples: dropped,
      allPSamples: prMs.map((_, k) => 200 + 400 * k),
      hasTemplate: true,
    },
  };
}

describe('secondDegreeAvBlock (synthetic P–QRS sequences)', () => {
  it('progressive PR lengthening, a dropped P, then a short PR is Mobitz I', () => {
    const { types, samples, track } = sequence([160, 240, 290, null, 160, 240, 290, null, 160]);
    const findings = secondDegreeAvBlock(types, samples, RATE, track);
    expect(findings.map((f) => f.code)).toEqual(['av_block_second_degree_mobitz_1']);
    expect(findings[0]?.evidence.samples).toEqual([1400, 3000]);
  });

  it('a dropped P with an unchanged PR before and after is Mobitz II', () => {
    const { types, samples, track } = sequence([160, 160, 160, null, 160, 160, 160, null, 160]);
    const findings = secondDegreeAvBlock(types, samples, RATE, track);
    expect(findings.map((f) => f.code)).toEqual(['av_block_second_degree_mobitz_2']);
    expect(findings[0]?.evidence.values['droppedP']).toBe(2);
  });

  it('ignores a "non-conducted P" that is not where the atrial rhythm puts it', () => {
    const { types, samples, track } = sequence([160, 160, 160, 160, 160]);
    track.nonConductedPSamples = [900]; // between two conducted P waves, half a P–P early
    expect(secondDegreeAvBlock(types, samples, RATE, track)).toEqual([]);
  });

  it('PR changes between the constant and the Wenckebach bands are left unclassified', () => {
    const { types, samples, track } = sequence([160, 175, 190, null, 160, 175]);
    expect(secondDegreeAvBlock(types, samples, RATE, track)).toEqual([]);
  });
});

describe('third-degree AV block (synthetic P and QRS trains)', () => {
  it('P waves at 90/min dissociated from a regular escape at 40/min', () => {
    const p = Array.from({ length: 22 }, (_, k) => 100 + Math.round(k * 333.3));
    const samples = Int32Array.from({ length: 9 }, (_, k) => 300 + 750 * k);
    const track: PWaveTrack = {
      pPeakSample: new Int32Array(9).fill(-1),
      prMs: new Float64Array(9).fill(Number.NaN),
      nonConductedPSamples: p,
      allPSamples: p,
      hasTemplate: true,
    };
    const finding = thirdDegreeAvBlock(samples, RATE, track);
    expect(finding?.code).toBe('av_block_third_degree');
    expect(finding?.evidence.values['atrialRateBpm']).toBeCloseTo(90, 0);
    expect(finding?.evidence.values['ventricularRateBpm']).toBeCloseTo(40, 0);
  });

  it('conducted sinus rhythm (one P at a fixed PR before each QRS) is not', () => {
    const { samples, track } = sequence([160, 160, 160, 160, 160, 160, 160, 160]);
    expect(thirdDegreeAvBlock(samples, RATE, track)).toBeNull();
  });

  it('the P–P interval survives P waves hidden in QRS or T waves', () => {
    expect(medianPpMs([0, 400, 800, 1200], RATE)).toBe(800);
    expect(medianPpMs([0, 400, 1200, 1600, 2400], RATE)).toBe(800);
  });
});
