/**
 * `readScpEcg` on hand-built records (framing per EN 1064:2005 §5.2–5.3, built by
 * build-scp-fixture.ts). Every expected value is worked out by hand from the bytes written here:
 * the default Huffman codes, first differences, the multiplier (nV) and interval (µs).
 */
import { describe, expect, it } from 'vitest';
import { EcgFormatError } from '../errors.js';
import { buildScpFixture, u16le, u32le } from './build-scp-fixture.js';
import { SECTION6, handBuiltRecord } from './hand-built-record.js';
import { readScpEcg } from './read-scp.js';
import { scpReader, sniffScpEcg } from './scp-reader.js';

describe('readScpEcg on a hand-built Huffman record', () => {
  const { bytes } = handBuiltRecord();
  const ecg = readScpEcg(bytes);

  it('decodes the leads: default table, first differences, 5 µV units, 500 Hz', () => {
    expect(ecg.sampleRateHz).toBe(500);
    expect(ecg.leads.map((l) => l.name)).toEqual(['I', 'aVR']);
    expect(Array.from(ecg.leads[0]?.samplesUv ?? [])).toEqual([50, 55, 45, 45]);
    expect(Array.from(ecg.leads[1]?.samplesUv ?? [])).toEqual([-15, -15, -20, -10]);
    expect(ecg.warnings).toEqual([]);
    expect(ecg.format).toEqual({
      name: 'SCP-ECG',
      version: '2.0',
      detail: 'Huffman (default table), first differences; filters: low-pass 150 Hz',
    });
  });

  it('reads patient, time and device from section 1', () => {
    expect(ecg.patient).toEqual({ id: 'P-1', birthDate: '1960-02-29', sex: 'female' });
    expect(ecg.acquisitionTime).toEqual({ date: '2024-03-01', time: '13:45:30' });
    expect(ecg.device).toEqual({
      manufacturer: 'Mortara Instrument',
      model: 'ELI250',
      serialNumber: 'SN-42',
      softwareVersion: 'FW 1.2',
    });
  });

  it('reads measurements (sections 7, 10) and statements (sections 8, 11)', () => {
    expect(ecg.cartMeasurements).toEqual([
      { code: 'RRInterval', value: 800, unit: 'ms' },
      { code: 'PDuration', value: 80, unit: 'ms' },
      { code: 'PRInterval', value: 120, unit: 'ms' },
      { code: 'QRSDuration', value: 90, unit: 'ms' },
      { code: 'QTInterval', value: 400, unit: 'ms' },
      { code: 'POnset', value: 40, unit: 'ms' },
      { code: 'POffset', value: 120, unit: 'ms' },
      { code: 'QRSOnset', value: 160, unit: 'ms' },
      { code: 'QRSOffset', value: 250, unit: 'ms' },
      { code: 'TOffset', value: 560, unit: 'ms' },
      { code: 'PAxis', value: 60, unit: 'deg' },
      { code: 'TAxis', value: 45, unit: 'deg' },
      { code: 'VentricularRate', value: 75, unit: '/min' },
      { code: 'QTCorrected', value: 420, unit: 'ms' },
      { code: 'PDuration', value: 90, unit: 'ms', lead: 'I' },
      { code: 'QRSDuration', value: 96, unit: 'ms', lead: 'I' },
    ]);
    expect(ecg.cartStatements).toEqual([
      { text: 'Sinus rhythm' },
      { text: 'SR NORM', code: 'SR NORM', codingSystem: 'SCP-ECG universal statement codes' },
    ]);
  });

  it('is what scpReader returns, and sniffs as SCP-ECG', () => {
    expect(sniffScpEcg(bytes)).toBe(true);
    expect(scpReader.read(bytes).leads).toEqual(ecg.leads);
    expect(sniffScpEcg(bytes.subarray(0, 20))).toBe(false);
    expect(sniffScpEcg(new Uint8Array(64).fill(0x41))).toBe(false);
  });
});

describe('hardening', () => {
  it('refuses a lead declaring more samples than the file could hold, before allocating', () => {
    const huge = [2, 0x14, ...u32le(1), ...u32le(4_000_000_000), 1, ...u32le(1), ...u32le(4), 62];
    const { bytes } = buildScpFixture([
      { id: 2, body: u16le(19999) },
      { id: 3, body: huge },
      { id: 6, body: SECTION6 },
    ]);
    expect(() => readScpEcg(bytes)).toThrow(expect.objectContaining({ code: 'too-large' }));
  });

  it('pads a lead whose data end early with NaN (lenient) or refuses it (strict)', () => {
    const short = [1, 0x0c, ...u32le(1), ...u32le(20), 1];
    const { bytes } = buildScpFixture([
      { id: 2, body: u16le(19999) },
      { id: 3, body: short },
      { id: 6, body: [...u16le(1000), ...u16le(1000), 0, 0, ...u16le(1), 0b10010000] },
    ]);
    const ecg = readScpEcg(bytes);
    // the one byte "100 100 0 0" holds +1, +1, 0, 0 (1 µV units, no differences); the rest is NaN
    expect(Array.from(ecg.leads[0]?.samplesUv.slice(0, 5) ?? [])).toEqual([1, 1, 0, 0, NaN]);
    expect(ecg.warnings).toEqual([
      'section 6 lead 1: the data end after 4 of 20 samples; the rest is NaN.',
    ]);
    expect(() => readScpEcg(bytes, { lenient: false })).toThrow(
      expect.objectContaining({ code: 'truncated' }),
    );
  });

  it('throws only EcgFormatError for a file that is no SCP-ECG at all', () => {
    expect(() => readScpEcg(new Uint8Array(10))).toThrow(EcgFormatError);
    expect(() => readScpEcg(new Uint8Array(100).fill(7))).toThrow(EcgFormatError);
  });
});
