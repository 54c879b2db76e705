/**
 * `readWfdbRecord` on small hand-made records; every expected value worked out by hand:
 * µV = (adu − baseline) / gain × (1000 for mV, 1 for uV); checksum = 16-bit sum of the adu.
 */
import { describe, expect, it } from 'vitest';
import { parseWfdbHeader } from './header.js';
import { readWfdbRecord } from './read-record.js';

/** Little-endian int16 bytes. */
const int16 = (...values: number[]): number[] => values.flatMap((v) => [v & 0xff, (v >> 8) & 0xff]);

// Two signals in one format-16 file after a 4-byte prefix; frames (110, 2000), (10, -4000), (-990, 0).
const HEADER = `rec 2 500 3 12:30:05 25/12/2021
rec.dat 16+4 1000(10)/mV 16 0 110 -870 0 ii
rec.dat 16+4 2000/uV 16 0 2000 -2000 0 AVR
#<age>: 52 <sex>: M
`;
const DAT = [0xde, 0xad, 0xbe, 0xef, ...int16(110, 2000, 10, -4000, -990, 0)];

describe('readWfdbRecord on a hand-made format 16+4 record', () => {
  const record = readWfdbRecord(parseWfdbHeader(HEADER), { 'rec.dat': new Uint8Array(DAT) });

  it('scales to µV with per-signal gain, baseline and units', () => {
    expect(record.sampleRateHz).toBe(500);
    expect([...(record.leads[0]?.samplesUv ?? [])]).toEqual([100, 0, -1000]);
    expect([...(record.leads[1]?.samplesUv ?? [])]).toEqual([1, -2, 0]);
  });

  it('normalises lead names and keeps the original', () => {
    expect(record.leads.map((l) => [l.name, l.sourceName])).toEqual([
      ['II', 'ii'],
      ['aVR', 'AVR'],
    ]);
  });

  it('carries time, patient, comments and format; checksums verify (no warnings)', () => {
    expect(record.acquisitionTime).toEqual({ date: '2021-12-25', time: '12:30:05' });
    expect(record.patient).toEqual({ ageYears: 52, sex: 'male' });
    expect(record.comments).toEqual(['<age>: 52 <sex>: M']);
    expect(record.format).toEqual({ name: 'WFDB', detail: 'signal format 16' });
    expect(record.warnings).toEqual([]);
  });

  it('a checksum mismatch is a warning, not an error', () => {
    const header = parseWfdbHeader(HEADER.replace('-870', '-871'));
    const { warnings } = readWfdbRecord(header, { 'rec.dat': new Uint8Array(DAT) });
    expect(warnings).toEqual([expect.stringMatching(/signal 0 \(ii\): checksum 64666 .* 64665/)]);
  });

  it('a truncated file → truncated error at the byte where the file ends', () => {
    const files = { 'rec.dat': new Uint8Array(DAT.slice(0, -1)) };
    expect(() => readWfdbRecord(parseWfdbHeader(HEADER), files)).toThrow(
      expect.objectContaining({ code: 'truncated', byteOffset: 15, field: 'rec.dat' }),
    );
  });

  it('a missing signal file → missing-file naming it', () => {
    expect(() => readWfdbRecord(parseWfdbHeader(HEADER), {})).toThrow(
      expect.objectContaining({ code: 'missing-file', field: 'rec.dat' }),
    );
  });
});

describe('readWfdbRecord: other formats and header features', () => {
  it('format 8: differences summed from the initial value (100 + 5, −3, 0)', () => {
    const header = parseWfdbHeader('d 1 100 3\nd.dat 8 1/uV 8 0 100 309 0 I\n');
    const record = readWfdbRecord(header, { 'd.dat': new Uint8Array([5, 0xfd, 0]) });
    expect([...(record.leads[0]?.samplesUv ?? [])]).toEqual([105, 102, 102]);
    expect(record.warnings).toEqual([]);
  });

  it('skew: signal 1 starts one frame later; past the end it is NaN, with a warning', () => {
    const header = (n: number): string => `s 2 100 ${n}\ns.dat 80 1/uV\ns.dat 80:1 1/uV\n`;
    const bytes = new Uint8Array([0x81, 0x85, 0x82, 0x86, 0x83, 0x87]); // (1, 5) (2, 6) (3, 7)
    const two = readWfdbRecord(parseWfdbHeader(header(2)), { 's.dat': bytes });
    expect(two.leads.map((l) => [...l.samplesUv])).toEqual([
      [1, 2],
      [6, 7],
    ]);
    const three = readWfdbRecord(parseWfdbHeader(header(3)), { 's.dat': bytes });
    expect([...(three.leads[1]?.samplesUv ?? [])]).toEqual([6, 7, NaN]);
    expect(three.warnings).toEqual([expect.stringContaining('skew 1 runs past the end')]);
  });

  it('no sample count: reads every whole frame; invalid samples become NaN', () => {
    const header = parseWfdbHeader('n 1 250\nn.dat 16 1000/mV 16 0 0 -32767 0 V1\n');
    const record = readWfdbRecord(header, { 'n.dat': new Uint8Array([...int16(1, -32768), 9]) });
    expect([...(record.leads[0]?.samplesUv ?? [])]).toEqual([1, NaN]);
    expect(record.warnings).toEqual([
      expect.stringContaining('1 sample(s) hold the invalid-sample value'),
    ]);
  });

  it('leaves out a signal that is not a voltage', () => {
    const header = parseWfdbHeader('p 2 125 1\np.dat 16 1/mV\np.dat 16 1/mmHg 16 0 0 120 0 ABP\n');
    const record = readWfdbRecord(header, { 'p.dat': new Uint8Array(int16(1, 120)) });
    expect(record.leads.map((l) => l.name)).toEqual(['signal 0']);
    expect(record.warnings).toEqual([expect.stringContaining("ABP) is in 'mmHg'")]);
  });

  it('no gain in the header: WFDB default 200 adu/mV, with a warning', () => {
    const record = readWfdbRecord(parseWfdbHeader('u 1 100 1\nu.dat 80\n'), {
      'u.dat': new Uint8Array([0x80 + 50]), // adu 50 → 50 / 200 mV = 250 µV
    });
    expect([...(record.leads[0]?.samplesUv ?? [])]).toEqual([250]);
    expect(record.warnings).toEqual([expect.stringContaining('no gain in the header')]);
  });

  it.each([
    ['r 1 360 1\nr.dat 24\n', 'unsupported'],
    ['r 1 360 1\nr.dat 16x2\n', 'unsupported'],
    ['r 2 360 1\nr.dat 16\nr.dat 212\n', 'bad-header'],
  ])('%j → %s', (text, code) => {
    expect(() => readWfdbRecord(parseWfdbHeader(text), { 'r.dat': new Uint8Array(8) })).toThrow(
      expect.objectContaining({ code }),
    );
  });
});
