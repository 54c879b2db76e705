import { describe, expect, it } from 'vitest';
import { openCaseBody } from './new-case.js';

describe('openCaseBody', () => {
  it('sends the centre’s filled times, the arrival mode and the patient', () => {
    expect(
      openCaseBody({
        centre: 'chest_pain',
        openedHow: 'ambulance',
        patientId: '0b6c5f0e-1111-4222-8333-444455556666',
        times: {
          symptom_onset: null,
          first_medical_contact: '2026-03-01T07:40:00.000Z',
          door: '2026-03-01T08:00:00.000Z',
          // Not an initial event of chest pain: left out.
          birth: '2026-03-01T06:00:00.000Z',
        },
        onsetBand: '2_6h',
      }),
    ).toEqual({
      centre: 'chest_pain',
      openedHow: 'ambulance',
      patientId: '0b6c5f0e-1111-4222-8333-444455556666',
      attributes: { arrivalMode: 'ambulance_120', onsetBand: '2_6h' },
      events: [
        { event: 'first_medical_contact', at: '2026-03-01T07:40:00.000Z' },
        { event: 'door', at: '2026-03-01T08:00:00.000Z' },
      ],
    });
  });

  it('a walk-in without patient or times', () => {
    expect(
      openCaseBody({
        centre: 'stroke',
        openedHow: 'walk_in',
        patientId: null,
        times: {},
        onsetBand: null,
      }),
    ).toEqual({
      centre: 'stroke',
      openedHow: 'walk_in',
      attributes: { arrivalMode: 'self' },
      events: [],
    });
  });
});
