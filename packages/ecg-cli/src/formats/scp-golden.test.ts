/**
 * The SCP-ECG reader on the five shared SCP files, checked against the golden table (BioSig
 * save2gdf values, and for Heal Force the bytes as documented; see golden-scp.ts) and against
 * header fields read by hand from the files' bytes or printed by `save2gdf -JSON` — never
 * against our own output.
 */
import { readFileSync } from 'node:fs';
import { readScpEcg, scpReader } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../disk/shared-data.js';
import { GOLDEN_SCP } from './golden-scp.js';

const load = (path: string): Uint8Array =>
  new Uint8Array(readFileSync(sharedDataPath(...path.split('/'))));

describe.each(GOLDEN_SCP)('$path', (golden) => {
  const bytes = load(golden.path);
  const record = readScpEcg(bytes);

  it('is recognised as SCP-ECG and read by the reader contract', () => {
    expect(scpReader.sniff(bytes)).toBe(true);
    expect(scpReader.read(bytes).format.name).toBe(golden.format);
  });

  it('has the golden leads, rate and length', () => {
    expect(record.leads.map((lead) => lead.name)).toEqual(golden.leads);
    expect(record.sampleRateHz).toBeCloseTo(golden.sampleRateHz, 9);
    for (const lead of record.leads) {
      expect(lead.samplesUv.length, lead.name).toBe(golden.sampleCount);
    }
  });

  it('has the golden sample values', () => {
    for (const sample of golden.samples) {
      const value = record.leads.find((l) => l.name === sample.lead)?.samplesUv[sample.index];
      expect(value, `${sample.lead}[${sample.index}]`).toBeDefined();
      expect(
        Math.abs((value ?? NaN) - sample.valueUv),
        `${sample.lead}[${sample.index}]`,
      ).toBeLessThanOrEqual(sample.toleranceUv);
    }
  });
});

describe('SCP-ECG header fields (save2gdf -JSON, and the section 1 bytes)', () => {
  const read = (name: string, lenient = true): ReturnType<typeof readScpEcg> =>
    readScpEcg(load(`ecg-formats/scp-ecg/${name}`), { lenient });

  it('ecgtoolkit_Example.scp: version 2.0, patient and device, CRCs valid, strict read passes', () => {
    const record = read('ecgtoolkit_Example.scp', false);
    expect(record.format.version).toBe('2.0');
    // save2gdf: Patient.Id SBJ-123, Gender Male, Birthday 1953-05-08, StartOfRecording 2002-11-22 09:09:59.999984
    expect(record.patient).toMatchObject({ id: 'SBJ-123', sex: 'male', birthDate: '1953-05-08' });
    expect(record.acquisitionTime).toEqual({ date: '2002-11-22', time: '09:10:00' });
    // tag 14: model bytes "ELI250" (no NUL), SCP software "ECGConversion", trade name "ECGConversion"
    expect(record.device).toMatchObject({ manufacturer: 'ECGConversion', model: 'ELI250' });
    expect(record.warnings).toEqual([]);
    // section 5: 12 beats of 1198 ms at 2000 µs → 599 samples (section 4 length field)
    expect(record.medianBeats?.leads.map((l) => l.samplesUv.length)).toEqual(
      new Array(12).fill(599),
    );
  });

  it('ECG_20170504_163507_123456789.SCP: Welch Allyn device, statements in Latin-1, strict read passes', () => {
    const record = read('ECG_20170504_163507_123456789.SCP', false);
    expect(record.patient).toMatchObject({
      id: '123456789',
      sex: 'male',
      ageYears: 104,
      birthDate: '1912-12-12',
    });
    expect(record.acquisitionTime).toEqual({ date: '2017-05-04', time: '16:35:07' });
    // tag 14: model "MDW14", system software "CCW", trade name "Welch Allyn Cardio Control"
    expect(record.device).toEqual({
      manufacturer: 'Welch Allyn Cardio Control',
      model: 'MDW14',
      softwareVersion: 'CCW',
    });
    // section 8 texts (byte 0xE5 = å, 0xF6 = ö in Latin-1)
    expect(record.cartStatements.map((s) => s.text)).toEqual([
      'sinusrytm (långsam)',
      'hög P-amplitud',
      'normal EKG-variant',
    ]);
    // section 7: ventricular rate 60, QRS onset 267 ms and offset 355 ms → 88 ms
    expect(record.cartMeasurements).toEqual(
      expect.arrayContaining([
        { code: 'VentricularRate', value: 60, unit: '/min' },
        { code: 'QRSDuration', value: 88, unit: 'ms' },
      ]),
    );
    expect(record.warnings).toEqual([expect.stringContaining('read as ISO-8859-1')]);
  });

  it('ECG_20060620_112352_ANON000002.SCP: anonymised dates written big-endian are read with warnings', () => {
    const record = read('ECG_20060620_112352_ANON000002.SCP');
    // tag 25 bytes 07 D0 01 01: 2000-01-01 big-endian (BioSig, reading little-endian, prints year 53255)
    expect(record.acquisitionTime).toEqual({ date: '2000-01-01', time: '00:00:00' });
    expect(record.patient).toMatchObject({
      id: 'ANON000002',
      ageYears: 36,
      birthDate: '1900-01-01',
    });
    expect(record.warnings.filter((w) => /big-endian|sex/.test(w))).toHaveLength(3);
    expect(() => read('ECG_20060620_112352_ANON000002.SCP', false)).toThrow(
      expect.objectContaining({ code: 'bad-data', field: 'section 1 tag 5 (date of birth)' }),
    );
  });

  it('ecgviewer_demo.scp: protocol 1.3, 8 leads as stored (no limb leads derived)', () => {
    const record = read('ecgviewer_demo.scp');
    expect(record.format.version).toBe('1.3');
    expect(record.acquisitionTime).toEqual({ date: '2004-06-24', time: '16:52:16' });
    expect(record.patient).toMatchObject({ id: '12-678-QW', sex: 'male', birthDate: '1957-06-24' });
    expect(record.comments).toEqual(['demo patient']);
    expect(record.warnings).toEqual([
      expect.stringContaining('samples 0–10000 (sample numbers count from 1)'),
    ]);
    expect(() => read('ecgviewer_demo.scp', false)).toThrow(
      expect.objectContaining({ code: 'bad-header' }),
    );
  });

  it('healforce_62.SCP: every quirk handled is named; strict reading refuses the record length', () => {
    const record = read('healforce_62.SCP');
    expect(record.acquisitionTime).toEqual({ date: '2019-08-08', time: '00:04:10' });
    const warnings = record.warnings.join('\n');
    for (const quirk of [
      /16-bit halves swapped it is 29424/,
      /the record \(CRC 0x9D30 at byte 0\) is CRC-16\/XMODEM .* stored big-endian/,
      /0-based byte offsets/,
      /section 6: section 0 gives its length as 27024 bytes, its own header as 20274/,
      /section 9 \(CRC 0x5364 at byte 27632\) does not match/,
      /3 interleaved channels of 4500 samples/,
      /not Huffman-coded/,
      /holds 150, read as the sample rate in Hz/,
    ]) {
      expect(warnings).toMatch(quirk);
    }
    expect(() => read('healforce_62.SCP', false)).toThrow(
      expect.objectContaining({ code: 'bad-header', byteOffset: 2, field: 'record length' }),
    );
  });
});
