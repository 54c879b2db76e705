/**
 * The ISHNE reader on files made by the spec-based test file builder (`buildIshneTestFile`, field
 * offsets from Badilini et al. 1998), and the CRC against the standard check value. Expected
 * values by hand: µV = sample × resolution (nV) / 1000.
 */
import { describe, expect, it } from 'vitest';
import { crcCcitt } from '../checksums/crc-ccitt.js';
import { buildIshneTestFile } from './ishne-test-file.js';
import type { IshneTestFileSpec } from './ishne-test-file.js';
import { ishneReader, readIshneRecord } from './read-ishne.js';

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('crcCcitt (CRC-16/CCITT-FALSE)', () => {
  it('gives the catalogue check value 0x29B1 for "123456789"', () => {
    expect(crcCcitt(ascii('123456789'))).toBe(0x29b1);
  });
  it('is 0xFFFF for no bytes, and follows the polynomial for one byte', () => {
    expect(crcCcitt(new Uint8Array())).toBe(0xffff);
    // 'A' (0x41): register 0xFFFF ^ 0x4100 = 0xBEFF shifted through 8 steps of 0x1021 → 0xB915.
    expect(crcCcitt(ascii('A'))).toBe(0xb915);
  });
});

const SPEC: IshneTestFileSpec = {
  sampleRateHz: 200,
  firstName: 'Test',
  lastName: 'Patient',
  id: 'H-0042',
  sex: 2,
  race: 1,
  birthDate: [29, 2, 1960],
  recordDate: [1, 3, 2024],
  fileDate: [2, 3, 2024],
  startTime: [8, 15, 0],
  pacemaker: 0,
  recorder: 'digital',
  variableBlock: 'converted by hand',
  leads: [
    { spec: 15, resolutionNv: 2500, samples: [0, 400, -400, 32767] },
    { spec: 11, resolutionNv: 1000, quality: 2, samples: [1, 2, 3, 4] },
    { spec: 1, resolutionNv: 5000, samples: [-1, -2, -3, -4] },
  ],
};

describe('readIshneRecord on a built file', () => {
  const bytes = buildIshneTestFile(SPEC);
  const record = readIshneRecord(bytes);

  it('de-interleaves the leads and scales by each resolution', () => {
    expect(record.sampleRateHz).toBe(200);
    expect(record.leads.map((l) => [l.name, [...l.samplesUv]])).toEqual([
      ['V5', [0, 1000, -1000, 81917.5]],
      ['V1', [1, 2, 3, 4]],
      ['generic bipolar 3', [-5, -10, -15, -20]],
    ]);
  });

  it('maps patient, time and the fields without a place of their own', () => {
    expect(record.patient).toEqual({
      name: 'Test Patient',
      id: 'H-0042',
      sex: 'female',
      birthDate: '1960-02-29',
    });
    expect(record.acquisitionTime).toEqual({ date: '2024-03-01', time: '08:15:00' });
    expect(record.comments).toEqual([
      'ISHNE race: Caucasian',
      'ISHNE pacemaker: none',
      'ISHNE recorder type: digital',
      'ISHNE file date: 2024-03-02',
      'ISHNE variable-length block: converted by hand',
    ]);
    expect(record.format).toEqual({ name: 'ISHNE', version: '1', detail: '3 lead(s), int16' });
    expect(record.warnings).toEqual(["ISHNE lead V1: quality 'intermittent noise' in the header"]);
  });

  it('sniffs the magic number only when the fixed header is there', () => {
    expect(ishneReader.sniff(bytes)).toBe(true);
    expect(ishneReader.sniff(bytes.subarray(0, 521))).toBe(false);
    expect(ishneReader.sniff(ascii('ANN  1.0'.padEnd(600)))).toBe(false);
  });

  it('a CRC mismatch is a warning when lenient, an error when strict', () => {
    const changed = bytes.slice();
    changed[30] = 0x58; // a letter of the first name: inside the CRC's range
    expect(readIshneRecord(changed).warnings[0]).toMatch(
      /^ISHNE header CRC is \d+; the file says \d+$/,
    );
    expect(() => readIshneRecord(changed, { lenient: false })).toThrow(
      expect.objectContaining({ code: 'bad-header', field: 'checksum' }),
    );
  });

  it('fewer samples than declared: the whole frames present are read (lenient) or refused', () => {
    const short = bytes.subarray(0, bytes.length - 7);
    expect(readIshneRecord(short).leads[0]?.samplesUv.length).toBe(2);
    expect(() => readIshneRecord(short, { lenient: false })).toThrow(
      expect.objectContaining({ code: 'truncated' }),
    );
  });

  it('a huge declared sample count is not allocated', () => {
    const huge = bytes.slice();
    new DataView(huge.buffer).setInt32(14, 0x7fffffff, true);
    expect(readIshneRecord(huge).leads[0]?.samplesUv.length).toBe(4);
  });

  it('a sample size that counts all leads together is understood', () => {
    const total = bytes.slice();
    new DataView(total.buffer).setInt32(14, 12, true);
    const record = readIshneRecord(total);
    expect(record.leads[0]?.samplesUv.length).toBe(4);
    expect(record.warnings).toContain('ISHNE sample size 12 counts all leads together; 4 per lead');
  });

  it.each([
    ['no magic', (b: Uint8Array) => b.set(ascii('ISHNE2.0')), 'not-ecg'],
    ['13 leads', (b: Uint8Array) => new DataView(b.buffer).setInt16(156, 13, true), 'bad-header'],
    [
      'a sampling rate of 0',
      (b: Uint8Array) => new DataView(b.buffer).setInt16(272, 0, true),
      'bad-header',
    ],
    [
      'a variable block past the end',
      (b: Uint8Array) => new DataView(b.buffer).setInt32(10, 1e6, true),
      'truncated',
    ],
  ])('refuses %s', (_, change, code) => {
    const changed = bytes.slice();
    change(changed);
    expect(() => readIshneRecord(changed)).toThrow(expect.objectContaining({ code }));
  });

  it('leaves out a lead marked absent or without a resolution', () => {
    const spec = {
      ...SPEC,
      leads: [
        { spec: -9, resolutionNv: 2500, samples: [1] },
        { spec: 6, resolutionNv: 0, samples: [1] },
      ],
    };
    const record = readIshneRecord(buildIshneTestFile(spec));
    expect(record.leads).toEqual([]);
    expect(record.warnings.slice(0, 2)).toEqual([
      'ISHNE lead 1: specification -9, resolution 2500 nV; left out',
      'ISHNE lead 2: specification 6, resolution 0 nV; left out',
    ]);
  });
});
