/**
 * The GE MUSE samples read through `museReader` against their golden entries (values from the
 * files' XML and an independent Python decoding, see golden-muse.ts), plus the header fields the
 * reader maps, checked against the XML text.
 */
import { museReader, readMuseXml } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { expectGolden, loadShared as load } from './golden-check.js';
import { GOLDEN_MUSE } from './golden-muse.js';

describe('GE MUSE golden files', () => {
  for (const golden of GOLDEN_MUSE) {
    it(`reads ${golden.path} as its golden entry`, () => {
      const bytes = load(golden.path);
      expect(museReader.sniff(bytes)).toBe(true);
      const record = museReader.read(bytes);
      expectGolden(record, golden);
      expect(record.warnings).toEqual([]);
    });
  }

  it('maps demographics, measurements and statements of muse_ecg1.xml as the XML states them', () => {
    const record = readMuseXml(load('ecg-formats/ge-muse-xml/muse_ecg1.xml'));
    // PatientDemographics: PatientID JAX01234, PatientAge 60 YEARS, Gender MALE.
    expect(record.patient).toMatchObject({ id: 'JAX01234', sex: 'male', ageYears: 60 });
    // TestDemographics: AcquisitionDate 05-10-2021, AcquisitionTime 13:15:18, MAC55, cart 56.
    expect(record.acquisitionTime).toEqual({ date: '2021-05-10', time: '13:15:18' });
    expect(record.device).toMatchObject({
      model: 'MAC55',
      serialNumber: '56',
      softwareVersion: '010B',
    });
    expect(record.format.version).toBe('9.0.9.18167');
    // RestingECGMeasurements: VentricularRate 60, PRInterval 158, QRSDuration 78, QTInterval 364,
    // QTCorrected 364, PAxis 49, RAxis 54, TAxis 46; QOnset 219 samples at 500 Hz = 438 ms.
    const byCode = new Map(record.cartMeasurements.map((m) => [m.code, m]));
    expect(byCode.get('VentricularRate')).toEqual({
      code: 'VentricularRate',
      value: 60,
      unit: '/min',
    });
    expect(byCode.get('PRInterval')?.value).toBe(158);
    expect(byCode.get('QRSDuration')).toEqual({ code: 'QRSDuration', value: 78, unit: 'ms' });
    expect(byCode.get('QTInterval')?.value).toBe(364);
    expect(byCode.get('QTCorrected')?.value).toBe(364);
    expect(byCode.get('RAxis')).toEqual({ code: 'RAxis', value: 54, unit: 'deg' });
    expect(byCode.get('QOnset')).toEqual({ code: 'QOnset', value: 438, unit: 'ms' });
    // OriginalDiagnosis: 'Lateral infarct' continues with ', age undetermined' (ENDSLINE).
    expect(record.cartStatements.map((s) => s.text)).toEqual([
      'Wide QRS rhythm',
      'Left axis deviation',
      'Non-specific intra-ventricular conduction block',
      'Lateral infarct, age undetermined',
      'Abnormal ECG',
      'When compared with ECG of 10-MAY-2021 18:34,',
      'Previous ECG has undetermined rhythm, needs review',
    ]);
    expect(record.comments[0]).toBe('MUSE diagnosis: Ventricular-paced rhythm');
  });

  it('keeps the Median waveform as medianBeats: 12 leads × 600 samples at 500 Hz', () => {
    const record = readMuseXml(load('ecg-formats/ge-muse-xml/muse_ecg2.xml'));
    const median = record.medianBeats;
    expect(median?.sampleRateHz).toBe(500);
    expect(median?.leads.map((l) => l.name)).toEqual(GOLDEN_MUSE[1]?.leads);
    expect(median?.leads.every((l) => l.samplesUv.length === 600)).toBe(true);
    // Python: Median LeadData I and II at sample 404 are -1 and 1 → III = 2 × 4.88 µV.
    const lead = (name: string): number =>
      median?.leads.find((l) => l.name === name)?.samplesUv[404] ?? NaN;
    expect(lead('I')).toBeCloseTo(-4.88, 3);
    expect(lead('III')).toBeCloseTo(9.76, 3);
  });

  it('obeys Einthoven and Goldberger on every derived sample', () => {
    const record = readMuseXml(load('ecg-formats/ge-muse-xml/muse_ecg1.xml'));
    const get = (name: string): Float32Array =>
      record.leads.find((l) => l.name === name)?.samplesUv ?? new Float32Array();
    const [one, two, three, aVR, aVL, aVF] = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF'].map(get);
    let worstUv = 0;
    for (let i = 0; i < (one?.length ?? 0); i++) {
      const einthoven = (one?.[i] ?? 0) + (three?.[i] ?? 0) - (two?.[i] ?? 0);
      const goldberger = (aVR?.[i] ?? 0) + (aVL?.[i] ?? 0) + (aVF?.[i] ?? 0);
      worstUv = Math.max(worstUv, Math.abs(einthoven), Math.abs(goldberger));
    }
    expect(worstUv).toBeLessThan(0.001);
  });
});
