/**
 * Reader of the FHIR R4 ECG Observation that {@link writeFhirObservation} writes (and of the R4
 * specification's own example): every component with a one-dimensional `valueSampledData` is a
 * lead, value = origin + factor × datum in the origin's unit, `E`/`L`/`U` → NaN; components with
 * the same lead code are chunks of one lead, joined in order.
 */
import { sampleRateFromInterval } from '../aecg/aecg-units.js';
import type { EcgFileReader, EcgReadOptions } from '../detect/file-reader.js';
import { EcgFormatError } from '../errors.js';
import type { EcgRecord } from '../record.js';
import { decodeText } from '../text/decode-text.js';
import { parseFhirDateTime } from './fhir-date-time.js';
import { readFhirContext } from './read-fhir-context.js';
import { jsonArray, jsonNumber, jsonObject } from './json-access.js';
import {
  concat,
  equaliseLengths,
  leadName,
  readSampledData,
  type LeadLabel,
} from './read-sampled-data.js';

/**
 * Reads an ECG Observation (parsed JSON) into a record.
 * @param resource - the Observation, as parsed from JSON
 * @param options - `lenient` (default true): pad leads of unequal length with NaN and assume µV
 *   for an origin without unit, with a warning, instead of refusing
 * @throws EcgFormatError `not-ecg` when it is not an Observation with sampled data, `bad-data`
 *   for malformed data, `unsupported` for multi-dimensional data or leads at different rates
 * @example readFhirObservation(writeFhirObservation(record)).leads[0]?.samplesUv // record's samples
 */
export function readFhirObservation(resource: unknown, options: EcgReadOptions = {}): EcgRecord {
  const lenient = options.lenient ?? true;
  const observation = jsonObject(resource);
  if (observation?.['resourceType'] !== 'Observation') {
    throw new EcgFormatError('not-ecg', 'JSON is not a FHIR Observation', {
      field: 'resourceType',
    });
  }
  const warnings: string[] = [];
  const chunks = new Map<string, { lead: LeadLabel; parts: Float32Array[] }>();
  let periodMs: number | undefined;
  jsonArray(observation['component']).forEach((item, index) => {
    const component = jsonObject(item);
    const sampled = jsonObject(component?.['valueSampledData']);
    if (component === undefined || sampled === undefined) {
      return;
    }
    const field = `component[${index}].valueSampledData`;
    const period = jsonNumber(sampled['period']);
    if (period === undefined || !(period > 0) || (periodMs !== undefined && period !== periodMs)) {
      throw new EcgFormatError(
        period === undefined || !(period > 0) ? 'bad-header' : 'unsupported',
        `SampledData period ${String(sampled['period'])} ms is not the record's sample period`,
        { field: `${field}.period` },
      );
    }
    periodMs = period;
    const samples = readSampledData(sampled, field, lenient, warnings);
    const name = leadName(jsonObject(component['code']), index);
    const existing = chunks.get(name.name);
    if (existing === undefined) {
      chunks.set(name.name, { lead: name, parts: [samples] });
    } else {
      existing.parts.push(samples);
    }
  });
  if (periodMs === undefined || chunks.size === 0) {
    throw new EcgFormatError('not-ecg', 'FHIR Observation has no sampled-data component', {
      field: 'component',
    });
  }
  const leads = [...chunks.values()].map(({ lead, parts }) => ({
    ...lead,
    samplesUv: concat(parts),
  }));
  equaliseLengths(leads, lenient, warnings);
  const record: EcgRecord = {
    sampleRateHz: sampleRateFromInterval(periodMs / 1000),
    leads,
    ...readFhirContext(observation),
    comments: [],
    format: { name: 'FHIR Observation', version: 'R4' },
    warnings,
  };
  const acquisitionTime = parseFhirDateTime(observation['effectiveDateTime']);
  if (acquisitionTime !== undefined) {
    record.acquisitionTime = acquisitionTime;
  }
  return record;
}

/**
 * Reads an ECG Observation from UTF-8 JSON bytes.
 * @throws EcgFormatError `bad-data` when the bytes are not JSON, else as {@link readFhirObservation}
 * @example readFhirObservationJson(writeFhirObservationJson(record)).sampleRateHz // record's rate
 */
export function readFhirObservationJson(bytes: Uint8Array, options?: EcgReadOptions): EcgRecord {
  let resource: unknown;
  try {
    resource = JSON.parse(decodeText(bytes, 'utf-8'));
  } catch (error) {
    throw new EcgFormatError('bad-data', 'FHIR resource is not valid JSON', {
      byteOffset: 0,
      cause: error,
    });
  }
  return readFhirObservation(resource, options);
}

/** The reader of FHIR ECG Observations in JSON, recognised by `"resourceType": "Observation"`. */
export const fhirObservationReader: EcgFileReader = {
  name: 'FHIR Observation',
  sniff: (bytes) =>
    /^\s*\{[\s\S]*"resourceType"\s*:\s*"Observation"/.test(decodeText(bytes.subarray(0, 4096))),
  read: readFhirObservationJson,
};
