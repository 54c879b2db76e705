import { describe, expect, it } from 'vitest';
import { alignAndSelectBeats } from './beat-selection.js';
import { buildMedianBeats } from './median-beat.js';
import { smoothedDerivative } from './smoothed-derivative.js';
import { upsample, upsamplingFactor } from './upsample.js';

/** A synthetic lead: triangular "QRS" of 40 ms at each fiducial, 1000 µV high, at 500 Hz. */
function syntheticLead(fiducials: number[], length: number, jitter: number[] = []): Float32Array {
  const lead = new Float32Array(length);
  fiducials.forEach((f, b) => {
    const centre = f + (jitter[b] ?? 0);
    for (let i = -10; i <= 10; i++) {
      lead[centre + i] = 1000 * (1 - Math.abs(i) / 10);
    }
  });
  return lead;
}

describe('median beat', () => {
  const fiducials = Int32Array.from([250, 750, 1250, 1750, 2250]);

  it('synthetic beats: the median ignores one outlier beat; spread is 0 where all agree', () => {
    const lead = syntheticLead([...fiducials], 2600);
    lead[1250] = 5000; // an artefact in one beat
    const median = buildMedianBeats([lead], 500, fiducials, new Uint8Array(5).fill(1));
    expect(median.leads[0]?.[median.fiducialIndex]).toBe(1000);
    expect(median.spreadUv[0]?.[median.fiducialIndex]).toBe(0);
    expect(median.beatCount).toBe(5);
  });

  it('synthetic beats: a beat contributes nothing past the next QRS', () => {
    const close = Int32Array.from([250, 550, 850, 1150, 1450]); // RR 600 ms
    const lead = syntheticLead([...close], 2000);
    const median = buildMedianBeats([lead], 500, close, new Uint8Array(5).fill(1));
    // 600 ms after the fiducial lies the next QRS: only the last beat (no successor) reaches
    // there, fewer than half of the beats, so the median is NaN rather than a ghost QRS.
    expect(median.leads[0]?.[median.fiducialIndex + 300]).toBeNaN();
    expect(median.leads[0]?.[median.fiducialIndex + 200]).toBe(0);
  });

  it('synthetic beats with jittered fiducials are re-aligned on the QRS', () => {
    const lead = syntheticLead([...fiducials], 2600, [0, 4, -3, 2, -5]);
    const selection = alignAndSelectBeats([lead], 500, fiducials, new Uint8Array(5).fill(1));
    expect(Array.from(selection.alignedFiducials)).toEqual([250, 754, 1247, 1752, 2245]);
    expect(Array.from(selection.used)).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('analysis-rate helpers', () => {
  it('upsampling factor and cubic interpolation through the original samples', () => {
    expect([100, 250, 360, 500, 1000].map(upsamplingFactor)).toEqual([5, 2, 2, 1, 1]);
    const up = upsample(new Float32Array([0, 1, 2, 3]), 2);
    expect([up.length, up[0], up[2], up[3], up[4], up[6]]).toEqual([7, 0, 1, 1.5, 2, 3]);
  });

  it('smoothed derivative of a ramp is its slope', () => {
    const ramp = Float32Array.from({ length: 200 }, (_, i) => 3 * i);
    expect(smoothedDerivative(ramp, 4)[100]).toBeCloseTo(3, 4);
  });
});
