/**
 * The Contec ECG90A reader on files built here after the layout in contec-layout.ts (43-byte
 * header, frames of 8 uint16 LE: II, III, V1–V6, zero at 2048, 5 µV per unit, 0x6800 = no data,
 * 37-byte footer). Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import { contecReader, readContecEcg } from './read-contec.js';

const NO = 0x6800;

/** A Contec ECG90A file with the given frames (8 values each). */
function buildContecTestFile(
  frames: number[][],
  header: Partial<{ sex: number; age: number; weight: number }> = {},
): Uint8Array {
  const bytes = new Uint8Array(43 + 16 * frames.length + 37);
  const put = (text: string, at: number): void =>
    bytes.set(
      Uint8Array.from(text, (c) => c.charCodeAt(0)),
      at,
    );
  put('0000012', 0);
  put('2021-06-30 09:08:07', 10);
  put('TEST', 32);
  bytes[40] = header.sex ?? 255;
  bytes[41] = header.age ?? 0;
  bytes[42] = header.weight ?? 0;
  const view = new DataView(bytes.buffer);
  frames.forEach((frame, i) =>
    frame.forEach((value, k) => view.setUint16(43 + 16 * i + 2 * k, value, true)),
  );
  return bytes;
}

const FRAMES = [
  [2048 + 20, 2048 - 10, 2048 + 1, NO, NO, NO, NO, NO],
  [2048 + 40, 2048 + 30, NO, NO, NO, NO, NO, NO],
];

describe('readContecEcg', () => {
  const record = readContecEcg(buildContecTestFile(FRAMES, { sex: 1, age: 47, weight: 80 }));

  it('derives I, aVR, aVL, aVF from II and III; keeps V1 with NaN where it has no data', () => {
    // II = 100, 200 µV; III = −50, 150 µV → I = 150, 50; aVR = −(I + II)/2 = −125, −125;
    // aVL = (I − III)/2 = 100, −50; aVF = (II + III)/2 = 25, 175.
    expect(record.leads.map((l) => [l.name, [...l.samplesUv]])).toEqual([
      ['I', [150, 50]],
      ['II', [100, 200]],
      ['III', [-50, 150]],
      ['aVR', [-125, -125]],
      ['aVL', [100, -50]],
      ['aVF', [25, 175]],
      ['V1', [5, NaN]],
    ]);
    expect(record.sampleRateHz).toBe(800);
    expect(record.warnings).toEqual([
      'Contec ECG90A: V2, V3, V4, V5, V6 hold no data (electrodes not connected); left out',
    ]);
  });

  it('reads the header: time, sex, age, weight, case number', () => {
    expect(record.acquisitionTime).toEqual({ date: '2021-06-30', time: '09:08:07' });
    expect(record.patient).toEqual({ name: 'TEST', sex: 'male', ageYears: 47 });
    expect(record.device).toEqual({ manufacturer: 'Contec Medical Systems', model: 'ECG90A' });
    expect(record.comments.slice(0, 2)).toEqual([
      'Contec case number: 0000012',
      'patient weight: 80 kg',
    ]);
  });

  it('without III, only the stored leads are given (nothing derived)', () => {
    const frames = FRAMES.map((f) => [f[0] ?? 0, NO, ...f.slice(2)]);
    expect(readContecEcg(buildContecTestFile(frames)).leads.map((l) => l.name)).toEqual([
      'II',
      'V1',
    ]);
  });

  it('sniffs only the ECG90A layout', () => {
    const bytes = buildContecTestFile(FRAMES);
    expect(contecReader.sniff(bytes)).toBe(true);
    expect(contecReader.sniff(bytes.subarray(0, bytes.length - 1))).toBe(false); // not whole frames
    const badFrame = bytes.slice();
    badFrame[44] = 0x20; // first value 0x2014: neither 12-bit nor the no-data mark
    expect(contecReader.sniff(badFrame)).toBe(false);
    const noTime = bytes.slice();
    noTime[14] = 0x41;
    expect(contecReader.sniff(noTime)).toBe(false);
    expect(contecReader.sniff(new Uint8Array(43 + 16 + 37))).toBe(false);
  });

  it('a partial last frame is dropped leniently and refused strictly', () => {
    const bytes = new Uint8Array([...buildContecTestFile(FRAMES), 0, 0, 0]);
    expect(readContecEcg(bytes).warnings[0]).toMatch(
      /is not a whole number of 16-byte frames; 2 whole frames read/,
    );
    expect(() => readContecEcg(bytes, { lenient: false })).toThrow(
      expect.objectContaining({ code: 'truncated' }),
    );
  });

  it('values above 12 bits become NaN with a warning, or bad-data when strict', () => {
    const bytes = buildContecTestFile([
      [5000, 2048, NO, NO, NO, NO, NO, NO],
      [2048, 2048, NO, NO, NO, NO, NO, NO],
    ]);
    const record = readContecEcg(bytes);
    expect([...(record.leads[1]?.samplesUv ?? [])]).toEqual([NaN, 0]);
    expect(record.warnings[0]).toMatch(/1 value\(s\) above the 12-bit range .*; set to NaN/);
    expect(() => readContecEcg(bytes, { lenient: false })).toThrow(
      expect.objectContaining({ code: 'bad-data' }),
    );
  });

  it('refuses other bytes as not-ecg and a file shorter than header + footer as truncated', () => {
    expect(() => readContecEcg(new Uint8Array(200))).toThrow(
      expect.objectContaining({ code: 'not-ecg' }),
    );
    expect(() => readContecEcg(buildContecTestFile([]).subarray(0, 60))).toThrow(
      expect.objectContaining({ code: 'truncated' }),
    );
  });
});
