import { describe, expect, it } from 'vitest';
import { syntheticEcg, syntheticFiducials } from '../rhythm/testing/synthetic-ecg.js';
import { filterLeadsForBeats } from './beat-signal.js';
import { qrsWidth, spatialVelocity } from './qrs-width.js';

describe('qrsWidth (synthetic ECG)', () => {
  const options = {
    durationS: 4,
    beats: [
      { timeS: 1, kind: 'normal' as const },
      { timeS: 2.6, kind: 'ventricular' as const },
    ],
    noiseUv: 0,
  };
  const signal = syntheticEcg(options);
  const [normal = 0, ventricular = 0] = syntheticFiducials(options);
  const velocity = spatialVelocity(filterLeadsForBeats(signal), 500);

  it('measures a narrow normal QRS and a ventricular one at least 40 ms wider', () => {
    const narrow = qrsWidth(velocity, normal, 500).widthMs;
    const wide = qrsWidth(velocity, ventricular, 500).widthMs;
    expect(narrow).toBeGreaterThan(40);
    expect(narrow).toBeLessThan(110);
    expect(wide - narrow).toBeGreaterThanOrEqual(40);
  });

  it('places the onset before and the end after the fiducial', () => {
    const { onsetSample, endSample } = qrsWidth(velocity, normal, 500);
    expect(onsetSample).toBeLessThan(normal);
    expect(endSample).toBeGreaterThan(normal);
  });
});
