/**
 * The FHIR R4 ECG Observation: written as in the specification's example
 * (https://hl7.org/fhir/R4/observation-example-sample-data.html) and read back with every sample
 * identical, from the real HL7 aECG example.
 */
import { readFileSync } from 'node:fs';
import {
  aecgReader,
  EcgFormatError,
  fhirObservationReader,
  fuzzReader,
  readAecg,
  readFhirObservation,
  readFhirObservationJson,
  writeFhirObservation,
  writeFhirObservationJson,
  type EcgRecord,
} from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../disk/shared-data.js';

const MDC = 'urn:oid:2.16.840.1.113883.6.24';
const record = readAecg(
  new Uint8Array(readFileSync(sharedDataPath('ecg-formats', 'hl7-aecg', 'hl7_Example_aECG.xml'))),
);

function refusal(run: () => unknown): EcgFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof EcgFormatError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected an EcgFormatError');
}

describe('writeFhirObservation', () => {
  const observation = writeFhirObservation(record, { id: 'ekg' });

  it('codes the Observation and its leads as the R4 ECG example does', () => {
    expect(observation).toMatchObject({
      resourceType: 'Observation',
      id: 'ekg',
      status: 'final',
      category: [{ coding: [{ code: 'procedure' }] }],
      code: { coding: [{ system: MDC, code: '131328', display: 'MDC_ECG_ELEC_POTL' }] },
    });
    const codes = observation.component
      ?.filter((component) => component.valueSampledData !== undefined)
      .map((component) => component.code.coding?.[0]?.code);
    // 11073-10101 partition 2: MDC_ECG_ELEC_POTL 256 + lead (I 1, II 2, V1–V6 3–8, III 61,
    // aVR 62, aVL 63, aVF 64); the R4 example's lead I is 131329.
    expect(codes).toEqual([
      '131329',
      '131330',
      '131331',
      '131332',
      '131333',
      '131334',
      '131335',
      '131336',
      '131389',
      '131390',
      '131391',
      '131392',
    ]);
  });

  it('writes each lead as SampledData: the file digits, its 2.5 µV factor, period 2 ms', () => {
    const lead = observation.component?.[0]?.valueSampledData;
    expect(lead).toMatchObject({
      origin: { value: 0, code: 'uV', system: 'http://unitsofmeasure.org' },
      period: 2,
      factor: 2.5,
      dimensions: 1,
    });
    // The first digits of MDC_ECG_LEAD_I in the aECG file: "-2 -2 -2 -2 -3 -4 -3 -5 -5 -4".
    expect(lead?.data?.split(' ').slice(0, 10).join(' ')).toBe('-2 -2 -2 -2 -3 -4 -3 -5 -5 -4');
    expect(lead?.data?.split(' ')).toHaveLength(5000);
  });

  it('keeps patient and cart in contained resources, findings as components and notes', () => {
    expect(observation.subject).toEqual({ reference: '#patient' });
    expect(observation.device).toEqual({ reference: '#device' });
    expect(observation.effectiveDateTime).toBe('2002-11-22'); // no UTC offset in the file
    expect(observation.note).toEqual([{ text: 'Sinus Rhythm' }]);
    expect(observation.component?.at(-1)).toEqual({
      code: { text: 'MDC_ECG_ANGLE_T_FRONT' },
      valueQuantity: { value: 86, unit: 'deg', system: 'http://unitsofmeasure.org', code: 'deg' },
    });
  });
});

