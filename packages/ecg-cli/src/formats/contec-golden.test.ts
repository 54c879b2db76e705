/**
 * The Contec ECG90A sample through `contecReader` against its golden entry (golden-contec.ts),
 * plus the header fields read by hand from the bytes (the patient name is not printed: it is the
 * upstream author's), Einthoven/Goldberger on every sample, and the sniffers of the other binary
 * formats refusing it and it refusing them.
 */
import { contecReader, edfReader, ishneReader, readContecEcg } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { expectGolden, loadShared as load } from './golden-check.js';
import { GOLDEN_CONTEC } from './golden-contec.js';

const PATH = 'ecg-formats/contec-ecg90a/0000037.ECG';

describe('Contec ECG90A golden file', () => {
  for (const golden of GOLDEN_CONTEC) {
    it(`reads ${golden.path} as its golden entry`, () => {
      const bytes = load(golden.path);
      expect(contecReader.sniff(bytes)).toBe(true);
      expectGolden(contecReader.read(bytes), golden);
    });
  }

  it('reads the header (bytes 10–28 timestamp, 40 sex = 1, 41 age = 54, 42 weight = 73)', () => {
    const record = readContecEcg(load(PATH));
    expect(record.acquisitionTime).toEqual({ date: '2020-11-15', time: '12:59:50' });
    expect(record.patient.sex).toBe('male');
    expect(record.patient.ageYears).toBe(54);
    expect(record.patient.name?.length).toBeGreaterThan(0);
    expect(record.comments).toEqual([
      'Contec case number: 0000037',
      'patient weight: 73 kg',
      'Contec ECG90A stores II, III and V1-V6; I, aVR, aVL and aVF are derived from II and III',
    ]);
    expect(record.warnings).toEqual([
      'Contec ECG90A: V1, V2, V3, V4, V5, V6 hold no data (electrodes not connected); left out',
    ]);
  });

  it('I + III = II and aVR + aVL + aVF = 0 on every sample', () => {
    const record = readContecEcg(load(PATH));
    const lead = (name: string): Float32Array =>
      record.leads.find((l) => l.name === name)?.samplesUv ?? new Float32Array();
    const [one, two, three, aVR, aVL, aVF] = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF'].map(lead);
    let worst = 0;
    two?.forEach((ii, i) => {
      worst = Math.max(worst, Math.abs((one?.[i] ?? NaN) + (three?.[i] ?? NaN) - ii));
      worst = Math.max(worst, Math.abs((aVR?.[i] ?? NaN) + (aVL?.[i] ?? NaN) + (aVF?.[i] ?? NaN)));
    });
    expect(worst).toBe(0);
  });

  it('is claimed by no other binary reader, and claims none of the other binary samples', () => {
    const contec = load(PATH);
    expect(edfReader.sniff(contec)).toBe(false);
    expect(ishneReader.sniff(contec)).toBe(false);
    for (const other of [
      'ecg-formats/edf/test_generator_2.edf',
      'ecg-formats/edf/test_edfann.edf',
      'ecg-formats/wfdb/100.dat',
      'ecg-formats/wfdb/s0010_re.dat',
      'ecg-formats/scp-ecg/healforce_62.SCP',
      'ecg-formats/dicom/waveform_ecg.dcm',
    ]) {
      expect(contecReader.sniff(load(other)), other).toBe(false);
    }
  });
});
