/**
 * `readDicomEcg`: a DICOM waveform file (12-lead ECG, General ECG, Ambulatory ECG, or ECG leads
 * stored under Hemodynamic or Cardiac EP Waveform Storage) as an {@link EcgRecord}, plus the
 * median (representative) beats when the file carries them. DICOM PS3.3 §A.34 (waveform IODs),
 * §C.10.9 (Waveform module), §C.10.10 (Waveform Annotation); PS3.5 (encoding); PS3.10 (file).
 */
import type { EcgSignal } from '@gesang/ecg-signal';
import type { EcgFileReader, EcgReadOptions } from '../detect/file-reader.js';
import { EcgFormatError } from '../errors.js';
import type { EcgRecord } from '../record.js';
import { readDicomFindings } from './annotations.js';
import { dicomChannelLead } from './channel-definition.js';
import { dicomCharsetDecoder } from './charset.js';
import { asciiText, dicomItems, dicomString, dicomStrings } from './dataset.js';
import type { DicomDataset, DicomTextDecoder } from './dataset.js';
import { dicomAcquisitionTime, dicomComments, dicomDevice, dicomPatient } from './header-fields.js';
import { looksLikeDicom, parseDicomFile } from './part10.js';
import { waveformSopClass } from './sop-classes.js';
import { TAG, tagLabel } from './tags.js';
import { decodeDicomGroup, dicomGroup } from './waveform-group.js';
import type { DicomGroup } from './waveform-group.js';

/**
 * A multiplex group of median (representative) beats, e.g. `MEDIAN BEAT`: one beat per lead in
 * µV at the group's own rate. Shaped as an `EcgSignal` so that it matches the `medianBeats` of the
 * other readers (MUSE, Philips, aECG).
 */
export interface DicomMedianBeats extends EcgSignal {
  /** Multiplex Group Label as written, e.g. `MEDIAN BEAT`. */
  label?: string;
  /** Trigger Sample Position (0018,106E): the fiducial sample, 1-based as DICOM counts. */
  triggerSamplePosition?: number;
}

/** What {@link readDicomEcg} returns: the rhythm as the record, plus the median beats. */
export interface DicomEcgRecord extends EcgRecord {
  /** The median beats, when the file has a group of them. */
  medianBeats?: DicomMedianBeats;
}

/**
 * Reads a DICOM waveform file. The record's leads are the rhythm multiplex group (labelled
 * `RHYTHM`, else the longest); a group labelled as median or representative beats (or the first
 * other `DERIVED` group) is returned as `medianBeats`; other groups are named in a warning.
 * @param bytes - the whole file (Part-10 with preamble, or a raw data set)
 * @param _options - reader options (no DICOM quirk needs lenient mode so far)
 * @returns the record, with `medianBeats` when present
 * @throws EcgFormatError `not-ecg` (not DICOM, no waveform, or a non-ECG waveform class),
 *   `truncated`, `bad-data`, `bad-header`, `unsupported` (deflated syntax, sample format)
 * @example
 * const record = readDicomEcg(bytes);
 * record.leads.map((lead) => lead.name); // ['I', 'II', 'III', 'aVR', ...]
 * record.medianBeats?.leads[0]?.samplesUv.length; // 1200
 */
