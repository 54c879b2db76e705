/**
 * The WFDB reader on every record of the team's real data (`../shared/data/ecg`). Expected values
 * come only from the data: each header's own checksums and initial values, each folder's
 * `labels.csv` (fs, n_samples, n_signals) and the data README; never from our reader's output.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWfdbRecord } from './load-wfdb.js';
import { findFiles, sharedDataPath } from './shared-data.js';

const ECG = sharedDataPath('ecg');
const FOLDERS = readdirSync(ECG, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && findFiles(join(ECG, entry.name), '.hea').length > 0)
  .map((entry) => entry.name);

/** `record → [fs, n_samples, n_signals]` from a folder's labels.csv (first five columns unquoted). */
function readLabels(folder: string): Map<string, number[]> {
  const path = join(ECG, folder, 'labels.csv');
  if (!existsSync(path)) {
    return new Map();
  }
  const [head = '', ...rows] = readFileSync(path, 'utf8').split('\n');
  expect(head).toMatch(/^dataset,record,fs,n_samples,n_signals,/);
  return new Map(
    rows.filter(Boolean).map((row) => {
      const [, record = '', ...shape] = row.split(',');
      return [record, shape.slice(0, 3).map(Number)];
    }),
  );
}

describe('every WFDB record in ../shared/data/ecg', () => {
  it('finds the folders the README lists', () => {
    expect(FOLDERS.sort()).toEqual([
      'chapman_ningbo',
      'cpsc2018',
      'cpsc2018_extra',
      'georgia',
      'ludb',
      'mitdb',
      'ptbdb',
      'ptbxl',
      'ptbxl_wfdb',
    ]);
  });

  it.each(FOLDERS)(
    '%s: reads, header checksums verify, sample 0 = header initial value, shape = labels.csv',
    async (folder) => {
      const labels = readLabels(folder);
      let matched = 0;
      for (const hea of findFiles(join(ECG, folder), '.hea')) {
        const { record, header } = await loadWfdbRecord(hea);
        expect(record.warnings, hea).toEqual([]);
        header.signals.forEach((spec, i) => {
          const expected = ((spec.initialValue - spec.baseline) / spec.adcGain) * 1000;
          expect(record.leads[i]?.samplesUv[0], `${hea} signal ${i}`).toBeCloseTo(expected, 3);
        });
        const label = labels.get(hea.slice(join(ECG, folder).length + 1, -'.hea'.length));
        if (label) {
          matched++;
          const shape = [
            record.sampleRateHz,
            record.leads[0]?.samplesUv.length,
            record.leads.length,
          ];
          expect(shape, hea).toEqual(label);
        }
      }
      expect(matched, 'every labels.csv row has its record').toBe(labels.size);
    },
    60_000,
  );
});

describe('records the README and headers describe', () => {
  it('MIT-BIH 100: 2 leads (MLII, V5) x 650000 samples at 360 Hz; 212 with gain 200, zero 1024', async () => {
    const { record } = await loadWfdbRecord(sharedDataPath('ecg', 'mitdb', '100.hea'));
    expect(record.sampleRateHz).toBe(360);
    expect(record.leads.map((l) => [l.name, l.samplesUv.length])).toEqual([
      ['MLII', 650000],
      ['V5', 650000],
    ]);
    expect(record.leads[0]?.samplesUv[0]).toBeCloseTo(((995 - 1024) / 200) * 1000, 3); // -145 µV
    expect(record.patient).toEqual({ ageYears: 69, sex: 'male' });
    expect(record.comments).toEqual(['69 M 1085 1629 x1', 'Aldomet, Inderal']);
  });

  it('PTB-XL _hr (original layout): 12 leads x 5000 at 500 Hz, README lead order, 1000 adu/mV', async () => {
    const { record, header } = await loadWfdbRecord(
      sharedDataPath('ecg', 'ptbxl_wfdb', 'records500', '00000', '00014_hr.hea'),
    );
    expect([record.sampleRateHz, record.leads.length, record.leads[0]?.samplesUv.length]).toEqual([
      500, 12, 5000,
    ]);
    expect(record.leads.map((l) => l.name)).toEqual([
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
    ]);
    expect(
      header.signals.every((s) => s.format === 16 && s.adcGain === 1000 && s.baseline === 0),
    ).toBe(true);
  });

  it('LUDB 1: per-lead gain and baseline from the header (lead i: 1716(6)/mV, first value -120)', async () => {
    const { record, header } = await loadWfdbRecord(sharedDataPath('ecg', 'ludb', '1.hea'));
    expect(header.signals.map((s) => s.adcGain).slice(0, 3)).toEqual([1716, 1206, 1229]);
    expect(record.leads[0]?.samplesUv[0]).toBeCloseTo(((-120 - 6) / 1716) * 1000, 3);
    expect(record.patient).toEqual({ ageYears: 51, sex: 'female' });
    expect(record.comments).toContain('Rhythm: Sinus bradycardia.');
  });

  it('Challenge PTB-XL HR00001: `16+24` .mat, date and time, Age/Sex comments', async () => {
    const { record } = await loadWfdbRecord(sharedDataPath('ecg', 'ptbxl', 'HR00001.hea'));
    expect(record.acquisitionTime).toEqual({ date: '2020-06-04', time: '15:11:55' });
    expect(record.patient).toEqual({ ageYears: 56, sex: 'female' });
    // The header says 200/mV (the data README says 1000 adu/mV for .mat files); the header wins.
    expect(record.leads[0]?.samplesUv[0]).toBeCloseTo((-115 / 200) * 1000, 3);
  });

  it('PTB s0010_re: 12 leads in .dat plus Frank vx vy vz in .xyz, 2000 adu/mV', async () => {
    const { record } = await loadWfdbRecord(sharedDataPath('ecg', 'ptbdb', 's0010_re.hea'));
    expect(record.leads.map((l) => l.name).slice(-4)).toEqual(['V6', 'X', 'Y', 'Z']);
    expect(record.leads[12]?.samplesUv[0]).toBeCloseTo((-3 / 2000) * 1000, 3);
    expect(record.patient).toEqual({ ageYears: 81, sex: 'female' });
  });
});

describe('../shared/data/ecg-formats/wfdb', () => {
  it('100 reads like mitdb/100 (same bytes per SOURCES.csv), checksums verify', async () => {
    const { record } = await loadWfdbRecord(sharedDataPath('ecg-formats', 'wfdb', '100.hea'));
    expect([record.sampleRateHz, record.leads[0]?.samplesUv.length, record.warnings]).toEqual([
      360,
      650000,
      [],
    ]);
  });

  it('s0010_re.hea names s0010_re.xyz, which the folder lacks → its 12 leads, one warning naming it', async () => {
    const { record } = await loadWfdbRecord(sharedDataPath('ecg-formats', 'wfdb', 's0010_re.hea'));
    // The header lists 15 signals: 12 in s0010_re.dat, the Frank leads vx, vy, vz in .xyz.
    expect(record.leads.map((l) => l.name)).toHaveLength(12);
    expect(record.warnings.join('\n')).toMatch(/s0010_re\.xyz/);
  });
});
