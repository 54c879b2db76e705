/**
 * Patient, device and the cart's findings of an ECG Observation: the contained Patient and Device
 * the subject and device references point at (`#id`), `valueQuantity` components as measurements
 * and `note`s as statements, the inverse of what `writeFhirObservation` writes.
 */
import type { CartMeasurement, CartStatement, EcgDevice, EcgPatient } from '../record.js';
import { jsonArray, jsonNumber, jsonObject, jsonString, type JsonObject } from './json-access.js';

const GENDERS = new Set(['male', 'female', 'other', 'unknown']);

/**
 * The non-signal parts of an ECG Observation.
 * @param observation - the Observation, as parsed JSON
 * @example readFhirContext(observation).patient.id // 'SBJ-123'
 */
export function readFhirContext(observation: JsonObject): {
  patient: EcgPatient;
  device: EcgDevice;
  cartMeasurements: CartMeasurement[];
  cartStatements: CartStatement[];
} {
  const subject = jsonObject(observation['subject']);
  const patientResource = contained(observation, subject);
  const patient: EcgPatient = {};
  const id =
    jsonString(jsonObject(jsonArray(patientResource?.['identifier'])[0])?.['value']) ??
    jsonString(jsonObject(subject?.['identifier'])?.['value']);
  const name =
    jsonString(jsonObject(jsonArray(patientResource?.['name'])[0])?.['text']) ??
    jsonString(subject?.['display']);
  const gender = jsonString(patientResource?.['gender']);
  const birthDate = jsonString(patientResource?.['birthDate']);
  Object.assign(
    patient,
    id === undefined ? {} : { id },
    name === undefined ? {} : { name },
    gender === undefined || !GENDERS.has(gender) ? {} : { sex: gender },
    birthDate === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? {} : { birthDate },
  );
  const deviceResource = contained(observation, jsonObject(observation['device']));
  const device: EcgDevice = {};
  const model = jsonArray(deviceResource?.['deviceName'])
    .map(jsonObject)
    .find((entry) => entry?.['type'] === 'model-name');
  const fields: [keyof EcgDevice, string | undefined][] = [
    ['manufacturer', jsonString(deviceResource?.['manufacturer'])],
    ['model', jsonString(model?.['name'])],
    ['serialNumber', jsonString(deviceResource?.['serialNumber'])],
    [
      'softwareVersion',
      jsonString(jsonObject(jsonArray(deviceResource?.['version'])[0])?.['value']),
    ],
    ['institution', jsonString(jsonObject(deviceResource?.['owner'])?.['display'])],
  ];
  for (const [key, value] of fields) {
    if (value !== undefined) {
      device[key] = value;
    }
  }
  const cartMeasurements: CartMeasurement[] = [];
  for (const item of jsonArray(observation['component'])) {
    const component = jsonObject(item);
    const quantity = jsonObject(component?.['valueQuantity']);
    const code = jsonObject(component?.['code']);
    const text =
      jsonString(code?.['text']) ??
      jsonString(jsonObject(jsonArray(code?.['coding'])[0])?.['display']);
    const value = jsonNumber(quantity?.['value']);
    if (text !== undefined && value !== undefined) {
      cartMeasurements.push({
        code: text,
        value,
        unit: jsonString(quantity?.['code']) ?? jsonString(quantity?.['unit']) ?? '1',
      });
    }
  }
  const cartStatements = jsonArray(observation['note'])
    .map((note) => jsonString(jsonObject(note)?.['text']))
    .filter((text): text is string => text !== undefined)
    .map((text) => ({ text }));
  return { patient, device, cartMeasurements, cartStatements };
}

/** The contained resource a `#id` reference points at. */
function contained(
  observation: JsonObject,
  reference: JsonObject | undefined,
): JsonObject | undefined {
  const target = jsonString(reference?.['reference']);
  if (target?.startsWith('#') !== true) {
    return undefined;
  }
  return jsonArray(observation['contained'])
    .map(jsonObject)
    .find((resource) => resource?.['id'] === target.slice(1));
}