export function readDicomEcg(bytes: Uint8Array, _options: EcgReadOptions = {}): DicomEcgRecord {
  const file = parseDicomFile(bytes);
  const { dataset, warnings } = file;
  const decode = dicomCharsetDecoder(
    dicomStrings(dataset, TAG.SpecificCharacterSet, asciiText),
    warnings,
  );
  const sopClassUid = dicomString(dataset, TAG.SopClassUid, asciiText)?.replace(/\0/g, '');
  const sopClass = waveformSopClass(sopClassUid);
  const items = dicomItems(dataset, TAG.WaveformSequence);
  if (items.length === 0) {
    throw new EcgFormatError(
      'not-ecg',
      `DICOM file without a ${tagLabel(TAG.WaveformSequence)} (SOP Class ${sopClassUid ?? 'not stated'}): not a waveform`,
      { field: tagLabel(TAG.WaveformSequence) },
    );
  }
  if (sopClass !== undefined && !sopClass.ecg) {
    throw new EcgFormatError(
      'not-ecg',
      `DICOM ${sopClass.name} (${sopClassUid ?? ''}) holds waveforms that are not ECG leads`,
      { field: tagLabel(TAG.SopClassUid) },
    );
  }
  if (sopClass === undefined) {
    warnings.push(
      `SOP Class ${sopClassUid ?? '(none)'} is not a known ECG waveform class; read as ECG`,
    );
  }
  const groups = readGroups(items, decode, warnings);
  const rhythm = pickRhythm(groups);
  const median = pickMedian(groups, rhythm);
  const others = groups.filter((group) => group !== rhythm && group !== median);
  if (others.length > 0) {
    warnings.push(`Multiplex groups not read: ${others.map(describeGroup).join('; ')}`);
  }
  const leads = decodeDicomGroup(rhythm, decode, warnings);
  if (leads.length === 0) {
    throw new EcgFormatError('not-ecg', `${describeGroup(rhythm)} has no voltage channels`, {
      field: tagLabel(TAG.ChannelDefinitionSequence),
    });
  }
  const medianBeats = median === undefined ? undefined : readMedian(median, decode, warnings);
  // Indexed by item number, as Referenced Waveform Channels count them (skipped groups stay empty).
  const channelNames = items.map((item) =>
    dicomItems(item, TAG.ChannelDefinitionSequence).map((definition, c) =>
      String(dicomChannelLead(definition, c, decode).name),
    ),
  );
  const findings = readDicomFindings(dataset, channelNames, decode, warnings);
  const acquisitionTime = dicomAcquisitionTime(dataset);
  const record: DicomEcgRecord = {
    sampleRateHz: rhythm.sampleRateHz,
    leads,
    ...(acquisitionTime === undefined ? {} : { acquisitionTime }),
    patient: dicomPatient(dataset, decode),
    device: dicomDevice(dataset, decode),
    comments: dicomComments(dataset, decode),
    cartMeasurements: findings.measurements,
    cartStatements: findings.statements,
    format: {
      name: 'DICOM',
      detail: `${sopClass?.name ?? 'waveform'} (${sopClassUid ?? 'no SOP Class UID'}), ${file.syntaxName}`,
    },
    warnings,
    ...(medianBeats === undefined ? {} : { medianBeats }),
  };
  return record;
}

/** The reader of DICOM waveform files, for `readEcgFile`. */
export const dicomReader: EcgFileReader = {
  name: 'DICOM',
  sniff: looksLikeDicom,
  read: readDicomEcg,
};

/** Every readable group; an unreadable one is skipped with a warning unless none is left. */
function readGroups(
  items: DicomDataset[],
  decode: DicomTextDecoder,
  warnings: string[],
): [DicomGroup, ...DicomGroup[]] {
  const groups: DicomGroup[] = [];
  let firstError: EcgFormatError | undefined;
  items.forEach((item, index) => {
    try {
      groups.push(dicomGroup(item, index, decode));
    } catch (error) {
      if (!(error instanceof EcgFormatError)) {
        throw error;
      }
      firstError ??= error;
      warnings.push(`Multiplex group ${index + 1} skipped: ${error.message}`);
    }
  });
  const [first, ...rest] = groups;
  if (first === undefined) {
    throw firstError ?? new EcgFormatError('bad-header', 'No readable multiplex group');
  }
  return [first, ...rest];
}

function pickRhythm(groups: [DicomGroup, ...DicomGroup[]]): DicomGroup {
  const labelled = groups.find((group) => group.label?.toUpperCase() === 'RHYTHM');
  if (labelled !== undefined) {
    return labelled;
  }
  const duration = (group: DicomGroup): number => group.sampleCount / group.sampleRateHz;
  const [first, ...rest] = groups;
  return rest.reduce((best, group) => (duration(group) > duration(best) ? group : best), first);
}

function pickMedian(groups: DicomGroup[], rhythm: DicomGroup): DicomGroup | undefined {
  const candidates = groups.filter((group) => group !== rhythm);
  return (
    candidates.find((group) => /MEDIAN|REPRESENTATIVE|AVERAGE/i.test(group.label ?? '')) ??
    candidates.find((group) => group.originality?.toUpperCase() === 'DERIVED')
  );
}

function readMedian(
  group: DicomGroup,
  decode: DicomTextDecoder,
  warnings: string[],
): DicomMedianBeats | undefined {
  try {
    const leads = decodeDicomGroup(group, decode, warnings);
    return {
      ...(group.label === undefined ? {} : { label: group.label }),
      sampleRateHz: group.sampleRateHz,
      leads,
      ...(group.triggerSamplePosition === undefined
        ? {}
        : { triggerSamplePosition: group.triggerSamplePosition }),
    };
  } catch (error) {
    if (!(error instanceof EcgFormatError)) {
      throw error;
    }
    warnings.push(`Median beats (${describeGroup(group)}) not read: ${error.message}`);
    return undefined;
  }
}

function describeGroup(group: DicomGroup): string {
  const label = group.label === undefined ? '' : ` '${group.label}'`;
  return `multiplex group ${group.index + 1}${label} (${group.channelCount} channels × ${group.sampleCount} samples at ${group.sampleRateHz} Hz)`;
}
