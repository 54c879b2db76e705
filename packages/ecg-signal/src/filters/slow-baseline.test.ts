import { describe, expect, it } from 'vitest';
import { regularBeats, seededRandom, syntheticLead } from '../qrs/synthetic-ecg.js';
import { filterZeroPhase } from './apply-biquads.js';
import { butterworth } from './biquad.js';
import { highPassLeads, slowParts, slowPartsAgain } from './slow-baseline.js';

/** A synthetic lead with respiration wander, a slow drift and noise, µV. */
function wanderingLead(durationS: number, rateHz: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  const ecg = syntheticLead(regularBeats(0.4, durationS - 0.4, 0.8), durationS, rateHz);
  return ecg.map(
    (v, i) =>
      v +
      400 * Math.sin((2 * Math.PI * 0.25 * i) / rateHz) +
      (150 * i) / rateHz +
      20 * (random() - 0.5),
  );
}

/** Largest absolute difference. */
function maxDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    worst = Math.max(worst, Math.abs((a[i] ?? 0) - (b[i] ?? 0)));
  }
  return worst;
}

describe('baseline high-pass computed at about 100 Hz', () => {
  it('matches the full-rate zero-phase Butterworth high-pass to within half a microvolt', () => {
    for (const rate of [250, 360, 500, 1000]) {
      const leads = [wanderingLead(10, rate, 1), wanderingLead(10, rate, 2)];
      const fast = highPassLeads(leads, rate, 0.5);
      leads.forEach((x, l) => {
        const exact = filterZeroPhase(x, butterworth('highpass', 0.5, rate, 2), (3 * rate) / 0.5);
        expect(maxDifference(fast[l] ?? [], exact), `${rate} Hz`).toBeLessThan(0.5);
      });
    }
  });

  it('below 200 Hz filters at the record rate: the same as the full-rate high-pass', () => {
    const x = wanderingLead(8, 150, 3);
    const [fast] = highPassLeads([x], 150, 0.5);
    const exact = Float32Array.from(
      filterZeroPhase(x, butterworth('highpass', 0.5, 150, 2), (3 * 150) / 0.5),
    );
    expect(maxDifference(fast ?? [], exact)).toBeLessThan(1e-3);
  });

  it('a second corner from the same block means equals computing it afresh with that padding', () => {
    const leads = [wanderingLead(10, 500, 4)];
    const again = slowPartsAgain(slowParts(leads, 500, 0.5), 500, 0.67);
    const fresh = slowParts(leads, 500, 0.67, (3 * 500) / 0.5);
    expect(Array.from(again[0]?.low ?? [])).toEqual(Array.from(fresh[0]?.low ?? []));
  });
});
