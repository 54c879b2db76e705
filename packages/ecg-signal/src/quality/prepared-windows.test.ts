/**
 * The shared-filter window measures (`prepared-windows.ts`) against the lead-by-lead ones
 * (`window-measures.ts`, which filter each lead three times): on synthetic leads of every kind the
 * quality verdicts must be the same, the flat test's peak-to-peak within a microvolt, and a lead
 * whose noise test is in doubt must be measured exactly.
 */
import { describe, expect, it } from 'vitest';
import { prepareSignal } from '../prepared/prepared-signal.js';
import { regularBeats, seededRandom, syntheticLead } from '../qrs/synthetic-ecg.js';
import { LEAD_QUALITY_THRESHOLDS, assessLeadQuality } from './lead-quality.js';
import { preparedWindowMeasures } from './prepared-windows.js';
import { assessPreparedQuality } from './signal-quality.js';
import { measureWindows } from './window-measures.js';

const FS = 500;
const DURATION_S = 20;
const ecg = (): Float32Array => syntheticLead(regularBeats(DURATION_S, 70), DURATION_S, FS);

/** Leads of every kind: clean, wandering, muscle noise of rising level, flat, clipped, gaps. */
function leads(): { name: string; samplesUv: Float32Array }[] {
  const random = seededRandom(9);
  const noisy = (level: number): Float32Array => ecg().map((v) => v + level * (random() - 0.5));
  const gaps = ecg();
  gaps.fill(NaN, 3000, 3400);
  return [
    { name: 'clean', samplesUv: ecg() },
    { name: 'wander', samplesUv: ecg().map((v, i) => v + 800 * Math.sin(i / 400)) },
    { name: 'noise 100', samplesUv: noisy(100) },
    { name: 'noise 400', samplesUv: noisy(400) },
    { name: 'noise 900', samplesUv: noisy(900) },
    {
      name: 'flat',
      samplesUv: Float32Array.from({ length: DURATION_S * FS }, () => 20 * (random() - 0.5)),
    },
    { name: 'clipped', samplesUv: ecg().map((v) => Math.max(-600, Math.min(600, v))) },
    { name: 'gaps', samplesUv: gaps },
  ];
}

describe('window measures from the shared filters', () => {
  it('give every lead the same verdict and reasons as lead-by-lead filtering', () => {
    const signal = { sampleRateHz: FS, leads: leads() };
    const shared = assessPreparedQuality(prepareSignal(signal));
    signal.leads.forEach((lead, l) => {
      const own = assessLeadQuality(lead.samplesUv, FS);
      expect(shared.leads[l]?.status, lead.name).toBe(own.status);
      expect(
        shared.leads[l]?.reasons.map((r) => r.issue),
        lead.name,
      ).toEqual(own.reasons.map((r) => r.issue));
      expect(shared.leads[l]?.windows, lead.name).toEqual(own.windows);
    });
  });

  it('peak-to-peak within 1 µV; noisy windows exactly as measured lead by lead', () => {
    const signal = { sampleRateHz: FS, leads: leads() };
    const shared = preparedWindowMeasures(prepareSignal(signal), 5000, LEAD_QUALITY_THRESHOLDS);
    signal.leads.forEach((lead, l) => {
      const own = measureWindows(lead.samplesUv, FS, 5000).windows;
      own.forEach((w, k) => {
        const s = shared[l]?.[k];
        expect(Math.abs((s?.peakToPeakUv ?? NaN) - w.peakToPeakUv), lead.name).toBeLessThan(1);
        const noisy =
          w.highFrequencyRmsUv >
          0.5 * LEAD_QUALITY_THRESHOLDS.highFrequencyRatio * w.qrsBandPeakToPeakUv;
        if (noisy && w.peakToPeakUv >= LEAD_QUALITY_THRESHOLDS.flatPeakToPeakUv) {
          expect(s?.highFrequencyRmsUv, lead.name).toBe(w.highFrequencyRmsUv);
          expect(s?.qrsBandPeakToPeakUv, lead.name).toBe(w.qrsBandPeakToPeakUv);
        }
      });
    });
  });
});
