import { describe, expect, it } from 'vitest';
import { compareTemplates, matchBeat } from './beat-correlation.js';
import { cutBeat } from './beat-window.js';

/** A synthetic two-lead record with one Gaussian "QRS" centred at `at`. */
function record(at: number, amplitudes: [number, number], widthSamples = 4): Float32Array[] {
  return amplitudes.map((a) =>
    Float32Array.from(
      { length: 400 },
      (_, i) => a * Math.exp(-0.5 * ((i - at) / widthSamples) ** 2),
    ),
  );
}

describe('matchBeat (synthetic beats)', () => {
  const template = cutBeat(record(100, [1000, -500]), 100, { preSamples: 20, postSamples: 30 });

  it('finds the same beat shifted by a few samples with correlation 1 and no residual', () => {
    const m = matchBeat(record(203, [1000, -500]), 200, template, 5);
    expect(m.correlation).toBeCloseTo(1, 6);
    expect(m.lagSamples).toBe(3);
    expect(m.residualRatio).toBeCloseTo(0, 6);
  });

  it('keeps correlation 1 for a beat twice as large but reports the residual', () => {
    const m = matchBeat(record(200, [2000, -1000]), 200, template, 5);
    expect(m.correlation).toBeCloseTo(1, 6);
    expect(m.residualRatio).toBeCloseTo(1, 6);
  });

  it('scores a wide, inverted beat low', () => {
    const m = matchBeat(record(200, [-800, 600], 12), 200, template, 5);
    expect(m.correlation).toBeLessThan(0);
  });

  it('returns −1 for a beat whose window leaves the record', () => {
    expect(matchBeat(record(200, [1000, -500]), 5, template, 2).correlation).toBe(-1);
  });
});

describe('compareTemplates (synthetic templates)', () => {
  const reference = cutBeat(record(100, [1000, -500]), 100, { preSamples: 20, postSamples: 30 });

  it('counts a lead that still matches when the other carries an artefact', () => {
    const leads = record(100, [1000, -500]);
    leads[1] = Float32Array.from({ length: 400 }, (_, i) => 900 * Math.sin(i / 3));
    const shape = cutBeat(leads, 100, { preSamples: 20, postSamples: 30 });
    expect(compareTemplates(shape, reference, 4).agreeingLeads).toBe(1);
  });

  it('counts no lead for a different depolarisation', () => {
    const shape = cutBeat(record(100, [-800, 900], 12), 100, { preSamples: 20, postSamples: 30 });
    expect(compareTemplates(shape, reference, 4).agreeingLeads).toBe(0);
  });
});
