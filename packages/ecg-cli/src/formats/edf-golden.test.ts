/**
 * The EDF+ samples through `edfReader` against their golden entries (golden-edf.ts), plus every
 * signal of test_generator_2.edf against the EDFlib test generator's known waveforms (100 µV
 * square wave at 0.1 Hz, ramp −100 + i µV per 1 s, sines 100·sin(2π·f·(i + 1)/200) — the generator
 * advances the phase before each sample) and the header fields, read by hand from the headers.
 */
import { decodeEdf, edfReader, ishneReader, readEdfRecord } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { expectGolden, loadShared as load } from './golden-check.js';
import { GOLDEN_EDF } from './golden-edf.js';

describe('EDF golden files', () => {
  for (const golden of GOLDEN_EDF) {
    it(`reads ${golden.path} as its golden entry`, () => {
      const bytes = load(golden.path);
      expect(edfReader.sniff(bytes)).toBe(true);
      expectGolden(edfReader.read(bytes), golden);
    });
  }
});

describe('test_generator_2.edf', () => {
  const bytes = load('ecg-formats/edf/test_generator_2.edf');

  it('maps the header: EDF+C, start 10.12.09 12.44.02, equipment test_generator', () => {
    const record = readEdfRecord(bytes);
    expect(record.format).toEqual({
      name: 'EDF',
      version: 'EDF+C',
      detail: '12 signal(s), 600 data record(s) of 1 s',
    });
    expect(record.acquisitionTime).toEqual({ date: '2009-12-10', time: '12:44:02' });
    expect(record.patient).toEqual({});
    expect(record.device).toEqual({ model: 'test generator' });
    expect(record.warnings).toEqual([
      'EDF signals not in a voltage unit left out: sine 15 Hz (°), sine 17 Hz (°)',
      'EDF voltage signals not labelled as ECG left out: squarewave (200 Hz), ramp (200 Hz), pulse (200 Hz), noise (200 Hz), sine 1 Hz (200 Hz), sine 8 Hz (200 Hz), sine 8.5 Hz (200 Hz), sine 50 Hz (200 Hz)',
    ]);
  });

  it('decodes every signal as the generator wrote it, within 0.05 µV (1.6 digital steps)', () => {
    const file = decodeEdf(bytes);
    const signal = (label: string): Float32Array =>
      file.signals.find((s) => s.header.label === label)?.values ?? new Float32Array();
    const sine = (hz: number) => (i: number) => 100 * Math.sin((2 * Math.PI * hz * (i + 1)) / 200);
    const expected: [string, (i: number) => number][] = [
      ['squarewave', (i) => (Math.floor(i / 1000) % 2 === 0 ? 100 : -100)],
      ['ramp', (i) => -100 + (i % 200)],
      ['sine 1 Hz', sine(1)],
      ['sine 8 Hz', sine(8)],
      ['sine 8.5 Hz', sine(8.5)],
      ['sine 15 Hz', sine(15)],
      ['sine 17 Hz', sine(17)],
      ['sine 50 Hz', sine(50)],
    ];
    for (const [label, wave] of expected) {
      const values = signal(label);
      expect(values.length, label).toBe(120_000);
      let worst = 0;
      values.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - wave(i)))));
      expect(worst, label).toBeLessThan(0.05);
    }
    expect(file.signals.map((s) => s.unit)).toEqual([
      ...Array<string>(8).fill('uV'),
      '°',
      '°',
      'uV',
    ]);
  });

  it('agrees with save2gdf on other signals (gen2.a01, a02, a09, a11 lines 1, 2, 51, 1001)', () => {
    const file = decodeEdf(bytes);
    const at = (label: string, index: number): number =>
      file.signals.find((s) => s.header.label === label)?.values[index] ?? NaN;
    const cases: [string, number, number][] = [
      ['squarewave', 0, 99.9924],
      ['squarewave', 1000, -99.9619],
      ['ramp', 1, -98.9548],
      ['ramp', 50, -49.9733],
      ['sine 15 Hz', 0, 45.3956],
      ['sine 50 Hz', 1, 0.015259],
    ];
    for (const [label, index, value] of cases) {
      expect(Math.abs(at(label, index) - value), `${label}[${index}]`).toBeLessThan(0.001);
    }
  });
});

describe('test_edfann.edf', () => {
  it('reads the 856 annotations save2gdf lists, with onsets and durations from the TALs', () => {
    const record = readEdfRecord(load('ecg-formats/edf/test_edfann.edf'));
    expect(record.acquisitionTime).toEqual({ date: '2001-01-01', time: '23:59:30' });
    expect(record.patient).toEqual({ id: 'SN001' });
    expect(record.annotations).toHaveLength(856);
    expect(record.annotations.slice(0, 3)).toEqual([
      { onsetS: 0, durationS: 30, text: 'Sleep stage W' },
      { onsetS: 30, durationS: 30, text: 'Sleep stage W' },
      { onsetS: 33.43, durationS: 0, text: 'Lights off@@EEG F4-A1' },
    ]);
    expect(record.annotations.at(-1)).toEqual({
      onsetS: 25618.74,
      durationS: 0,
      text: 'Lights on@@EEG Fpz-Cz',
    });
    const counts = new Map<string, number>();
    record.annotations.forEach((a) => counts.set(a.text, (counts.get(a.text) ?? 0) + 1));
    expect(Object.fromEntries(counts)).toEqual({
      'Sleep stage W': 151,
      'Lights off@@EEG F4-A1': 1,
      'Sleep stage N1': 109,
      'Sleep stage N2': 430,
      'Sleep stage N3': 23,
      'Sleep stage R': 141,
      'Lights on@@EEG Fpz-Cz': 1,
    });
    expect(record.warnings).toEqual([
      'EDF file holds no voltage signal (856 annotation(s)); the record has no leads and a placeholder rate of 1 Hz',
    ]);
  });
});

describe('EDF and ISHNE sniffing on the other real binary samples', () => {
  it.each([
    'ecg-formats/contec-ecg90a/0000037.ECG',
    'ecg-formats/wfdb/100.dat',
    'ecg-formats/wfdb/100.atr',
    'ecg-formats/wfdb/s0010_re.dat',
    'ecg-formats/scp-ecg/healforce_62.SCP',
    'ecg-formats/scp-ecg/ecgtoolkit_Example.scp',
    'ecg-formats/dicom/waveform_ecg.dcm',
  ])('%s is claimed by neither', (path) => {
    const bytes = load(path);
    expect(edfReader.sniff(bytes)).toBe(false);
    expect(ishneReader.sniff(bytes)).toBe(false);
  });
});
