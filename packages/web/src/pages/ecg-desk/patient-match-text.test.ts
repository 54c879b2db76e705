import type { StudyPatient } from '@gesang/domain';
import { describe, expect, it } from 'vitest';
import { correctionBody, initialCorrection, nameField } from './patient-match-text.js';

const view = (over: Partial<StudyPatient>): StudyPatient => ({
  studyId: '00000000-0000-4000-8000-000000000001',
  status: 'analysed',
  filePatient: null,
  patient: null,
  canEdit: true,
  reasonRequired: false,
  history: [],
  ...over,
});

describe('nameField', () => {
  it('puts a name in the field of its script', () => {
    expect(nameField('次仁 卓玛')).toEqual({ nameZh: '次仁卓玛' });
    expect(nameField('ཚེ་རིང་སྒྲོལ་མ།')).toEqual({ nameBo: 'ཚེ་རིང་སྒྲོལ་མ།' });
    expect(nameField('ZHA^XI')).toEqual({ namePinyin: 'ZHA XI' });
    expect(nameField('  ')).toEqual({});
    expect(nameField(undefined)).toEqual({});
  });
});

describe('initialCorrection', () => {
  it('starts from the file: a valid resident ID as such, else the id as this hospital’s MRN', () => {
    // 11010519491231002X: the GB 11643 example (check character X).
    expect(
      initialCorrection(
        view({
          filePatient: {
            id: '11010519491231002x',
            name: 'Clark',
            sex: 'male',
            birthDate: '1949-12-31',
          },
        }),
      ),
    ).toEqual({
      namePinyin: 'Clark',
      sex: 'male',
      birthDate: '1949-12-31',
      identifiers: [{ system: 'resident-id', value: '11010519491231002X' }],
    });
    expect(initialCorrection(view({ filePatient: null })).identifiers).toEqual([
      { system: 'resident-id', value: '' },
    ]);
    expect(initialCorrection(view({ filePatient: { id: 'SBJ-123' } }))).toEqual({
      sex: 'unknown',
      identifiers: [{ system: 'mrn', value: 'SBJ-123' }],
    });
  });

  it('starts from the matched patient, leaving MRNs with the hospital that issued them', () => {
    const start = initialCorrection(
      view({
        filePatient: { name: 'Other' },
        patient: {
          id: '00000000-0000-4000-8000-000000000002',
          nameZh: '扎西',
          nameBo: null,
          namePinyin: 'Zhaxi',
          sex: 'male',
          birthDate: '1971-08-05',
          identifiers: [
            { system: 'mrn', value: 'LZ0002', orgId: '00000000-0000-4000-8000-000000000003' },
          ],
        },
      }),
    );
    expect(start).toEqual({
      nameZh: '扎西',
      namePinyin: 'Zhaxi',
      sex: 'male',
      birthDate: '1971-08-05',
      identifiers: [{ system: 'resident-id', value: '' }],
    });
  });
});

describe('correctionBody', () => {
  it('trims, drops empty fields and upper-cases a resident ID', () => {
    expect(
      correctionBody({
        nameZh: ' 扎西 ',
        nameBo: '  ',
        sex: 'male',
        birthDate: '',
        identifiers: [
          { system: 'resident-id', value: ' 11010519491231002x ' },
          { system: 'mrn', value: ' lz0002 ' },
          { system: 'mrn', value: '' },
        ],
      }),
    ).toEqual({
      nameZh: '扎西',
      sex: 'male',
      identifiers: [
        { system: 'resident-id', value: '11010519491231002X' },
        { system: 'mrn', value: 'lz0002' },
      ],
    });
  });
});
