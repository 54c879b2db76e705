/**
 * GE MUSE RestingECG XML (the export of GE's MUSE cardiology system, root `RestingECG`, DOCTYPE
 * `restecg.dtd`, ISO-8859-1): rhythm and median waveforms, demographics, the cart's measurements
 * and statements. The DOCTYPE is never fetched or expanded (see `parseXml`).
 */
import type { EcgFileReader, EcgReadOptions } from '../detect/file-reader.js';
import { EcgFormatError } from '../errors.js';
import { parseXml } from '../xml/parse-xml.js';
import { localName, xmlChildren, xmlFind } from '../xml/xml-query.js';
import { xmlRootName } from '../xml/xml-root.js';
import type { XmlElement } from '../xml/xml-types.js';
import { readMuseAcquisitionTime, readMuseDevice, readMusePatient } from './demographics.js';
import { readMuseMeasurements, readMuseStatements } from './findings.js';
import type { EcgRecordWithMedianBeats } from './median-beats.js';
import { readMuseWaveform, type MuseWaveform } from './waveform.js';
import { textAt } from './xml-access.js';

/** `EcgFileFormat.name` of this format. */
export const MUSE_FORMAT_NAME = 'GE MUSE XML';

/**
 * Reads a GE MUSE RestingECG XML file. Leads: the eight stored (I, II, V1–V6) plus III, aVR,
 * aVL, aVF computed from I and II, in µV. Statements: `OriginalDiagnosis` (what the cart's
 * analysis printed; `Diagnosis` when there is no original), one per printed line; when MUSE holds
 * an overread `Diagnosis` that differs, its lines are added to `comments` as
 * `MUSE diagnosis: …`.
 * @param bytes - the whole file
 * @param options - `lenient` (default true): accept CRC mismatches, a missing scale, unequal lead
 *   lengths and a broken median waveform, with warnings
 * @returns the rhythm as the record, the `Median` waveform as `medianBeats`
 * @throws EcgFormatError `not-ecg` (root is not `RestingECG`), `bad-data` (no `Rhythm` waveform,
 *   bad base64), `truncated`, `bad-header`, or the XML parser's errors; `field` is the XML path
 * @example
 * const record = readMuseXml(bytes);
 * record.sampleRateHz; // 500
 * record.medianBeats?.leads.length; // 12
 */
export function readMuseXml(
  bytes: Uint8Array,
  options: EcgReadOptions = {},
): EcgRecordWithMedianBeats {
  const lenient = options.lenient ?? true;
  const root = parseXml(bytes);
  if (localName(root.name) !== 'RestingECG') {
    throw new EcgFormatError(
      'not-ecg',
      `Root element is <${root.name}>, not GE MUSE <RestingECG>`,
      {
        field: root.path,
        byteOffset: 0,
      },
    );
  }
  const warnings: string[] = [];
  const waveforms = xmlChildren(root, 'Waveform');
  const rhythmElement = waveforms.find((w) => waveformType(w) === 'rhythm');
  if (rhythmElement === undefined) {
    throw new EcgFormatError('bad-data', 'GE MUSE file has no Waveform of type Rhythm', {
      field: `${root.path}/Waveform`,
    });
  }
  const rhythm = readMuseWaveform(rhythmElement, lenient, warnings);
  const median = readMedian(waveforms, lenient, warnings);
  const original = readMuseStatements(xmlFind(root, 'OriginalDiagnosis'));
  const overread = readMuseStatements(xmlFind(root, 'Diagnosis'));
  const cartStatements = original.length > 0 ? original : overread;
  const differs =
    overread.map((s) => s.text).join('\n') !== cartStatements.map((s) => s.text).join('\n');
  const acquisitionTime = readMuseAcquisitionTime(root);
  const museVersion = textAt(root, 'MuseInfo/MuseVersion');
  return {
    sampleRateHz: rhythm.sampleRateHz,
    leads: rhythm.leads,
    ...(acquisitionTime === undefined ? {} : { acquisitionTime }),
    patient: readMusePatient(root),
    device: readMuseDevice(root),
    comments: differs ? overread.map((s) => `MUSE diagnosis: ${s.text}`) : [],
    cartMeasurements: readMuseMeasurements(root),
    cartStatements,
    format: {
      name: MUSE_FORMAT_NAME,
      ...(museVersion === undefined ? {} : { version: museVersion }),
      detail: `RestingECG, ${rhythm.leads.length} leads${median ? ' + median beats' : ''}`,
    },
    warnings,
    ...(median === undefined
      ? {}
      : { medianBeats: { sampleRateHz: median.sampleRateHz, leads: median.leads } }),
  };
}

/** `WaveformType`, lower-cased. */
function waveformType(element: XmlElement): string | undefined {
  return textAt(element, 'WaveformType')?.toLowerCase();
}

/** The `Median` waveform; when lenient, a broken one is dropped with a warning. */
function readMedian(
  waveforms: XmlElement[],
  lenient: boolean,
  warnings: string[],
): MuseWaveform | undefined {
  const element = waveforms.find((w) => waveformType(w) === 'median');
  if (element === undefined) {
    return undefined;
  }
  try {
    return readMuseWaveform(element, lenient, warnings);
  } catch (error) {
    if (!lenient || !(error instanceof EcgFormatError)) {
      throw error;
    }
    warnings.push(`GE MUSE median waveform left out: ${error.message}`);
    return undefined;
  }
}

/**
 * The GE MUSE reader for `readEcgFile`: sniffs the root element `RestingECG`.
 * @example museReader.sniff(bytes) && museReader.read(bytes).leads.length; // 12
 */
export const museReader: EcgFileReader = {
  name: MUSE_FORMAT_NAME,
  sniff(bytes: Uint8Array): boolean {
    const root = xmlRootName(bytes);
    return root !== undefined && localName(root) === 'RestingECG';
  },
  read(bytes: Uint8Array, options?: EcgReadOptions): EcgRecordWithMedianBeats {
    return readMuseXml(bytes, options);
  },
};
