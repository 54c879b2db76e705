/**
 * End-to-end confirmations of the WFDB reader on header and format variants the unit tests cover
 * only piecewise: `16x1+24` (samples per frame and byte offset, as the Challenge `.mat` files
 * write), 80, 8, 310 and 311 through `readWfdbRecord` with header checksums, and comment lines in
 * every position. Bytes and expected values are worked out by hand from signal(5) and header(5).
 */
import { parseWfdbHeader, readWfdbRecord } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';

const int16 = (...values: number[]): number[] => values.flatMap((v) => [v & 0xff, (v >> 8) & 0xff]);
const samples = (record: ReturnType<typeof readWfdbRecord>): number[][] =>
  record.leads.map((l) => [...l.samplesUv]);

describe('readWfdbRecord on header and format variants', () => {
  it('16x1+24: a 24-byte prefix skipped, one sample per frame; checksums verify', () => {
    // Frames (10, −20), (30, 40); µV = adu × 1000 / 1000. Checksums 40 and 20.
    const header = parseWfdbHeader(
      'HR1 2 500 2\nHR1.mat 16x1+24 1000.0(0)/mV 16 0 10 40 0 I\nHR1.mat 16x1+24 1000.0(0)/mV 16 0 -20 20 0 II\n',
    );
    const bytes = new Uint8Array([...new Array<number>(24).fill(0xee), ...int16(10, -20, 30, 40)]);
    const record = readWfdbRecord(header, { 'HR1.mat': bytes });
    expect(samples(record)).toEqual([
      [10, 30],
      [-20, 40],
    ]);
    expect(record.warnings).toEqual([]);
  });

  it('80: offset binary (byte − 128); checksum over the adu', () => {
    // Bytes 0x80, 0x85, 0x7b → adu 0, 5, −5; checksum 0; gain 1/uV.
    const header = parseWfdbHeader('e 1 250 3\ne.dat 80 1/uV 8 0 0 0 0 V1\n');
    const record = readWfdbRecord(header, { 'e.dat': new Uint8Array([0x80, 0x85, 0x7b]) });
    expect(samples(record)).toEqual([[0, 5, -5]]);
    expect(record.warnings).toEqual([]);
  });

  it('8: first differences from the initial value, checksum over the summed samples', () => {
    // Initial 100; differences +2, −3, +1 → 102, 99, 100; checksum 301.
    const header = parseWfdbHeader('d 1 250 3\nd.dat 8 2/uV 8 0 100 301 0 V2\n');
    const record = readWfdbRecord(header, { 'd.dat': new Uint8Array([2, 0xfd, 1]) });
    expect(samples(record)).toEqual([[51, 49.5, 50]]);
    expect(record.warnings).toEqual([]);
  });

  it.each([
    // 310: words w0 = 0xC7F6, w1 = 0xCA58 hold A = −5, B = 300, C = −200 (bits in signal(5)).
    [310, [0xf6, 0xc7, 0x58, 0xca]],
    // 311: one word 0x3384B3FB holds A = −5 (bits 0–9), B = 300 (10–19), C = −200 (20–29).
    [311, [0xfb, 0xb3, 0x84, 0x33]],
  ])('%i: three 10-bit signals in one 4-byte group', (format, bytes) => {
    const line = (init: number, name: string): string =>
      `t.dat ${format} 1/uV 10 0 ${init} ${init} 0 ${name}`;
    const header = parseWfdbHeader(
      `t 3 100 1\n${line(-5, 'I')}\n${line(300, 'II')}\n${line(-200, 'III')}\n`,
    );
    const record = readWfdbRecord(header, { 't.dat': new Uint8Array(bytes) });
    expect(samples(record)).toEqual([[-5], [300], [-200]]);
    expect(record.warnings).toEqual([]);
  });

  it('comments before the record line, between and after signal lines; CRLF and blank lines', () => {
    const header = parseWfdbHeader(
      '# made by hand\r\nc 2 100 1\r\nc.dat 16 1/uV 16 0 1 1 0 I\r\n\r\n# between\r\nc.dat 16 1/uV 16 0 2 2 0 II\r\n# <age>: 40 <sex>: F\r\n',
    );
    const record = readWfdbRecord(header, { 'c.dat': new Uint8Array(int16(1, 2)) });
    expect(record.comments).toEqual(['made by hand', 'between', '<age>: 40 <sex>: F']);
    expect(record.patient).toEqual({ ageYears: 40, sex: 'female' });
    expect(samples(record)).toEqual([[1], [2]]);
    expect(record.warnings).toEqual([]);
  });
});