describe('readFhirObservation', () => {
  it('reads back what was written: identical samples and metadata', () => {
    const again = readFhirObservation(writeFhirObservation(record));
    expect(again.sampleRateHz).toBe(500);
    expect(again.leads.map((lead) => [lead.name, lead.samplesUv])).toEqual(
      record.leads.map((lead) => [lead.name, lead.samplesUv]),
    );
    expect(again.patient).toEqual({ ...record.patient, ageYears: undefined });
    expect(again.device).toEqual(record.device);
    expect(again.cartMeasurements).toEqual(record.cartMeasurements);
    expect(again.cartStatements).toEqual([{ text: 'Sinus Rhythm' }]);
    expect(again.acquisitionTime).toEqual({ date: '2002-11-22' });
    expect(again.warnings).toEqual([]);
  });

  it('round-trips through JSON bytes, and only the FHIR reader claims them', () => {
    const bytes = writeFhirObservationJson(record);
    expect(fhirObservationReader.sniff(bytes)).toBe(true);
    expect(aecgReader.sniff(bytes)).toBe(false);
    const again = readFhirObservationJson(bytes);
    expect(again.leads.map((lead) => lead.samplesUv)).toEqual(
      record.leads.map((lead) => lead.samplesUv),
    );
  });

  it('writes invalid samples as E and reads them back as NaN, at any rate', () => {
    const withGaps: EcgRecord = {
      ...record,
      sampleRateHz: 360,
      leads: [{ name: 'II', samplesUv: new Float32Array([1.5, NaN, -3, 0.25]) }],
    };
    const observation = writeFhirObservation(withGaps);
    expect(observation.component?.[0]?.valueSampledData?.data).toBe('6 E -12 1');
    const again = readFhirObservation(observation);
    expect(again.sampleRateHz).toBe(360);
    expect(again.leads[0]?.samplesUv).toEqual(withGaps.leads[0]?.samplesUv);
  });

  it('reads the R4 example: value = origin + factor × datum, E/L/U as NaN', () => {
    // First data of lead I in the R4 example (origin 2048, period 10 ms, factor 1.612, limits
    // ±3300); the example gives the origin without a unit, so µV is assumed with a warning.
    const example = {
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: MDC, code: '131328', display: 'MDC_ECG_ELEC_POTL' }] },
      component: [
        {
          code: { coding: [{ system: MDC, code: '131329', display: 'MDC_ECG_ELEC_POTL_I' }] },
          valueSampledData: {
            origin: { value: 2048 },
            period: 10,
            factor: 1.612,
            lowerLimit: -3300,
            upperLimit: 3300,
            dimensions: 1,
            data: '2041 2043 2037 2047 2060 E L U',
          },
        },
      ],
    };
    const read = readFhirObservation(example);
    expect(read.sampleRateHz).toBe(100);
    expect(read.leads[0]?.name).toBe('I');
    const expected = [2041, 2043, 2037, 2047, 2060].map((d) => Math.fround(2048 + 1.612 * d));
    expect(Array.from(read.leads[0]?.samplesUv ?? []).slice(0, 5)).toEqual(expected);
    expect(Array.from(read.leads[0]?.samplesUv ?? []).slice(5)).toEqual([NaN, NaN, NaN]);
    expect(read.warnings).toEqual(['component[0].valueSampledData.origin has no unit; µV assumed']);
  });

  it.each([
    [{ resourceType: 'Patient' }, 'not-ecg'],
    [{ resourceType: 'Observation', component: [] }, 'not-ecg'],
    [sampled({ dimensions: 2 }), 'unsupported'],
    [sampled({ data: '1 2 x' }), 'bad-data'],
    [sampled({ period: 0 }), 'bad-header'],
    [sampled({ origin: { value: 0, code: 'mmHg' } }), 'bad-header'],
  ])('refuses %j as %s', (resource, code) => {
    expect(refusal(() => readFhirObservation(resource)).code).toBe(code);
  });

  it('refuses leads at different periods and bytes that are not JSON', () => {
    const two = sampled({});
    two.component.push({ ...two.component[0], valueSampledData: { ...base, period: 4 } });
    expect(refusal(() => readFhirObservation(two)).code).toBe('unsupported');
    expect(refusal(() => readFhirObservationJson(new Uint8Array([0x7b, 0x22]))).code).toBe(
      'bad-data',
    );
  });

  it('reads or refuses 300 mutants of a written Observation with typed errors only', () => {
    const short: EcgRecord = {
      ...record,
      leads: record.leads.map((lead) => ({ ...lead, samplesUv: lead.samplesUv.subarray(0, 500) })),
    };
    const report = fuzzReader(fhirObservationReader, [writeFhirObservationJson(short)], {
      iterations: 300,
      seed: 7,
    });
    expect(report.failures).toEqual([]);
  });
});

const base = { origin: { value: 0, code: 'uV' }, period: 2, dimensions: 1, data: '1 2 3' };

/** An Observation with one lead whose SampledData has `changes`. */
function sampled(changes: Record<string, unknown>): {
  resourceType: string;
  component: Record<string, unknown>[];
} {
  return {
    resourceType: 'Observation',
    component: [{ code: { text: 'II' }, valueSampledData: { ...base, ...changes } }],
  };
}
