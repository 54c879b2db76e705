/**
 * One GE MUSE `LeadData` element: base64 little-endian int16 samples in `WaveFormData`, scaled by
 * `LeadAmplitudeUnitsPerBit` in `LeadAmplitudeUnits`, with a CRC-32 of the bytes. Field names as
 * in GE's `restecg.dtd` (MUSE RestingECG XML export, as written by MUSE 8–9).
 */
import { EcgFormatError } from '../errors.js';
import type { XmlElement } from '../xml/xml-types.js';
import { decodeBase64 } from './base64.js';
import { crc32 } from './crc32.js';
import { xmlFind } from '../xml/xml-query.js';
import { parseDecimal, parseWholeNumber, textAt } from './xml-access.js';

/** Microvolts per `LeadAmplitudeUnits` unit, by upper-cased unit name. */
const MICROVOLTS_PER_UNIT: ReadonlyMap<string, number> = new Map([
  ['MICROVOLTS', 1],
  ['MILLIVOLTS', 1e3],
  ['VOLTS', 1e6],
]);

/** A decoded lead, before lead-name normalisation. */
export interface MuseLeadData {
  /** `LeadID` as written, e.g. `I`, `V1`. */
  leadId: string;
  samplesUv: Float32Array;
}

/**
 * Decodes one `LeadData` element.
 * @param element - the `LeadData` element
 * @param lenient - tolerate a CRC mismatch or a missing scale, with a warning
 * @param warnings - receives what was tolerated
 * @returns the lead id and its samples in µV
 * @throws EcgFormatError `bad-header` (missing id or scale, unknown unit, sample size not 2),
 *   `truncated` (fewer bytes than `LeadSampleCountTotal` promises), `bad-data` (bad base64, CRC
 *   mismatch when not lenient); `field` is the XML path
 * @example
 * const { leadId, samplesUv } = readMuseLeadData(leadDataElement, true, warnings);
 */
export function readMuseLeadData(
  element: XmlElement,
  lenient: boolean,
  warnings: string[],
): MuseLeadData {
  const field = element.path;
  const leadId = textAt(element, 'LeadID');
  if (leadId === undefined) {
    throw new EcgFormatError('bad-header', `${field} has no LeadID`, { field: `${field}/LeadID` });
  }
  const label = `MUSE lead ${leadId}`;
  const sampleSize = parseWholeNumber(textAt(element, 'LeadSampleSize')) ?? 2;
  if (sampleSize !== 2) {
    throw new EcgFormatError(
      'bad-header',
      `${label}: LeadSampleSize ${sampleSize}, only 2 is read`,
      {
        field: `${field}/LeadSampleSize`,
      },
    );
  }
  const scaleUv = readScaleUv(element, label, lenient, warnings);
  const dataElement = xmlFind(element, 'WaveFormData');
  const bytes = decodeBase64(dataElement?.text ?? '', dataElement?.path ?? `${field}/WaveFormData`);
  const available = Math.floor(bytes.length / 2);
  const declared = parseWholeNumber(textAt(element, 'LeadSampleCountTotal'));
  if (declared !== undefined && declared > available) {
    throw new EcgFormatError(
      'truncated',
      `${label}: LeadSampleCountTotal is ${declared} but WaveFormData holds ${available} samples`,
      { field: `${field}/LeadSampleCountTotal`, byteOffset: bytes.length },
    );
  }
  verifyCrc(element, bytes, label, lenient, warnings);
  const count = declared ?? available;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const samplesUv = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    samplesUv[i] = view.getInt16(2 * i, true) * scaleUv;
  }
  return { leadId, samplesUv };
}

/** µV per LSB from `LeadAmplitudeUnitsPerBit` × the unit of `LeadAmplitudeUnits`. */
function readScaleUv(
  element: XmlElement,
  label: string,
  lenient: boolean,
  warnings: string[],
): number {
  const field = element.path;
  const unitName = (textAt(element, 'LeadAmplitudeUnits') ?? 'MICROVOLTS').toUpperCase();
  const perUnit = MICROVOLTS_PER_UNIT.get(unitName);
  if (perUnit === undefined) {
    throw new EcgFormatError('bad-header', `${label}: LeadAmplitudeUnits "${unitName}" unknown`, {
      field: `${field}/LeadAmplitudeUnits`,
    });
  }
  const perBit = parseDecimal(textAt(element, 'LeadAmplitudeUnitsPerBit'));
  if (perBit !== undefined && perBit > 0) {
    return perBit * perUnit;
  }
  if (!lenient) {
    throw new EcgFormatError(
      'bad-header',
      `${label}: LeadAmplitudeUnitsPerBit missing or not > 0`,
      {
        field: `${field}/LeadAmplitudeUnitsPerBit`,
      },
    );
  }
  // 4.88 µV/bit is what every GE MAC cart writes; better than refusing a file with a lost scale.
  warnings.push(
    `${label}: LeadAmplitudeUnitsPerBit missing or invalid; GE's usual 4.88 µV assumed`,
  );
  return 4.88;
}

/** Compares `LeadDataCRC32`, when present, with the CRC-32 of the decoded bytes. */
function verifyCrc(
  element: XmlElement,
  bytes: Uint8Array,
  label: string,
  lenient: boolean,
  warnings: string[],
): void {
  const declared = parseWholeNumber(textAt(element, 'LeadDataCRC32'));
  if (declared === undefined) {
    return;
  }
  const actual = crc32(bytes);
  if (declared === actual) {
    return;
  }
  const message = `${label}: LeadDataCRC32 is ${declared} but the data's CRC-32 is ${actual}`;
  if (!lenient) {
    throw new EcgFormatError('bad-data', message, { field: `${element.path}/LeadDataCRC32` });
  }
  warnings.push(`${message}; the samples may be corrupt`);
}
