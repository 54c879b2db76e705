import { describe, expect, it } from 'vitest';
import { seededRandom } from '../qrs/synthetic-ecg.js';
import { filterZeroPhase } from './apply-biquads.js';
import { butterworth, designBiquad } from './biquad.js';
import { filterZeroPhaseInto, filterZeroPhaseLeads } from './zero-phase-lanes.js';

/** Random leads of one length. */
function leads(count: number, n: number, seed: number): Float32Array[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () =>
    Float32Array.from({ length: n }, (_, i) => 800 * Math.sin(i / 9) + 200 * (random() - 0.5)),
  );
}

describe('zero-phase filtering of several leads at once', () => {
  it('gives bit for bit what filterZeroPhase gives lead by lead (1 to 9 leads, any padding)', () => {
    // Odd section counts run a single section after the fused pairs; lead counts leaving one or
    // two over run the last group on two lanes (`biquad-two-lanes.ts`), three over on four.
    const cascades = [
      butterworth('lowpass', 40, 500, 2),
      [...butterworth('highpass', 5, 166, 2), ...butterworth('lowpass', 20, 166, 2)],
      [designBiquad('notch', 50, 500, 50 / 3), designBiquad('notch', 60, 500, 20)],
      [designBiquad('notch', 50, 500, 50 / 3), ...butterworth('lowpass', 40, 500, 4)],
    ];
    for (const [count, n, pad] of [
      [1, 300, 50],
      [2, 400, 60],
      [3, 500, 1000],
      [5, 257, 0],
      [6, 300, 30],
      [9, 1000, 120],
    ] as const) {
      const inputs = leads(count, n, count);
      for (const sections of cascades) {
        const together = filterZeroPhaseLeads(inputs, sections, pad);
        inputs.forEach((x, l) => {
          expect(Array.from(together[l] ?? [])).toEqual(
            Array.from(filterZeroPhase(x, sections, pad)),
          );
        });
      }
    }
  });

  it('writes float32 results in place and reuses its work arrays', () => {
    const inputs = leads(6, 400, 11);
    const sections = butterworth('lowpass', 40, 500, 2);
    const outputs = inputs.map((x) => Float32Array.from(x));
    const work = filterZeroPhaseInto(outputs, sections, 38, outputs);
    inputs.forEach((x, l) => {
      expect(Array.from(outputs[l] ?? [])).toEqual(
        Array.from(Float32Array.from(filterZeroPhase(x, sections, 38))),
      );
    });
    expect(filterZeroPhaseInto(inputs, sections, 38, outputs, work)).toBe(work);
  });
});
