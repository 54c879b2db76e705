import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { measurementText, whenText } from './prior-text.js';

/** A stand-in translation: the key and its values, so the test sees what was asked for. */
const t = ((key: string, values?: Record<string, unknown>) =>
  values === undefined
    ? key
    : `${key}(${Object.values(values).join(',')})`) as unknown as TFunction;

describe('whenText', () => {
  it('prefers the cart’s own date and time, to the minute', () => {
    expect(
      whenText(
        {
          acquisitionTime: { date: '2024-09-01', time: '09:30:12.500' },
          receivedAt: '2024-09-02T00:00:00Z',
        },
        t,
      ),
    ).toBe('ecgPatient.prior.recorded(2024-09-01 09:30)');
    expect(
      whenText({ acquisitionTime: { date: '2024-09-01' }, receivedAt: '2024-09-02T00:00:00Z' }, t),
    ).toBe('ecgPatient.prior.recorded(2024-09-01)');
  });

  it('falls back on when Gesang received it', () => {
    const text = whenText({ acquisitionTime: null, receivedAt: '2024-09-02T01:02:00Z' }, t);
    expect(text).toMatch(/^ecgPatient\.prior\.received\(2024-09-02 \d\d:02\)$/);
  });
});

describe('measurementText', () => {
  it('rounds each value and leaves out what was not measured', () => {
    expect(
      measurementText(
        {
          heartRateBpm: 71.6,
          prIntervalMs: null,
          qrsDurationMs: 92.4,
          qtcBazettMs: 420.5,
          qrsAxisDeg: -30.2,
        },
        t,
      ),
    ).toBe(
      'ecgPatient.prior.hr(72) · ecgPatient.prior.qrs(92) · ecgPatient.prior.qtc(421) · ecgPatient.prior.axis(-30)',
    );
    expect(measurementText(null, t)).toBe('');
  });
});
