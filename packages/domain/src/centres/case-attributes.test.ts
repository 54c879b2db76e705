import { describe, expect, it } from 'vitest';
import { caseAttributesSchema } from './case-attributes.js';

describe('caseAttributesSchema: the national chest-pain platform items', () => {
  it('accepts a complete primary-PCI record', () => {
    const record = {
      diagnosis: 'stemi',
      dischargeDiagnosis: 'stemi',
      reperfusion: 'primary_pci',
      killipClass: 2,
      troponinValue: 1250.5,
      troponinUnit: 'ng_l',
      aspirinDoseMg: 300,
      p2y12Agent: 'ticagrelor',
      p2y12DoseMg: 180,
      culpritVessel: 'lad',
      stentCount: 1,
      outcome: 'survived',
    };
    expect(caseAttributesSchema.parse(record)).toEqual(record);
  });

  it('accepts a lysis record with an onset band instead of an onset time', () => {
    const record = { reperfusion: 'lysis', lysisAgent: 'reteplase', onsetBand: '2_6h' };
    expect(caseAttributesSchema.parse(record)).toEqual(record);
  });

  it.each([
    ['killipClass', 0],
    ['killipClass', 5],
    ['killipClass', 1.5],
    ['troponinValue', -1],
    ['troponinUnit', 'mmol_l'],
    ['aspirinDoseMg', 1001],
    ['p2y12Agent', 'prasugrel-typo'],
    ['p2y12DoseMg', -10],
    ['lysisAgent', 'streptokinase-typo'],
    ['culpritVessel', 'lima'],
    ['stentCount', 11],
    ['onsetBand', '0_2h'],
    ['dischargeDiagnosis', 'mi'],
  ])('refuses %s = %j, naming the field', (key, value) => {
    const result = caseAttributesSchema.safeParse({ [key]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([key]);
  });
});
