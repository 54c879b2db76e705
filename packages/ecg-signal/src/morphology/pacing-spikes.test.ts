/**
 * Pacemaker spike detection on constructed signals (built here: smooth QRS-like bumps once a
 * second, with or without one- and two-sample pulses before them), and its stated limits at low
 * sample rates.
 */
import { describe, expect, it } from 'vitest';
import type { EcgSignal } from '../record.js';
import { pacedRhythmFinding } from './assess-morphology.js';
import { detectPacingSpikes } from './pacing-spikes.js';

/** Constructed record: `leads` leads, 10 beats; a spike of `spikeUv` `spikeMs` ms before each. */
function constructedSignal(rateHz: number, spikeUv: number, spikeSamples = 1, leads = 3) {
  const n = rateHz * 10;
  const fiducials = Int32Array.from({ length: 10 }, (_, b) => Math.round((b + 0.5) * rateHz));
  const signal: EcgSignal = {
    sampleRateHz: rateHz,
    leads: Array.from({ length: leads }, (_, l) => {
      const x = new Float32Array(n);
      for (const f of fiducials) {
        for (let i = 0; i < n; i++) {
          const t = (i - f) / rateHz;
          x[i] = (x[i] ?? 0) + (1200 - 200 * l) * Math.exp(-0.5 * (t / 0.012) ** 2);
        }
        const at = f - Math.round(0.05 * rateHz);
        for (let k = 0; k < spikeSamples; k++) {
          x[at + k] = (x[at + k] ?? 0) + spikeUv;
        }
      }
      return { name: ['II', 'V1', 'V5'][l] ?? `L${l}`, samplesUv: x };
    }),
  };
  return { signal, fiducials };
}

describe('detectPacingSpikes (constructed signals)', () => {
  it.each([
    [500, 1],
    [500, 2],
    [1000, 2],
  ])(
    '%d Hz, %d-sample pulses of 400 µV before every QRS: found before all 10 beats',
    (rate, width) => {
      const { signal, fiducials } = constructedSignal(rate, 400, width);
      const result = detectPacingSpikes(signal, fiducials);
      expect(result.supported).toBe(true);
      expect(result.spikes).toHaveLength(10);
      expect(result.beatsWithVentricularSpike).toBe(10);
      expect(pacedRhythmFinding(result)?.text).toBe('Ventricular paced rhythm');
    },
  );

  it('a smooth QRS alone yields no spike', () => {
    const { signal, fiducials } = constructedSignal(500, 0);
    const result = detectPacingSpikes(signal, fiducials);
    expect(result.spikes).toEqual([]);
    expect(pacedRhythmFinding(result)).toBeNull();
  });

  it('pulses below 100 µV are not counted; a pulse in one lead only is not a spike', () => {
    expect(detectPacingSpikes(...args(constructedSignal(500, 99))).spikes).toEqual([]);
    const { signal, fiducials } = constructedSignal(500, 0);
    signal.leads[0]?.samplesUv.set([400], 1000);
    expect(detectPacingSpikes(signal, fiducials).spikes).toEqual([]);
  });

  it.each([100, 250, 499])('%d Hz: not supported, and the note says why', (rate) => {
    const { signal, fiducials } = constructedSignal(rate, 400);
    const result = detectPacingSpikes(signal, fiducials);
    expect(result.supported).toBe(false);
    expect(result.note).toMatch(/cannot be detected/);
    expect(pacedRhythmFinding(result)).toBeNull();
  });
});

function args(c: { signal: EcgSignal; fiducials: Int32Array }): [EcgSignal, Int32Array] {
  return [c.signal, c.fiducials];
}
