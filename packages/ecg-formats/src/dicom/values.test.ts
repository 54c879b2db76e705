import { describe, expect, it } from 'vitest';
import { dicomCharsetDecoder } from './charset.js';
import { dicomLeadCode, dicomLeadName } from './lead-codes.js';
import {
  dicomAgeYears,
  dicomDate,
  dicomDateTime,
  dicomPersonName,
  dicomTime,
  dicomUtcOffsetMinutes,
} from './values.js';
import { asText, dsNumber, dtText, dicomText, tmText } from './write-values.js';

describe('DICOM value representations (PS3.5 §6.2)', () => {
  it('reads DA, TM, DT and offsets', () => {
    expect(dicomDate('19710123')).toBe('1971-01-23');
    expect(dicomDate('1971.01.23')).toBe('1971-01-23'); // ACR-NEMA form
    expect(dicomDate('19710230')).toBeUndefined();
    expect(dicomDate('')).toBeUndefined();
    expect(dicomTime('105919')).toBe('10:59:19');
    expect(dicomTime('172627.984')).toBe('17:26:27.984');
    expect(dicomTime('1059')).toBe('10:59:00');
    expect(dicomTime('10:59:19')).toBe('10:59:19');
    expect(dicomTime('256000')).toBeUndefined();
    expect(dicomUtcOffsetMinutes('-0530')).toBe(-330);
    expect(dicomDateTime('20130125105919')).toEqual({ date: '2013-01-25', time: '10:59:19' });
    expect(dicomDateTime('20130125105919.5+0100')).toEqual({
      date: '2013-01-25',
      time: '10:59:19.500',
      utcOffsetMinutes: 60,
    });
    expect(dicomDateTime('20130125')).toEqual({ date: '2013-01-25' });
    expect(dicomDateTime('garbage')).toBeUndefined();
  });

  it('reads AS ages in days, weeks, months and years', () => {
    expect(dicomAgeYears('042Y')).toBe(42);
    expect(dicomAgeYears('006M')).toBe(0.5);
    expect(dicomAgeYears('052W')).toBeCloseTo(52 / (365.25 / 7), 10);
    expect(dicomAgeYears('42Y')).toBeUndefined();
    expect(dicomAgeYears('999Y')).toBeUndefined(); // over the record's 0–150 range
  });

  it('formats person names, CJK family-first without spaces', () => {
    expect(dicomPersonName('Doe^John^^Dr')).toBe('Dr John Doe');
    expect(dicomPersonName('Anonymous')).toBe('Anonymous');
    expect(dicomPersonName('王^小明')).toBe('王小明');
    expect(dicomPersonName('=王^小明')).toBe('王小明'); // empty alphabetic group
    expect(dicomPersonName('^^^^')).toBeUndefined();
  });

  it('writes DS, TM, DT, AS and cleans text', () => {
    expect(dsNumber(1.25)).toBe('1.25');
    expect(dsNumber(1 / 3).length).toBeLessThanOrEqual(16);
    expect(Number(dsNumber(1 / 3))).toBeCloseTo(1 / 3, 13);
    expect(dsNumber(1e-20)).toBe('1e-20');
    expect(tmText('10:59:19.5')).toBe('105919.5');
    expect(dtText({ date: '2013-01-25', time: '10:59:19', utcOffsetMinutes: -90 })).toBe(
      '20130125105919-0130',
    );
    expect(asText(42.9)).toBe('042Y');
    expect(asText(0.5)).toBe('006M');
    expect(asText(3 / 365.25)).toBe('003D');
    const warnings: string[] = [];
    expect(dicomText('Doe^John=x\\y', 'PN', 'name', warnings)).toBe('Doe John x y');
    expect(dicomText('x'.repeat(70), 'LO', 'Manufacturer', warnings)).toHaveLength(64);
    expect(warnings).toEqual([
      'Manufacturer is longer than the 64 characters DICOM LO allows; cut',
    ]);
    expect(dicomText('line 1\nline 2', 'ST', 'Comments', [])).toBe('line 1\nline 2');
  });
});

describe('Specific Character Set (PS3.3 §C.12.1.1.2)', () => {
  const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

  it('decodes Latin-1, UTF-8 and GB18030', () => {
    expect(dicomCharsetDecoder(['ISO_IR 100'], [])(bytes(0x4d, 0xfc))).toBe('Mü');
    expect(dicomCharsetDecoder(['ISO_IR 192'], [])(bytes(0x4d, 0xc3, 0xbc))).toBe('Mü');
    // 王^小明 in GB 2312 (bytes from Python's gb2312 codec)
    const wang = bytes(0xcd, 0xf5, 0x5e, 0xd0, 0xa1, 0xc3, 0xf7);
    expect(dicomCharsetDecoder(['GB18030'], [])(wang)).toBe('王^小明');
  });

  it('decodes ISO 2022 IR 58 (GB 2312 designated to G1 by ESC $ ) A)', () => {
    // PS3.5 Annex K style value: Zhang^XiaoDong=<ESC $ ) A>张^小东=
    const value = bytes(
      ...[...'Zhang^XiaoDong='].map((c) => c.charCodeAt(0)),
      ...[0x1b, 0x24, 0x29, 0x41, 0xd5, 0xc5, 0x5e, 0xd0, 0xa1, 0xb6, 0xab, 0x3d],
    );
    expect(dicomCharsetDecoder(['', 'ISO 2022 IR 58'], [])(value)).toBe('Zhang^XiaoDong=张^小东=');
  });

  it('warns about a character set it cannot decode', () => {
    const warnings: string[] = [];
    dicomCharsetDecoder(['ISO_IR 144'], warnings);
    expect(warnings).toEqual([
      'Specific Character Set ISO_IR 144 is not supported: text read as ISO-8859-1 and may be garbled',
    ]);
  });
});

describe('CID 3001 lead codes', () => {
  it('maps SCPECG and MDC codes, both MDC forms', () => {
    expect(
      dicomLeadName({ value: '5.6.3-9-61', scheme: 'SCPECG', meaning: 'Lead III' }, undefined, 0),
    ).toEqual({
      name: 'III',
      sourceName: 'Lead III',
    });
    expect(dicomLeadName({ value: '2:62', scheme: 'MDC' }, undefined, 0).name).toBe('aVR');
    expect(dicomLeadName({ value: '131076', scheme: 'MDC' }, undefined, 0).name).toBe('V2');
  });

  it('keeps rows that are not a known lead as their meaning, and uses the label for row 0', () => {
    const frank = dicomLeadName(
      { value: '5.6.3-9-24', scheme: 'SCPECG', meaning: 'Lead I (Frank)' },
      undefined,
      0,
    );
    expect(frank.name).toBe('Lead I (Frank)');
    expect(
      dicomLeadName({ value: '2:0', scheme: 'MDC', meaning: 'Unspecified lead' }, 'ABP', 3).name,
    ).toBe('ABP');
    expect(
      dicomLeadName({ value: '2:0', scheme: 'MDC', meaning: 'Unspecified lead' }, undefined, 3)
        .name,
    ).toBe('channel 4');
    expect(dicomLeadName({}, 'avl', 0)).toEqual({ name: 'aVL', sourceName: 'avl' });
  });

  it('codes lead names for writing', () => {
    expect(dicomLeadCode('aVF')).toEqual({
      value: '2:64',
      scheme: 'MDC',
      meaning: 'aVF, augmented voltage, foot',
      known: true,
    });
    expect(dicomLeadCode('ABP').value).toBe('2:0');
  });
});
