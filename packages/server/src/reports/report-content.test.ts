import { describe, expect, it } from 'vitest';
import type { AnalysisSummary } from '@gesang/domain';
import { reportMeasurements, resolveStatements } from './report-content.js';

describe('report content', () => {
  it('resolves catalogue statements to their text and SNOMED CT concept, free text as written', () => {
    const [sinus, free, worded] = resolveStatements([
      { code: 'sinus_rhythm' },
      { code: 'free_text', text: '建议复查' },
      { code: 'atrial_fibrillation', text: '伴快速心室率' },
    ]);
    // SNOMED CT 426783006 "Sinus rhythm" (PhysioNet/CinC 2021 mapping table).
    expect(sinus).toEqual({
      code: 'sinus_rhythm',
      zh: '窦性心律',
      en: 'Sinus rhythm',
      snomedCt: '426783006',
      readerText: null,
    });
    expect(free).toEqual({
      code: 'free_text',
      zh: '建议复查',
      en: null,
      snomedCt: null,
      readerText: '建议复查',
    });
    expect(worded?.snomedCt).toBe('164889003');
    expect(worded?.readerText).toBe('伴快速心室率');
  });

  it('lists the measurements in report order, rounded, with LOINC codes and UCUM units', () => {
    const analysis = {
      measurements: {
        heartRateBpm: 61.4,
        rrMeanMs: 980,
        prIntervalMs: 150.6,
        pDurationMs: 100,
        qrsDurationMs: 98,
        qtIntervalMs: 391,
        qtcBazettMs: 394.2,
        qtcFridericiaMs: 393,
        pAxisDeg: 75,
        qrsAxisDeg: -45.5,
        tAxisDeg: null,
        leads: {},
      },
      rhythm: null,
    } as unknown as AnalysisSummary;
    const rows = reportMeasurements(analysis);
    expect(rows.map((m) => [m.loinc, m.value, m.unit])).toEqual([
      ['8867-4', 61, '/min'],
      ['8625-6', 151, 'ms'],
      ['8633-0', 98, 'ms'],
      ['8634-8', 391, 'ms'],
      ['8636-3', 394, 'ms'],
      ['8626-4', 75, 'deg'],
      ['8632-2', -45, 'deg'],
      ['8638-9', null, 'deg'],
    ]);
    const rhythmOnly = {
      measurements: null,
      rhythm: { ventricularRateBpm: 148 },
    } as unknown as AnalysisSummary;
    expect(reportMeasurements(rhythmOnly)[0]?.value).toBe(148);
    expect(reportMeasurements(null).every((m) => m.value === null)).toBe(true);
  });
});
