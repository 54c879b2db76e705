import { describe, expect, it } from 'vitest';
import { regularBeats, syntheticLead } from '../qrs/synthetic-ecg.js';
import { preprocessSignal } from './preprocess.js';

describe('preprocessSignal (synthetic ECG + 50 Hz + drift)', () => {
  it('removes mains and drift and keeps the ECG; invalid samples stay invalid', () => {
    const fs = 500;
    const ecg = syntheticLead(regularBeats(20, 70), 20, fs);
    const disturbed = ecg.map(
      (v, i) =>
        v +
        200 * Math.sin((2 * Math.PI * 50 * i) / fs) +
        1000 * Math.sin((2 * Math.PI * 0.2 * i) / fs),
    );
    disturbed[3000] = NaN;
    const out = preprocessSignal({
      sampleRateHz: fs,
      leads: [{ name: 'II', samplesUv: disturbed }],
    });
    const reference = preprocessSignal({
      sampleRateHz: fs,
      leads: [{ name: 'II', samplesUv: ecg }],
    });
    const x = out.leads[0]?.samplesUv ?? new Float32Array(0);
    const y = reference.leads[0]?.samplesUv ?? new Float32Array(0);
    expect(out.leads[0]?.name).toBe('II');
    expect(Number.isNaN(x[3000])).toBe(true);
    let worst = 0;
    for (let i = 2 * fs; i < 18 * fs; i++) {
      if (i !== 3000) {
        worst = Math.max(worst, Math.abs((x[i] ?? 0) - (y[i] ?? 0)));
      }
    }
    // 1000 µV of drift and 200 µV of mains leave under 40 µV (a 1200 µV R wave).
    expect(worst).toBeLessThan(40);
  });
});
