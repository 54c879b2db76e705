/**
 * The Philips samples read through `philipsReader` against their golden entries (values from the
 * files' XML and an independent Python XLI decoding, see golden-philips.ts), the limb-lead laws
 * after the residual rebuild, and the header fields the reader maps, checked against the XML text.
 */
import { readFileSync } from 'node:fs';
import { philipsReader, readPhilipsXml, type EcgRecord } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../disk/shared-data.js';
import { GOLDEN_PHILIPS } from './golden-philips.js';

function load(path: string): Uint8Array {
  return new Uint8Array(readFileSync(sharedDataPath(...path.split('/'))));
}

function lead(record: EcgRecord, name: string): Float32Array {
  return record.leads.find((l) => l.name === name)?.samplesUv ?? new Float32Array();
}

describe('Philips Sierra XML golden files', () => {
  for (const golden of GOLDEN_PHILIPS) {
    it(`reads ${golden.path} as its golden entry`, () => {
      const bytes = load(golden.path);
      expect(philipsReader.sniff(bytes)).toBe(true);
      const record = philipsReader.read(bytes);
      expect(record.format.name).toBe(golden.format);
      expect(record.leads.map((l) => l.name)).toEqual(golden.leads);
      expect(record.sampleRateHz).toBe(golden.sampleRateHz);
      expect(record.leads.every((l) => l.samplesUv.length === golden.sampleCount)).toBe(true);
      for (const sample of golden.samples) {
        const actual = lead(record, sample.lead)[sample.index] ?? NaN;
        expect(
          Math.abs(actual - sample.valueUv),
          `${sample.lead}[${sample.index}]`,
        ).toBeLessThanOrEqual(sample.toleranceUv);
      }
      // The one warning: the cart's calibration pulse and zero fill after the ECG were cut off.
      expect(record.warnings).toEqual([expect.stringMatching(/calibration pulse/)]);
    });

    it(`rebuilds the limb leads of ${golden.path} so that Einthoven and Goldberger hold`, () => {
      const record = readPhilipsXml(load(golden.path));
      const [one, two, three, aVR, aVL, aVF] = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF'].map((name) =>
        lead(record, name),
      );
      let einthovenUv = 0;
      let goldbergerUv = 0;
      for (let i = 0; i < (one?.length ?? 0); i++) {
        einthovenUv = Math.max(
          einthovenUv,
          Math.abs((one?.[i] ?? 0) + (three?.[i] ?? 0) - (two?.[i] ?? 0)),
        );
        goldbergerUv = Math.max(
          goldbergerUv,
          Math.abs((aVR?.[i] ?? 0) + (aVL?.[i] ?? 0) + (aVF?.[i] ?? 0)),
        );
      }
      // PageWriter files (1.04, 1.04.01): I + III = II exactly. The HeartStart MRx file (1.03)
      // stores non-zero III residuals: within 2 LSB (10 µV), as the Python decoding also finds.
      expect(einthovenUv).toBeLessThanOrEqual(golden.path.includes('129DYPRG') ? 10 : 0);
      // Three truncated halves and the residuals: the Python decoding finds at most 2 LSB.
      expect(goldbergerUv).toBeLessThanOrEqual(10);
    });
  }

  it('maps patient, device, measurements and statements of the 1.04 file as its XML states them', () => {
    const record = readPhilipsXml(
      load('ecg-formats/philips-sierra-xml/3191723_ZZDEMOPTONLY_1-04_orig.xml'),
    );
    expect(record.format.version).toBe('1.04');
    expect(record.patient).toMatchObject({ id: '9999', sex: 'male', birthDate: '1950-01-01' });
    expect(record.acquisitionTime).toEqual({ date: '2010-01-19', time: '15:19:22' });
    // <machine machineid="EKG1715" detaildescription="Philips Medical Products:860315:A.01.01.01">
    expect(record.device).toMatchObject({
      manufacturer: 'Philips Medical Products',
      model: 'PageWriter Touch (860315)',
      serialNumber: 'EKG1715',
      softwareVersion: 'A.01.01.01',
    });
    const byCode = new Map(record.cartMeasurements.map((m) => [m.code, m]));
    // globalmeasurements: heartrate 84, pdur 148, print 144, qrsdur 84, qtint 352, qtcb 417,
    // pfrontaxis 81, qrsfrontaxis 78, tfrontaxis 67.
    expect(byCode.get('heartrate')).toEqual({ code: 'heartrate', value: 84, unit: '/min' });
    expect(byCode.get('pdur')?.value).toBe(148);
    expect(byCode.get('print')?.value).toBe(144);
    expect(byCode.get('qrsdur')).toEqual({ code: 'qrsdur', value: 84, unit: 'ms' });
    expect(byCode.get('qtint')?.value).toBe(352);
    expect(byCode.get('qtcb')?.value).toBe(417);
    expect(byCode.get('qrsfrontaxis')).toEqual({ code: 'qrsfrontaxis', value: 78, unit: 'deg' });
    expect(record.cartStatements.at(-1)).toEqual({
      text: '- ABNORMAL ECG -',
      code: 'AB',
      codingSystem: 'Philips severity',
    });
    expect(record.cartStatements[0]?.text).toMatch(/^SINUS RHYTHM/);
  });

  it('reads the 1.03 header from signalcharacteristics and its reasoned statements', () => {
    const record = readPhilipsXml(load('ecg-formats/philips-sierra-xml/129DYPRG.XML'));
    expect(record.format.version).toBe('1.03');
    expect(record.patient).toMatchObject({ id: '1112010721168bdc', sex: 'male', ageYears: 50 });
    expect(record.device).toMatchObject({ model: 'HeartstartMRx', serialNumber: '0001' });
    expect(record.cartStatements[0]).toEqual({ text: 'Sinus bradycardia (rate< 50)' });
    expect(record.cartMeasurements.find((m) => m.code === 'heartrate')?.value).toBe(41);
    expect(record.medianBeats).toBeUndefined();
  });

  it('keeps the representative beats of 1.04.01: 12 leads × 1200 samples at 1000 Hz, 1 µV/LSB', () => {
    const record = readPhilipsXml(load('ecg-formats/philips-sierra-xml/2020-5-18_15-48-11.xml'));
    const beats = record.medianBeats;
    expect(beats?.sampleRateHz).toBe(1000);
    expect(beats?.leads.map((l) => l.name)).toEqual(GOLDEN_PHILIPS[2]?.leads);
    expect(beats?.leads.every((l) => l.samplesUv.length === 1200)).toBe(true);
    // Python base64 + struct '<h' of repbeat I: first samples -2, -2, -1, 0; sample 600 is -11.
    expect(Array.from(beats?.leads[0]?.samplesUv.subarray(0, 4) ?? [])).toEqual([-2, -2, -1, 0]);
    expect(beats?.leads[0]?.samplesUv[600]).toBe(-11);
  });

  it('cuts the 32767 fill of the 1.04 beats (600 valid of 1200 samples at 500 Hz, 2.5 µV/LSB)', () => {
    const record = readPhilipsXml(
      load('ecg-formats/philips-sierra-xml/3191723_ZZDEMOPTONLY_1-04_orig.xml'),
    );
    expect(record.medianBeats?.sampleRateHz).toBe(500);
    expect(record.medianBeats?.leads.every((l) => l.samplesUv.length === 600)).toBe(true);
    // Python: repbeat I starts 26, 25 → × 2.5 µV.
    expect(record.medianBeats?.leads[0]?.samplesUv[0]).toBe(65);
  });
});
