/**
 * measureEcg on synthetic 12-lead records built by `synthetic-12-lead.ts`, whose landmarks,
 * ST levels and axis are known by construction. The QRS has ideal straight-line corners, which
 * the 4 ms smoothing of the delineator spreads by about 2σ = 8 ms on each side; real QRS onsets
 * are rounded and LUDB shows no such bias (see packages/ecg-cli/src/eval/ludb-delineation.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { measureEcg } from './measure-ecg.js';
import { syntheticEcg } from './synthetic-12-lead.js';

describe('measureEcg on synthetic beats', () => {
  it('synthetic QRS widths of 80, 100 and 140 ms: onset 0…12 ms early, end 0…12 ms late, differences kept to ±8 ms', () => {
    const measured = [80, 100, 140].map((widthMs) => {
      const { signal, fiducials } = syntheticEcg({
        qrsOnsetMs: -0.4 * widthMs,
        qrsEndMs: 0.6 * widthMs,
        noiseUv: 5,
      });
      const { waves, qrsDurationMs } = measureEcg(signal, fiducials);
      const early = -0.4 * widthMs - waves.qrsOnset.offsetMs;
      const late = waves.qrsEnd.offsetMs - 0.6 * widthMs;
      expect(
        [early, late].every((ms) => ms >= 0 && ms <= 12),
        `${widthMs}: ${early}, ${late}`,
      ).toBe(true);
      return qrsDurationMs;
    });
    expect(Math.abs((measured[1] ?? 0) - (measured[0] ?? 0) - 20)).toBeLessThanOrEqual(8);
    expect(Math.abs((measured[2] ?? 0) - (measured[0] ?? 0) - 60)).toBeLessThanOrEqual(8);
  });

  it('synthetic beat: PR 160 ms and QT 420 ms within the CSE tolerances (±10, ±25 ms); HR 60 bpm', () => {
    const { signal, fiducials } = syntheticEcg({ noiseUv: 5 });
    const m = measureEcg(signal, fiducials);
    expect(m.heartRateBpm).toBeCloseTo(60, 6);
    expect(m.rrMeanMs).toBeCloseTo(1000, 6);
    expect(Math.abs((m.prIntervalMs ?? 0) - 160)).toBeLessThanOrEqual(10);
    expect(Math.abs((m.qtIntervalMs ?? 0) - 420)).toBeLessThanOrEqual(25);
    expect(m.qtcBazettMs).toBeCloseTo(m.qtIntervalMs ?? 0, 6);
    expect(m.beats.used.every((u) => u === 1)).toBe(true);
  });

  it('synthetic ST elevation of 200 µV at J, J+60 and J+80 in V2 and V3 only', () => {
    const { signal, fiducials } = syntheticEcg({ stUv: { V2: 200, V3: 200 }, noiseUv: 5 });
    const m = measureEcg(signal, fiducials);
    for (const lead of ['V2', 'V3']) {
      expect(m.leads[lead]?.stJ60Uv, lead).toBeGreaterThan(185);
      expect(m.leads[lead]?.stJ60Uv, lead).toBeLessThan(215);
      expect(m.leads[lead]?.stJ80Uv, lead).toBeGreaterThan(185);
    }
    for (const lead of ['I', 'II', 'aVF', 'V1', 'V4', 'V5', 'V6']) {
      expect(Math.abs(m.leads[lead]?.stJ60Uv ?? 99), lead).toBeLessThan(15);
    }
  });

  it('synthetic equal net areas in I and aVF give a 45° axis; I negated gives 135°', () => {
    const equal = syntheticEcg();
    const m = measureEcg(equal.signal, equal.fiducials);
    expect(Math.abs((m.qrsAxisDeg ?? 0) - 45)).toBeLessThan(1);
    expect(Math.abs((m.tAxisDeg ?? 0) - 45)).toBeLessThan(1);
    const mirrored = syntheticEcg({ leadIScale: -1 });
    const n = measureEcg(mirrored.signal, mirrored.fiducials);
    expect(Math.abs((n.qrsAxisDeg ?? 0) - 135)).toBeLessThan(1);
  });

  it('synthetic Q, R and S amplitudes of lead I: −100, 1000, −300 µV', () => {
    const { signal, fiducials } = syntheticEcg();
    const lead = measureEcg(signal, fiducials).leads['I'];
    expect(Math.abs((lead?.qAmplitudeUv ?? 0) + 100)).toBeLessThan(25);
    expect(Math.abs((lead?.rAmplitudeUv ?? 0) - 1000)).toBeLessThan(25);
    expect(Math.abs((lead?.sAmplitudeUv ?? 0) + 300)).toBeLessThan(25);
  });

  it.each([100, 250, 360, 1000])(
    'synthetic record at %i Hz: QRS, PR, QT agree with 500 Hz within ±6 ms',
    (sampleRateHz) => {
      const at500 = syntheticEcg({ noiseUv: 5 });
      const reference = measureEcg(at500.signal, at500.fiducials);
      const { signal, fiducials } = syntheticEcg({ sampleRateHz, noiseUv: 5 });
      const m = measureEcg(signal, fiducials);
      expect(m.medianBeat.sampleRateHz).toBe(sampleRateHz);
      expect(Math.abs(m.qrsDurationMs - reference.qrsDurationMs)).toBeLessThanOrEqual(
        sampleRateHz === 100 ? 10 : 6,
      );
      expect(Math.abs((m.prIntervalMs ?? 0) - (reference.prIntervalMs ?? 0))).toBeLessThanOrEqual(
        6,
      );
      expect(Math.abs((m.qtIntervalMs ?? 0) - (reference.qtIntervalMs ?? 0))).toBeLessThanOrEqual(
        6,
      );
      const index = m.waves.qrsOnset.sampleIndex;
      expect(index - m.medianBeat.fiducialIndex).toBe(
        Math.round((m.waves.qrsOnset.offsetMs * sampleRateHz) / 1000),
      );
    },
  );

  it('synthetic record without P waves: PR, P axis and P landmarks are null', () => {
    const { signal, fiducials } = syntheticEcg({ p: null, noiseUv: 5 });
    const m = measureEcg(signal, fiducials);
    expect([m.prIntervalMs, m.pAxisDeg, m.waves.pOnset, m.leads['II']?.pAmplitudeUv]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('synthetic ectopic beat: left out by correlation, or by the caller mask', () => {
    const { signal, fiducials } = syntheticEcg({ noiseUv: 5 });
    const b = 4;
    const f = fiducials[b] ?? 0;
    for (const lead of signal.leads) {
      for (let i = f - 60; i < f + 120; i++) {
        lead.samplesUv[i] = -1.5 * (lead.samplesUv[i] ?? 0); // wide, inverted "ventricular" beat
      }
    }
    const automatic = measureEcg(signal, fiducials);
    expect(automatic.beats.used[b]).toBe(0);
    const masked = measureEcg(signal, fiducials, { excludeBeats: [0, 0, 0, 0, 1] });
    expect(masked.beats.used[b]).toBe(0);
    expect(masked.heartRateBpm).toBeCloseTo(60, 6);
  });

  it('rejects a record without fiducials inside it', () => {
    const { signal } = syntheticEcg();
    expect(() => measureEcg(signal, new Int32Array([-5, 999_999]))).toThrow(RangeError);
  });

  it('synthetic record with lead I all invalid (NaN): lead I is left out, the axis comes from II and III', () => {
    const { signal, fiducials } = syntheticEcg({ noiseUv: 5 });
    signal.leads[0]?.samplesUv.fill(Number.NaN);
    const m = measureEcg(signal, fiducials);
    expect(m.leads['I']).toBeUndefined();
    expect(Math.abs((m.qrsAxisDeg ?? 0) - 45)).toBeLessThan(1);
    expect(
      Math.abs(
        m.qrsDurationMs - measureEcg(syntheticEcg({ noiseUv: 5 }).signal, fiducials).qrsDurationMs,
      ),
    ).toBeLessThan(3);
  });

  it('synthetic single-lead record (lead II only): intervals measured, no axis', () => {
    const { signal, fiducials } = syntheticEcg({ noiseUv: 5 });
    const m = measureEcg(
      { ...signal, leads: signal.leads.filter((l) => l.name === 'II') },
      fiducials,
    );
    expect(Math.abs((m.qtIntervalMs ?? 0) - 420)).toBeLessThanOrEqual(25);
    expect(Math.abs((m.prIntervalMs ?? 0) - 160)).toBeLessThanOrEqual(10);
    expect(m.qrsAxisDeg).toBeNull();
  });
});
