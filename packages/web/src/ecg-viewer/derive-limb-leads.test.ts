import { describe, expect, it } from 'vitest';
import { withDerivedLimbLeads } from './derive-limb-leads.js';

// Einthoven: I + III = II. Goldberger: aVR + aVL + aVF = 0, aVR = −(I + II)/2.
describe('withDerivedLimbLeads', () => {
  const i = Float32Array.of(100, 0, -200, 50);
  const ii = Float32Array.of(300, 100, -100, NaN);

  it('computes the missing limb leads from I and II', () => {
    const { signal, derived } = withDerivedLimbLeads({
      sampleRateHz: 500,
      leads: [
        { name: 'I', samplesUv: i },
        { name: 'II', samplesUv: ii },
        { name: 'V1', samplesUv: new Float32Array(4) },
      ],
    });
    expect(derived).toEqual(['III', 'aVR', 'aVL', 'aVF']);
    const get = (name: string) =>
      Array.from(signal.leads.find((l) => l.name === name)?.samplesUv ?? []);
    expect(get('III').slice(0, 3)).toEqual([200, 100, 100]); // II − I
    expect(get('aVR').slice(0, 3)).toEqual([-200, -50, 150]);
    expect(get('aVL').slice(0, 3)).toEqual([-50, -50, -150]);
    expect(get('aVF').slice(0, 3)).toEqual([250, 100, 0]);
    for (let k = 0; k < 3; k++) {
      expect((i[k] ?? 0) + (get('III')[k] ?? 0)).toBe(ii[k]); // Einthoven's law
      expect((get('aVR')[k] ?? 0) + (get('aVL')[k] ?? 0) + (get('aVF')[k] ?? 0)).toBe(0);
    }
    expect(Number.isNaN(get('III')[3])).toBe(true); // an invalid sample stays invalid
  });

  it('leaves a record alone when it has the leads or lacks I or II', () => {
    const two = { sampleRateHz: 360, leads: [{ name: 'MLII', samplesUv: ii }] };
    expect(withDerivedLimbLeads(two).signal).toBe(two);
    const full = {
      sampleRateHz: 500,
      leads: ['I', 'II', 'III', 'aVR', 'aVL', 'aVF'].map((name) => ({ name, samplesUv: i })),
    };
    expect(withDerivedLimbLeads(full).derived).toEqual([]);
  });
});
