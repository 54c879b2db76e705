import { describe, expect, it } from 'vitest';
import { birthDateRangeForAge, probeOfFilePatient, tibetanNameKey } from './study-patient-probe.js';

describe('birthDateRangeForAge', () => {
  it('gives the birth dates of someone that old on the day (worked by hand)', () => {
    // 46 on 2002-10-21: the 46th birthday fell on or before that day, the 47th after it.
    expect(birthDateRangeForAge(46, '2002-10-21')).toEqual({
      from: '1955-10-22',
      to: '1956-10-21',
    });
    // Across a month end: 0 years old on 2024-03-01 means born 2023-03-02 … 2024-03-01.
    expect(birthDateRangeForAge(0.5, '2024-03-01')).toEqual({
      from: '2023-03-02',
      to: '2024-03-01',
    });
  });

  it('gives nothing for an impossible age or a date that is not YYYY-MM-DD', () => {
    expect(birthDateRangeForAge(-1, '2024-01-01')).toBeNull();
    expect(birthDateRangeForAge(151, '2024-01-01')).toBeNull();
    expect(birthDateRangeForAge(40, '01/01/2024')).toBeNull();
  });
});

describe('tibetanNameKey', () => {
  it('drops the closing tsheg, shad and spaces only', () => {
    expect(tibetanNameKey(' བཀྲ་ཤིས། ')).toBe('བཀྲ་ཤིས');
    expect(tibetanNameKey('བཀྲ་ཤིས་')).toBe('བཀྲ་ཤིས');
    expect(tibetanNameKey('ཚེ་རིང་སྒྲོལ་མ')).toBe('ཚེ་རིང་སྒྲོལ་མ');
  });
});

describe('probeOfFilePatient', () => {
  it('reads a Chinese name with its pinyin key, and the id in both cases', () => {
    const probe = probeOfFilePatient(
      { id: '540225195803120029x', name: '次仁 卓玛', sex: 'female' },
      '2024-09-01',
    );
    expect(probe).toMatchObject({
      identifierValues: ['540225195803120029x', '540225195803120029X'],
      nameZh: '次仁卓玛',
      nameBo: null,
      pinyinKey: 'cirenzhuoma',
      sex: 'female',
      birthDate: null,
      birthDateRange: null,
    });
  });

  it('reads a DICOM-style Latin name as pinyin and an age as a range of birth dates', () => {
    const probe = probeOfFilePatient(
      { name: 'ZHA^Xi', sex: 'unknown', ageYears: 53 },
      '2024-09-01',
    );
    expect(probe).toMatchObject({
      identifierValues: [],
      nameZh: null,
      pinyinKey: 'zhaxi',
      sex: null,
      birthDateRange: { from: '1970-09-02', to: '1971-09-01' },
    });
  });

  it('prefers the file’s birth date to its age and ignores a malformed one', () => {
    const given = probeOfFilePatient({ birthDate: '1953-05-08', ageYears: 46 }, '2002-10-21');
    expect(given).toMatchObject({ birthDate: '1953-05-08', birthDateRange: null });
    const malformed = probeOfFilePatient({ birthDate: '1953', ageYears: 46 }, '2002-10-21');
    expect(malformed.birthDate).toBeNull();
    expect(malformed.birthDateRange).toEqual({ from: '1955-10-22', to: '1956-10-21' });
  });

  it('reads a Tibetan name and nothing from a file without a patient', () => {
    expect(probeOfFilePatient({ name: 'ཟླ་བ།' }, '2024-09-01').nameBo).toBe('ཟླ་བ');
    expect(probeOfFilePatient(null, '2024-09-01')).toEqual({
      identifierValues: [],
      nameZh: null,
      nameBo: null,
      pinyinKey: null,
      sex: null,
      birthDate: null,
      birthDateRange: null,
    });
  });
});
