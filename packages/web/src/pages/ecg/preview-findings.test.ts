import { makeStatement, triage, type Interpretation } from '@gesang/ecg-signal';
import { describe, expect, it } from 'vitest';
import {
  cartLeadMatrix,
  cartMeasurementItems,
  formatQuantity,
  machineStatementItems,
} from './preview-findings.js';

describe('preview findings', () => {
  it('formats quantities as a reader reads them', () => {
    expect(formatQuantity(412.4, 'ms')).toBe('412 ms');
    expect(formatQuantity(1530, 'uV')).toBe('1.53 mV');
    expect(formatQuantity(-45.2, 'deg')).toBe('-45°');
    expect(formatQuantity(71.6, '/min')).toBe('72 /min');
    expect(formatQuantity(1.5, 'kg')).toBe('1.5 kg');
    expect(formatQuantity(10, '{beats}')).toBe('10');
  });

  it('lists global cart measurements, and per-lead ones as a matrix in lead order', () => {
    const cart = [
      { code: 'QRSDuration', value: 96, unit: 'ms' },
      { code: 'RAmplitude', value: 1200, unit: 'uV', lead: 'V5' },
      { code: 'RAmplitude', value: 300, unit: 'uV', lead: 'I' },
      { code: 'QDuration', value: 20, unit: 'ms', lead: 'I' },
    ];
    expect(cartMeasurementItems(cart).map((m) => [m.label, m.value])).toEqual([
      ['QRSDuration', '96 ms'],
    ]);
    expect(cartLeadMatrix(cart)).toEqual({
      leads: ['I', 'V5'],
      rows: [
        { code: 'RAmplitude', values: { V5: '1.20 mV', I: '0.30 mV' } },
        { code: 'QDuration', values: { I: '20 ms' } },
      ],
    });
  });

  it('marks the statements that set a critical triage, in the UI language', () => {
    const statements = [makeStatement('sinus_rhythm'), makeStatement('stemi')];
    const result = { statements, triage: triage(statements) } as unknown as Interpretation;
    const items = machineStatementItems(result, 'en');
    expect(items.map((s) => [s.code, s.severity])).toEqual([
      ['sinus_rhythm', undefined],
      ['stemi', 'critical'],
    ]);
    expect(items[1]?.text).toBe(statements[1]?.text.en);
    expect(machineStatementItems(result, 'bo')[1]?.text).toBe(statements[1]?.text.bo);
  });
});
