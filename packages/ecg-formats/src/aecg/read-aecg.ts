/**
 * Reader of HL7 v3 Annotated ECG files (HL7 aECG, "FDA XML": ANSI/HL7 V3 ECG, R1-2004, message
 * PORT_MT020001; HL7 aECG Implementation Guide, 2005): the RHYTHM series becomes the record's
 * leads, its REPRESENTATIVE_BEAT derived series the record's `medianBeats`.
 */
import type { EcgSignal } from '@gesang/ecg-signal';
import type { EcgFileReader, EcgReadOptions } from '../detect/file-reader.js';
import { EcgFormatError } from '../errors.js';
import type { EcgRecord } from '../record.js';
import { parseXml } from '../xml/parse-xml.js';
import { localName, xmlFind, xmlFindAll } from '../xml/xml-query.js';
import { xmlRootName } from '../xml/xml-root.js';
import type { XmlElement } from '../xml/xml-types.js';
import { readAecgFindings } from './aecg-annotations.js';
import { readAecgComments, readAecgDevice, readAecgPatient } from './aecg-metadata.js';
import { readSeriesSignal } from './aecg-sequence.js';
import { parseHl7Timestamp } from './hl7-time.js';

/**
 * An {@link EcgRecord} read from an aECG file, plus the cart's representative (median) beat when
 * the file has a REPRESENTATIVE_BEAT derived series: one beat per lead, at its own sample rate,
 * leads named like the record's.
 */
export interface AecgRecord extends EcgRecord {
  medianBeats?: EcgSignal;
}

/** `AnnotatedECG`, the root element of every aECG document. */
const ROOT = 'AnnotatedECG';

/** Below this length the rhythm is flagged: analysis needs seconds of signal. */
const SHORT_RECORDING_S = 1;

/**
 * Reads an HL7 aECG document.
 * @param bytes - the whole XML file, in any encoding its declaration or BOM names
 * @param options - `lenient` (default true): skip unknown sequences and pad unequal leads with a
 *   warning instead of refusing the file
 * @returns the record; `medianBeats` holds the representative beat when the file has one
 * @throws EcgFormatError `not-ecg` when the root is not `AnnotatedECG`, `bad-data` when no series
 *   holds a waveform, and the XML front end's errors (with the XML path in `field`)
 * @example
 * const record = readAecg(bytes);
 * record.leads.map((lead) => lead.name); // ['I', 'II', 'V1', …]
 * record.medianBeats?.leads[0]?.samplesUv.length; // 599
 */
export function readAecg(bytes: Uint8Array, options: EcgReadOptions = {}): AecgRecord {
  const lenient = options.lenient ?? true;
  const root = parseXml(bytes);
  if (localName(root.name) !== ROOT) {
    throw new EcgFormatError('not-ecg', `XML root is <${root.name}>, not <${ROOT}>`, {
      field: root.path,
    });
  }
  const warnings: string[] = [];
  const seriesList = xmlFindAll(root, 'component/series');
  const rhythm = seriesList.find((series) => seriesCode(series) === 'RHYTHM') ?? seriesList[0];
  if (rhythm === undefined) {
    throw new EcgFormatError('bad-data', 'aECG document has no series (no waveform)', {
      field: `${root.path}/component/series`,
    });
  }
  if (seriesCode(rhythm) !== 'RHYTHM') {
    warnings.push(`No RHYTHM series; read ${seriesCode(rhythm) ?? 'an uncoded'} series instead`);
  }
  const signal = readSeriesSignal(rhythm, lenient, warnings);
  if (signal === undefined || signal.leads.length === 0) {
    throw new EcgFormatError('bad-data', 'aECG rhythm series holds no lead sequence', {
      field: rhythm.path,
    });
  }
  const sampleCount = signal.leads[0]?.samplesUv.length ?? 0;
  if (sampleCount / signal.sampleRateHz < SHORT_RECORDING_S) {
    const durationMs = Math.round((sampleCount / signal.sampleRateHz) * 1000);
    warnings.push(`Rhythm holds only ${durationMs} ms of signal (${sampleCount} samples per lead)`);
  }
  const derived = xmlFindAll(rhythm, 'derivation/derivedSeries');
  const beatSeries =
    derived.find((series) => seriesCode(series) === 'REPRESENTATIVE_BEAT') ?? derived[0];
  const record: AecgRecord = {
    sampleRateHz: signal.sampleRateHz,
    leads: signal.leads,
    patient: readAecgPatient(root),
    device: readAecgDevice(root, rhythm),
    comments: readAecgComments(root),
    cartMeasurements: [],
    cartStatements: [],
    format: { name: 'HL7 aECG' },
    warnings,
  };
  const acquisitionTime =
    signal.startTime ??
    parseHl7Timestamp(xmlFind(rhythm, 'effectiveTime/low')?.attributes['value']) ??
    parseHl7Timestamp(xmlFind(root, 'effectiveTime/center')?.attributes['value']) ??
    parseHl7Timestamp(xmlFind(root, 'effectiveTime/low')?.attributes['value']);
  if (acquisitionTime !== undefined) {
    record.acquisitionTime = acquisitionTime;
  }
  const beat =
    beatSeries === undefined ? undefined : readSeriesSignal(beatSeries, lenient, warnings);
  if (beat !== undefined && beat.leads.length > 0) {
    record.medianBeats = { sampleRateHz: beat.sampleRateHz, leads: beat.leads };
  }
  const findings = readAecgFindings(beatSeries === undefined ? [rhythm] : [rhythm, beatSeries]);
  record.cartMeasurements = findings.measurements;
  record.cartStatements = findings.statements;
  return record;
}

function seriesCode(series: XmlElement): string | undefined {
  return xmlFind(series, 'code')?.attributes['code'];
}

/**
 * The HL7 aECG reader for `readEcgFile`: recognised by its `AnnotatedECG` root element.
 * @example aecgReader.sniff(bytes) && aecgReader.read(bytes).format.name // 'HL7 aECG'
 */
export const aecgReader: EcgFileReader = {
  name: 'HL7 aECG',
  sniff: (bytes) => {
    const name = xmlRootName(bytes);
    return name !== undefined && localName(name) === ROOT;
  },
  read: readAecg,
};
