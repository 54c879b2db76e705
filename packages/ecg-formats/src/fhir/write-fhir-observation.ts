/**
 * Writer of an ECG as a FHIR R4 Observation, after the specification's own ECG example
 * (https://hl7.org/fhir/R4/observation-example-sample-data.html): `code` MDC 131328
 * `MDC_ECG_ELEC_POTL`, one `component` per lead coded `MDC_ECG_ELEC_POTL_<lead>` with a
 * `valueSampledData` (origin 0 µV, period in ms, factor = the lead's exact µV step, data the
 * integers, `E` for invalid samples). Patient and cart go in contained resources; the cart's
 * measurements become `valueQuantity` components and its statements `note`s.
 */
import { mdcPotentialCode, MDC_ECG_ELEC_POTL } from '../aecg/mdc-leads.js';
import { chooseSampleScale } from '../aecg/sample-scale.js';
import { EcgFormatError } from '../errors.js';
import type { EcgRecord } from '../record.js';
import { encodeUtf8 } from '../xml/xml-write.js';
import { fhirDateTime } from './fhir-date-time.js';
import type {
  FhirDevice,
  FhirObservation,
  FhirObservationComponent,
  FhirPatient,
  FhirReference,
} from './fhir-types.js';

/** The MDC code system as FHIR names it (by OID, as the R4 example does). */
export const MDC_SYSTEM = 'urn:oid:2.16.840.1.113883.6.24';
/** UCUM, the unit system of every quantity written. */
export const UCUM_SYSTEM = 'http://unitsofmeasure.org';

/** Options of {@link writeFhirObservation}. */
export interface WriteFhirObservationOptions {
  /** `Observation.id`. */
  id?: string;
  /** `Observation.subject` to use instead of a contained Patient (e.g. `Patient/123`). */
  subject?: FhirReference;
}

/**
 * The record as a FHIR R4 Observation (plain JSON-ready object).
 * @param record - the record; any sample rate > 0, NaN samples allowed (written as `E`)
 * @param options - resource id, subject reference
 * @returns the Observation; `JSON.stringify` it, or use {@link writeFhirObservationJson}
 * @throws EcgFormatError `bad-data` for a record without leads or a sample rate ≤ 0,
 *   `unsupported` when a lead has no exact decimal or binary µV step
 * @example
 * const observation = writeFhirObservation(record);
 * observation.component?.[0]?.valueSampledData?.period; // 2 (ms, at 500 Hz)
 */
export function writeFhirObservation(
  record: EcgRecord,
  options: WriteFhirObservationOptions = {},
): FhirObservation {
  if (record.leads.length === 0 || !(record.sampleRateHz > 0)) {
    throw new EcgFormatError(
      'bad-data',
      'A record needs leads and a sample rate > 0 to be written',
    );
  }
  const observation: FhirObservation = {
    resourceType: 'Observation',
    ...(options.id === undefined ? {} : { id: options.id }),
    status: 'final',
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/observation-category',
            code: 'procedure',
            display: 'Procedure',
          },
        ],
      },
    ],
    code: {
      coding: [
        { system: MDC_SYSTEM, code: String(MDC_ECG_ELEC_POTL), display: 'MDC_ECG_ELEC_POTL' },
      ],
    },
  };
  const contained: (FhirPatient | FhirDevice)[] = [];
  const patient = containedPatient(record);
  if (options.subject !== undefined) {
    observation.subject = options.subject;
  } else if (patient !== undefined) {
    contained.push(patient);
    observation.subject = { reference: `#${patient.id}` };
  }
  const effective = record.acquisitionTime && fhirDateTime(record.acquisitionTime);
  if (effective !== undefined) {
    observation.effectiveDateTime = effective;
  }
  const device = containedDevice(record);
  if (device !== undefined) {
    contained.push(device);
    observation.device = { reference: `#${device.id}` };
  }
  if (contained.length > 0) {
    observation.contained = contained;
  }
  if (record.cartStatements.length > 0) {
    observation.note = record.cartStatements.map((statement) => ({ text: statement.text }));
  }
  observation.component = [
    ...record.leads.map((lead) => leadComponent(lead.name, lead.samplesUv, record.sampleRateHz)),
    ...record.cartMeasurements.map((measurement): FhirObservationComponent => ({
      code: { text: measurement.code },
      valueQuantity: {
        value: measurement.value,
        unit: measurement.unit,
        system: UCUM_SYSTEM,
        code: measurement.unit,
      },
    })),
  ];
  return observation;
}

/**
 * {@link writeFhirObservation}, serialised as UTF-8 JSON.
 * @example new TextDecoder().decode(writeFhirObservationJson(record)).startsWith('{') // true
 */
export function writeFhirObservationJson(
  record: EcgRecord,
  options: WriteFhirObservationOptions = {},
): Uint8Array {
  return encodeUtf8(JSON.stringify(writeFhirObservation(record, options)));
}

function leadComponent(
  name: string,
  samplesUv: Float32Array,
  sampleRateHz: number,
): FhirObservationComponent {
  const scale = chooseSampleScale(samplesUv);
  if (scale === undefined) {
    throw new EcgFormatError('unsupported', `Lead ${name} has no exact µV step for SampledData`, {
      field: `lead ${name}`,
    });
  }
  const mdc = mdcPotentialCode(name);
  let data = '';
  for (let i = 0; i < scale.digits.length; i++) {
    const digit = scale.digits[i] as number;
    data += (i === 0 ? '' : ' ') + (Number.isFinite(digit) ? String(digit) : 'E');
  }
  return {
    code:
      mdc === undefined
        ? { text: name }
        : { coding: [{ system: MDC_SYSTEM, code: mdc.code, display: mdc.display }], text: name },
    valueSampledData: {
      origin: { value: 0, unit: 'µV', system: UCUM_SYSTEM, code: 'uV' },
      period: 1000 / sampleRateHz,
      factor: Number(scale.scaleText),
      dimensions: 1,
      data,
    },
  };
}

function containedPatient(record: EcgRecord): FhirPatient | undefined {
  const { id, name, sex, birthDate } = record.patient;
  if (id === undefined && name === undefined && sex === undefined && birthDate === undefined) {
    return undefined;
  }
  return {
    resourceType: 'Patient',
    id: 'patient',
    ...(id === undefined ? {} : { identifier: [{ value: id }] }),
    ...(name === undefined ? {} : { name: [{ text: name }] }),
    ...(sex === undefined ? {} : { gender: sex }),
    ...(birthDate === undefined ? {} : { birthDate }),
  };
}

function containedDevice(record: EcgRecord): FhirDevice | undefined {
  const { manufacturer, model, serialNumber, softwareVersion, institution } = record.device;
  if (
    [manufacturer, model, serialNumber, softwareVersion, institution].every((v) => v === undefined)
  ) {
    return undefined;
  }
  return {
    resourceType: 'Device',
    id: 'device',
    ...(manufacturer === undefined ? {} : { manufacturer }),
    ...(serialNumber === undefined ? {} : { serialNumber }),
    ...(model === undefined ? {} : { deviceName: [{ name: model, type: 'model-name' as const }] }),
    ...(softwareVersion === undefined ? {} : { version: [{ value: softwareVersion }] }),
    ...(institution === undefined ? {} : { owner: { display: institution } }),
  };
}
