import { describe, expect, it } from 'vitest';
import { regularBeats, syntheticLead } from '../qrs/synthetic-ecg.js';
import { banded, highPassed, measured, morphology } from './lead-products.js';
import { prepareSignal, selectLeads } from './prepared-signal.js';

const FS = 500;
const lead = (): Float32Array => syntheticLead(regularBeats(10, 60), 10, FS);

describe('prepared record', () => {
  it('holds invalid samples at the last valid one and shares clean leads as they are', () => {
    const clean = lead();
    const gappy = Float32Array.of(NaN, NaN, 3, 4, NaN, Infinity, 7, NaN);
    const prepared = prepareSignal({
      sampleRateHz: FS,
      leads: [
        { name: 'I', samplesUv: clean },
        { name: 'II', samplesUv: gappy },
      ],
    });
    expect(prepared.leads[0]?.held).toBe(clean);
    expect(prepared.leads[0]?.hasInvalid).toBe(false);
    expect(Array.from(prepared.leads[1]?.held ?? [])).toEqual([3, 3, 3, 4, 4, 4, 7, 7]);
    expect(prepared.leads[1]?.hasInvalid).toBe(true);
  });

  it('filters each lead once: restricted copies and later calls get the same arrays', () => {
    const signal = {
      sampleRateHz: FS,
      leads: ['I', 'II', 'III'].map((name) => ({ name, samplesUv: lead() })),
    };
    const prepared = prepareSignal(signal);
    const first = banded(prepared);
    const usable = selectLeads(prepared, [2, 0]);
    expect(banded(usable)).toEqual([first[2], first[0]]);
    expect(banded(usable)[0]).toBe(first[2]);
    expect(highPassed(usable)[1]).toBe(highPassed(prepared)[0]);
    expect(morphology(usable).leadsUv[0]).toBe(morphology(prepared).leadsUv[2]);
  });

  it('puts NaN back where the record had invalid samples in the measurement band', () => {
    const x = lead();
    x.fill(NaN, 1000, 1010);
    const [out] = measured(
      prepareSignal({ sampleRateHz: FS, leads: [{ name: 'I', samplesUv: x }] }),
    );
    expect(Number.isNaN(out?.[1005])).toBe(true);
    expect(Number.isFinite(out?.[999])).toBe(true);
  });
});
