import { describe, expect, it } from 'vitest';
import { nextEvents, otherEvents } from './next-events.js';

const t = '2026-03-01T08:00:00Z';

describe('nextEvents', () => {
  it('a green channel just opened (first ECG at the county): door and the three strategies', () => {
    const events = { first_ecg: t, ecg_transmission: t, ecg_diagnosis: t };
    expect(nextEvents('chest_pain', events, { diagnosis: 'stemi' })).toEqual([
      'door',
      'cathlab_activation',
      'wire_crossing',
      'lysis_start',
      'departure_for_pci',
      'loading_dose',
    ]);
  });

  it('a walk-in without first contact starts with it', () => {
    expect(nextEvents('chest_pain', {}, {})[0]).toBe('first_medical_contact');
  });

  it('primary PCI: the cath-lab track moves on, the other strategies disappear', () => {
    const events = { first_medical_contact: t, first_ecg: t, door: t, cathlab_activation: t };
    expect(nextEvents('chest_pain', events, { reperfusion: 'primary_pci' })).toEqual([
      'cathlab_arrival',
      'wire_crossing',
      'loading_dose',
    ]);
  });

  it('after the wire: CCU admission, nothing more of the cath-lab track', () => {
    const events = {
      first_medical_contact: t,
      first_ecg: t,
      door: t,
      loading_dose: t,
      wire_crossing: t,
    };
    expect(nextEvents('chest_pain', events, { reperfusion: 'primary_pci' })).toEqual([
      'ccu_admission',
    ]);
  });

  it('lysis: start then end', () => {
    const base = { first_medical_contact: t, first_ecg: t, door: t, loading_dose: t };
    expect(nextEvents('chest_pain', base, { reperfusion: 'lysis' })).toEqual(['lysis_start']);
    expect(nextEvents('chest_pain', { ...base, lysis_start: t }, { reperfusion: 'lysis' })).toEqual(
      ['lysis_end'],
    );
  });

  it('stroke: treatment buttons only once the CT started', () => {
    expect(nextEvents('stroke', {}, {})).toEqual(['door', 'ct_start']);
    expect(nextEvents('stroke', { door: t, ct_start: t }, {})).toEqual([
      'physician_seen',
      'ct_report',
      'lysis_start',
      'puncture',
    ]);
  });
});

describe('otherEvents', () => {
  it('lists the unrecorded events in catalogue order', () => {
    expect(otherEvents('neonatal', { birth: t })).toEqual([
      'referral_request',
      'departure',
      'arrival',
      'nicu_admission',
      'discharge',
      'death',
    ]);
  });
});
