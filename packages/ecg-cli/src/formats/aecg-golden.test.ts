import { readFileSync } from 'node:fs';
import { aecgReader, readAecg, type AecgRecord } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../disk/shared-data.js';
import { GOLDEN_AECG, GOLDEN_AECG_MEDIAN } from './golden-aecg.js';
import type { GoldenSample } from './golden-types.js';

function load(path: string): Uint8Array {
  return new Uint8Array(readFileSync(sharedDataPath(...path.split('/'))));
}

function expectSamples(
  leads: { name: string; samplesUv: Float32Array }[],
  samples: readonly GoldenSample[],
): void {
  for (const sample of samples) {
    const lead = leads.find((candidate) => candidate.name === sample.lead);
    expect(lead, `lead ${sample.lead}`).toBeDefined();
    const value = lead?.samplesUv[sample.index];
    expect(Math.abs((value ?? NaN) - sample.valueUv)).toBeLessThanOrEqual(sample.toleranceUv);
  }
}

describe.each(GOLDEN_AECG)('aECG golden $path', (golden) => {
  const bytes = load(golden.path);
  const record = aecgReader.read(bytes);

  it('is recognised by content', () => {
    expect(aecgReader.sniff(bytes)).toBe(true);
    expect(record.format.name).toBe(golden.format);
  });

  it('has the leads, rate and length of the file', () => {
    expect(record.leads.map((lead) => lead.name)).toEqual(golden.leads);
    expect(record.sampleRateHz).toBe(golden.sampleRateHz);
    for (const lead of record.leads) {
      expect(lead.samplesUv.length).toBe(golden.sampleCount);
    }
  });

  it('has the checked sample values in µV', () => {
    expectSamples(record.leads, golden.samples);
  });
});

describe('aECG HL7 example: everything besides the rhythm', () => {
  const bytes = load(GOLDEN_AECG_MEDIAN.path);
  const record: AecgRecord = readAecg(bytes);
  const text = new TextDecoder().decode(bytes);

  it('reads the REPRESENTATIVE_BEAT derived series as medianBeats', () => {
    const beats = record.medianBeats;
    expect(beats?.sampleRateHz).toBe(GOLDEN_AECG_MEDIAN.sampleRateHz);
    expect(beats?.leads.map((lead) => lead.name)).toEqual(GOLDEN_AECG_MEDIAN.leads);
    for (const lead of beats?.leads ?? []) {
      expect(lead.samplesUv.length).toBe(GOLDEN_AECG_MEDIAN.sampleCount);
    }
    expectSamples(beats?.leads ?? [], GOLDEN_AECG_MEDIAN.samples);
  });

  it('reads patient, time and device as the XML states them', () => {
    // Values as written in the file: trialSubject/id@extension="SBJ-123",
    // administrativeGenderCode@code="M", birthTime@value="19530508", relatedObservation 21612-7
    // value="46" unit="a"; GLIST_TS head "20021122091000.000"; seriesAuthor names the device.
    const name = /<subjectDemographicPerson>[\s\S]*?<name>([^<]*)<\/name>/.exec(text)?.[1];
    expect(record.patient).toEqual({
      id: 'SBJ-123',
      name,
      sex: 'male',
      birthDate: '1953-05-08',
      ageYears: 46,
    });
    expect(record.acquisitionTime).toEqual({ date: '2002-11-22', time: '09:10:00.000' });
    expect(record.device).toEqual({
      manufacturer: 'Mortara Instrument, Inc.',
      model: 'ELI250',
      softwareVersion: '5.3',
      serialNumber: '0',
      institution: 'River City ECG Collection Service',
    });
    expect(record.comments).toEqual(['Subject felt dizzy 2 minutes prior to ECG collection']);
  });

  it('reads the global measurements and the rhythm statement, not per-beat values', () => {
    // The derived series' annotation set (file lines ~5930–5986): P 102 ms, PR 148, QRS 120,
    // QT 420, QTc 443, axes P 44°, QRS −61°, T 86°; the rhythm set: MDC_ECG_RHY "Sinus Rhythm".
    expect(record.cartMeasurements).toEqual([
      { code: 'MDC_ECG_TIME_PD_P', value: 102, unit: 'ms' },
      { code: 'MDC_ECG_TIME_PD_PR', value: 148, unit: 'ms' },
      { code: 'MDC_ECG_TIME_PD_QRS', value: 120, unit: 'ms' },
      { code: 'MDC_ECG_TIME_PD_QT', value: 420, unit: 'ms' },
      { code: 'MDC_ECG_TIME_PD_QTc', value: 443, unit: 'ms' },
      { code: 'MDC_ECG_ANGLE_P_FRONT', value: 44, unit: 'deg' },
      { code: 'MDC_ECG_ANGLE_QRS_FRONT', value: -61, unit: 'deg' },
      { code: 'MDC_ECG_ANGLE_T_FRONT', value: 86, unit: 'deg' },
    ]);
    expect(record.cartStatements).toEqual([
      { text: 'Sinus Rhythm', code: 'MDC_ECG_RHY_SINUS_RHY', codingSystem: 'MDC' },
    ]);
    expect(record.warnings).toEqual([]);
  });
});

describe('aECG minimum document', () => {
  it('reads its 13 samples and warns that 26 ms is too short to analyse', () => {
    const record = readAecg(load('ecg-formats/hl7-aecg/minimum_aecg.xml'));
    expect(record.patient).toEqual({ id: 'SBJ-123' });
    expect(record.acquisitionTime).toEqual({ date: '2002-11-22', time: '09:10:00' });
    expect(record.medianBeats).toBeUndefined();
    expect(record.warnings).toEqual(['Rhythm holds only 26 ms of signal (13 samples per lead)']);
  });
});
