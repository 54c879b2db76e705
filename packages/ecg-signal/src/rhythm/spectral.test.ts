import { describe, expect, it } from 'vitest';
import { syntheticEcg, syntheticFiducials, beatTrain } from './testing/synthetic-ecg.js';
import { filterLeadsForBeats } from '../beats/beat-signal.js';
import { flutterFinding, flutterSpectrum } from './atrial-flutter.js';
import { goertzelPower, lagCorrelation } from './spectral.js';

describe('goertzelPower and lagCorrelation', () => {
  const sine = Float64Array.from({ length: 500 }, (_, i) => Math.sin((2 * Math.PI * 5 * i) / 500));

  it('puts the power of a 5 Hz sine at 5 Hz', () => {
    expect(goertzelPower(sine, 5, 500)).toBeCloseTo(62500, -1);
    expect(goertzelPower(sine, 7, 500)).toBeLessThan(1);
  });

  it('a sine correlates with itself one period later and anti-correlates half a period later', () => {
    expect(lagCorrelation(sine, 100)).toBeCloseTo(1, 6);
    expect(lagCorrelation(sine, 50)).toBeCloseTo(-1, 6);
  });
});

describe('flutterSpectrum (synthetic ECGs)', () => {
  const spectrum = (options: Parameters<typeof syntheticEcg>[0]) =>
    flutterSpectrum(
      filterLeadsForBeats(syntheticEcg(options)),
      500,
      Array.from(syntheticFiducials(options)),
      -40,
    );

  it('flutter waves at 300/min with 2:1 conduction: a sharp 5 Hz peak, flutter', () => {
    const s = spectrum({
      durationS: 10,
      beats: beatTrain(Array<number>(23).fill(400), 0.5, { prMs: null }),
      flutter: { ratePerMin: 300, amplitudeUv: 250 },
    });
    expect(s.peakHz).toBeCloseTo(5, 1);
    expect(flutterFinding(s)?.evidence.values['flutterRatePerMin']).toBeCloseTo(300, -1);
  });

  it('sinus tachycardia at 150/min puts power at 5 Hz too but is not flutter', () => {
    const s = spectrum({
      durationS: 10,
      beats: beatTrain(Array<number>(23).fill(400), 0.5, { prMs: 140 }),
    });
    expect(flutterFinding(s)).toBeNull();
  });
});
