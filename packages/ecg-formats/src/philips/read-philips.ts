/**
 * Philips Sierra ECG XML / PhilipsECG XML, versions 1.03, 1.04, 1.04.01 and 1.04.02 (root
 * `restingecgdata` in namespace `http://www3.medical.philips.com`, UTF-8 or UTF-16 with BOM):
 * the XLI-compressed rhythm, representative beats, patient, device, measurements and statements.
 */
import { cutCalibrationTail } from './calibration-tail.js';
import type { EcgFileReader, EcgReadOptions } from '../detect/file-reader.js';
import { EcgFormatError } from '../errors.js';
import type { EcgRecordWithMedianBeats } from '../muse/median-beats.js';
import { textAt } from '../muse/xml-access.js';
import type { EcgSignal } from '@gesang/ecg-signal';
import { parseXml } from '../xml/parse-xml.js';
import { localName, xmlFind } from '../xml/xml-query.js';
import { xmlRootName } from '../xml/xml-root.js';
import type { XmlElement } from '../xml/xml-types.js';
import {
  readPhilipsAcquisitionTime,
  readPhilipsDevice,
  readPhilipsPatient,
} from './demographics.js';
import { readPhilipsMeasurements, readPhilipsStatements } from './findings.js';
import { readPhilipsRepBeats } from './rep-beats.js';
import { readPhilipsRhythm } from './rhythm.js';
import { readPhilipsSignalLayout } from './signal-layout.js';

/** `EcgFileFormat.name` of this format. */
export const PHILIPS_FORMAT_NAME = 'Philips Sierra XML';

/** Document versions whose layout this reader knows. */
const KNOWN_VERSIONS = ['1.03', '1.04', '1.04.01', '1.04.02'];

/**
 * Reads a Philips Sierra/PhilipsECG XML file.
 * @param bytes - the whole file
 * @param options - `lenient` (default true): read unknown document versions and drop broken
 *   representative beats, with a warning
 * @returns the rhythm leads in µV (all 12 of the standard set, limb leads rebuilt) and the
 *   representative beats as `medianBeats` (1.04 files)
 * @throws EcgFormatError `not-ecg` (other root), `unsupported` (other coding or version when not
 *   lenient), `bad-header`, `bad-data`, `truncated`, `too-large`; `field` is the XML path and
 *   `byteOffset`, for XLI errors, the offset in the base64-decoded payload
 * @example
 * const record = readPhilipsXml(bytes);
 * record.leads.length; // 12
 * record.sampleRateHz; // 500
 */
export function readPhilipsXml(
  bytes: Uint8Array,
  options: EcgReadOptions = {},
): EcgRecordWithMedianBeats {
  const lenient = options.lenient ?? true;
  const root = parseXml(bytes);
  if (localName(root.name) !== 'restingecgdata') {
    throw new EcgFormatError(
      'not-ecg',
      `Root element is <${root.name}>, not Philips <restingecgdata>`,
      {
        field: root.path,
        byteOffset: 0,
      },
    );
  }
  const warnings: string[] = [];
  const version = textAt(root, 'documentinfo/documentversion');
  if (version === undefined || !KNOWN_VERSIONS.includes(version)) {
    const message = `Philips XML document version ${version ?? '(none)'} is not one of ${KNOWN_VERSIONS.join(', ')}`;
    if (!lenient) {
      throw new EcgFormatError('unsupported', message, {
        field: `${root.path}/documentinfo/documentversion`,
      });
    }
    warnings.push(`${message}; read as the nearest known layout`);
  }
  const parsed = xmlFind(root, 'waveforms/parsedwaveforms');
  if (parsed === undefined) {
    throw new EcgFormatError('bad-data', 'Philips XML has no waveforms/parsedwaveforms', {
      field: `${root.path}/waveforms/parsedwaveforms`,
    });
  }
  const layout = readPhilipsSignalLayout(root, parsed);
  const rhythm = cutCalibrationTail(
    readPhilipsRhythm(parsed, layout, bytes.length),
    layout.sampleRateHz,
  );
  const leads = rhythm.leads;
  if (rhythm.warning !== undefined) {
    warnings.push(rhythm.warning);
  }
  const medianBeats = readRepBeats(root, lenient, warnings);
  const acquisitionTime = readPhilipsAcquisitionTime(root);
  const documentType = textAt(root, 'documentinfo/documenttype');
  return {
    sampleRateHz: layout.sampleRateHz,
    leads,
    ...(acquisitionTime === undefined ? {} : { acquisitionTime }),
    patient: readPhilipsPatient(root),
    device: readPhilipsDevice(root),
    comments: readComments(root),
    cartMeasurements: readPhilipsMeasurements(root),
    cartStatements: readPhilipsStatements(root),
    format: {
      name: PHILIPS_FORMAT_NAME,
      ...(version === undefined ? {} : { version }),
      detail: `${documentType ?? 'restingecgdata'}, XLI, ${layout.resolutionUv} µV/LSB`,
    },
    warnings,
    ...(medianBeats === undefined ? {} : { medianBeats }),
  };
}

/** Representative beats; when lenient, broken ones are dropped with a warning. */
function readRepBeats(
  root: XmlElement,
  lenient: boolean,
  warnings: string[],
): EcgSignal | undefined {
  try {
    return readPhilipsRepBeats(root);
  } catch (error) {
    if (!lenient || !(error instanceof EcgFormatError)) {
      throw error;
    }
    warnings.push(`Philips representative beats left out: ${error.message}`);
    return undefined;
  }
}

/** `documentinfo/comments` and the interpretation's signature line, when present. */
function readComments(root: XmlElement): string[] {
  return [
    textAt(root, 'documentinfo/comments'),
    textAt(root, 'interpretations/interpretation/mdsignatureline'),
  ].filter((text): text is string => text !== undefined);
}

/**
 * The Philips reader for `readEcgFile`: sniffs the root element `restingecgdata`.
 * @example philipsReader.sniff(bytes) && philipsReader.read(bytes).format.version; // '1.04'
 */
export const philipsReader: EcgFileReader = {
  name: PHILIPS_FORMAT_NAME,
  sniff(bytes: Uint8Array): boolean {
    const root = xmlRootName(bytes);
    return root !== undefined && localName(root) === 'restingecgdata';
  },
  read(bytes: Uint8Array, options?: EcgReadOptions): EcgRecordWithMedianBeats {
    return readPhilipsXml(bytes, options);
  },
};
