/**
 * read → `writeWfdbRecord` → `readWfdbRecord` round trips on the real samples: MIT-BIH 100 and
 * PTB s0010_re (WFDB), the Contec ECG90A file and the EDF+ generator file. The samples must come
 * back as the identical float32 values (the writer finds each lead's µV step: 5 µV for 100, 0.5 µV
 * for s0010_re, 5 and 2.5 µV for Contec, 1000/65535 µV for EDF), with rate, time, comments and
 * age/sex unchanged; where a format's width cannot hold a lead exactly, the writer says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  parseWfdbHeader,
  readContecEcg,
  readEdfRecord,
  readWfdbRecord,
  writeWfdbRecord,
} from '@gesang/ecg-formats';
import type { EcgRecord } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../disk/shared-data.js';

function load(path: string): Uint8Array {
  return new Uint8Array(readFileSync(sharedDataPath(...path.split('/'))));
}

function loadWfdb(path: string): EcgRecord {
  const heaPath = sharedDataPath(...path.split('/'));
  const header = parseWfdbHeader(readFileSync(heaPath, 'latin1'));
  const files: Record<string, Uint8Array> = {};
  for (const { fileName } of header.signals) {
    const filePath = join(dirname(heaPath), fileName);
    if (existsSync(filePath)) {
      files[fileName] = new Uint8Array(readFileSync(filePath));
    }
  }
  return readWfdbRecord(header, files);
}

/** Samples that differ (Object.is: NaN equals NaN, −0 differs from +0), over all leads. */
function differences(a: EcgRecord, b: EcgRecord): number {
  let count = 0;
  a.leads.forEach((lead, k) => {
    const other = b.leads[k]?.samplesUv;
    lead.samplesUv.forEach((v, i) => (count += Object.is(v, other?.[i]) ? 0 : 1));
  });
  return count;
}

function roundTrip(record: EcgRecord, format: 16 | 212): { back: EcgRecord; warnings: string[] } {
  const written = writeWfdbRecord(record, { name: 'roundtrip', format });
  return {
    back: readWfdbRecord(parseWfdbHeader(written.header), written.files),
    warnings: written.warnings,
  };
}

const SOURCES: [string, () => EcgRecord][] = [
  ['100', () => loadWfdb('ecg-formats/wfdb/100.hea')],
  ['s0010_re', () => loadWfdb('ecg-formats/wfdb/s0010_re.hea')],
  ['0000037.ECG', () => readContecEcg(load('ecg-formats/contec-ecg90a/0000037.ECG'))],
  ['test_generator_2.edf', () => readEdfRecord(load('ecg-formats/edf/test_generator_2.edf'))],
];

describe('WFDB write → read round trips of the real samples', () => {
  it.each(SOURCES)(
    '%s in format 16: identical samples and metadata',
    (_, read) => {
      const record = read();
      const { back, warnings } = roundTrip(record, 16);
      expect(warnings.filter((w) => w.includes('not exactly representable'))).toEqual([]);
      expect(differences(record, back)).toBe(0);
      expect(back.leads.map((l) => [l.name, l.sourceName])).toEqual(
        record.leads.map((l) => [l.name, l.sourceName]),
      );
      expect(back.sampleRateHz).toBe(record.sampleRateHz);
      expect(back.acquisitionTime).toEqual(record.acquisitionTime);
      expect(back.comments.slice(0, record.comments.length)).toEqual(record.comments);
      expect(back.patient.ageYears).toBe(record.patient.ageYears);
      expect(back.patient.sex).toBe(record.patient.sex);
      expect(back.warnings).toEqual([]);
    },
    20_000,
  );

  it('100 and Contec also survive format 212 exactly (5 µV and 2.5 µV steps in 12 bits)', () => {
    for (const [, read] of SOURCES.filter(([name]) => name === '100' || name === '0000037.ECG')) {
      const record = read();
      const { back, warnings } = roundTrip(record, 212);
      expect(warnings.filter((w) => w.includes('not exactly representable'))).toEqual([]);
      expect(differences(record, back)).toBe(0);
    }
  }, 20_000);

  it('s0010_re in format 212: the leads whose range needs more than 12 bits are quantised, with a warning', () => {
    const record = loadWfdb('ecg-formats/wfdb/s0010_re.hea');
    const { back, warnings } = roundTrip(record, 212);
    const quantised = warnings.filter((w) => w.includes('not exactly representable'));
    expect(quantised.length).toBeGreaterThan(0);
    let worst = 0;
    record.leads.forEach((lead, k) =>
      lead.samplesUv.forEach(
        (v, i) => (worst = Math.max(worst, Math.abs(v - (back.leads[k]?.samplesUv[i] ?? NaN)))),
      ),
    );
    // 12 bits over a lead's range: the error stays below one step of range / 4094.
    expect(worst).toBeLessThan(2);
  }, 20_000);
});
