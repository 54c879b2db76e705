/**
 * Lead identification codes of section 3 against the table of EN 1064:2005+A1:2007 (Table 5):
 * 1 I, 2 II, 3–8 V1–V6, 61 III, 62 aVR, 63 aVL, 64 aVF, 11 V3R, 9 V7; 31–60 are "-cal" signals
 * before the amendment (protocol < 2.2) and derived leads after it; 111–114 derived III, aVR,
 * aVL, aVF.
 */
import { describe, expect, it } from 'vitest';
import { scpLeadName } from './lead-codes.js';
import { scpLeadNames } from './signal-leads.js';

describe('scpLeadName', () => {
  it('names the twelve standard leads and others from the table', () => {
    const codes = [1, 2, 61, 62, 63, 64, 3, 4, 5, 6, 7, 8, 11, 9, 16];
    expect(codes.map((code) => scpLeadName(code, 20).name)).toEqual([
      'I',
      'II',
      'III',
      'aVR',
      'aVL',
      'aVF',
      'V1',
      'V2',
      'V3',
      'V4',
      'V5',
      'V6',
      'V3R',
      'V7',
      'X',
    ]);
  });

  it('names derived standard leads by the lead, keeping the SCP-ECG name', () => {
    expect(scpLeadName(111, 30)).toEqual({ name: 'III', sourceName: 'dIII' });
    expect(scpLeadName(33, 30)).toEqual({ name: 'V1', sourceName: 'dV1' });
    expect(scpLeadName(33, 20)).toEqual({ name: 'V1-cal' });
  });

  it('keeps unknown codes visible', () => {
    expect(scpLeadName(0, 20)).toEqual({ name: 'lead code 0' });
    expect(scpLeadName(200, 30)).toEqual({ name: 'lead code 200' });
  });

  it('keeps names unique when two codes name the same lead', () => {
    expect(scpLeadNames([61, 111], 30)).toEqual([{ name: 'III' }, { name: 'dIII' }]);
  });
});
